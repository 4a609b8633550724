#include "AvError.h"

#include <QCoreApplication>

extern "C" {
#include <libavutil/error.h>
}

#include <cerrno>
#include <cstring>

namespace tunedrop::averror {

QString text(int averror)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

Error forInput(int err, const QString &input, bool isLocal)
{
    const QString detail = text(err);
    if (isLocal && (err == AVERROR(EIO) || err == AVERROR(ETIMEDOUT) || err == AVERROR(ECONNRESET)))
        return {ErrorCategory::Corrupt,
                UserText::translate("Transcoder", "The file “%1” is damaged or incomplete and cannot be read (%2).")
                    .arg(input, detail)};
    switch (err) {
    case AVERROR(ENOENT):
    case AVERROR_HTTP_NOT_FOUND:
        return {ErrorCategory::NotFound, UserText::translate("Transcoder", "“%1” was not found.").arg(input)};
    case AVERROR(EACCES):
    case AVERROR(EPERM):
    case AVERROR_HTTP_FORBIDDEN:
    case AVERROR_HTTP_UNAUTHORIZED:
        return {ErrorCategory::PermissionDenied, UserText::translate("Transcoder", "Access to “%1” was denied.").arg(input)};
    case AVERROR_DECODER_NOT_FOUND:
    case AVERROR_DEMUXER_NOT_FOUND:
    case AVERROR_PROTOCOL_NOT_FOUND:
        return {ErrorCategory::Unsupported,
                UserText::translate("Transcoder", "“%1” uses a format TuneDrop cannot read (%2).").arg(input, detail)};
    case AVERROR_INVALIDDATA:
    case AVERROR_EOF:
        return {ErrorCategory::Unsupported,
                UserText::translate("Transcoder", "“%1” is not a media file TuneDrop can read, or it is damaged.").arg(input)};
    case AVERROR(ETIMEDOUT):
    case AVERROR(ECONNREFUSED):
    case AVERROR(ECONNRESET):
    case AVERROR(EHOSTUNREACH):
    case AVERROR(ENETUNREACH):
    case AVERROR_HTTP_SERVER_ERROR:
    case AVERROR_HTTP_OTHER_4XX:
    case AVERROR_HTTP_BAD_REQUEST:
        return {ErrorCategory::Network, UserText::translate("Transcoder", "Could not download “%1”: %2.").arg(input, detail)};
    case AVERROR_EXIT:
        return {ErrorCategory::Cancelled, UserText::translate("Transcoder", "Cancelled.")};
    default:
        if (err == AVERROR(EIO))
            return {ErrorCategory::Network, UserText::translate("Transcoder", "Could not read “%1”: %2.").arg(input, detail)};
        return {ErrorCategory::Corrupt, UserText::translate("Transcoder", "Could not read “%1”: %2.").arg(input, detail)};
    }
}

Error forOutputErrno(int err, const QString &path)
{
    switch (err) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return {ErrorCategory::DiskFull,
                UserText::translate("Transcoder", "The disk is full: could not write “%1”. Free some space and retry.").arg(path)};
    case EACCES:
    case EPERM:
    case EROFS:
        return {ErrorCategory::PermissionDenied,
                UserText::translate("Transcoder", "TuneDrop may not write to “%1”. Choose another output folder.").arg(path)};
    case ENOENT:
    case ENOTDIR:
        return {ErrorCategory::NotFound, UserText::translate("Transcoder", "The output folder for “%1” does not exist.").arg(path)};
    default:
        return {ErrorCategory::Internal,
                UserText::translate("Transcoder", "Could not write “%1”: %2.").arg(path, QString::fromLocal8Bit(strerror(err)))};
    }
}

}  // namespace tunedrop::averror
