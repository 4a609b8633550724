#include "Mp3StreamCopier.h"

#include "AvError.h"
#include "library/OutputFile.h"

#include <QCoreApplication>
#include <QFile>

#include <taglib/mpegfile.h>
#include <taglib/mpegheader.h>

#include <vector>

namespace tunedrop {

namespace {
constexpr qint64 kBlock = 1 << 20;

}  // namespace

TranscodeError Mp3StreamCopier::copy(const QString &path, OutputFile &out,
                                     const std::atomic_bool &cancel,
                                     const std::function<void(double)> &progress)
{
    qint64 begin = -1;
    qint64 end = -1;
    {
        TagLib::MPEG::File mpeg(QFile::encodeName(path).constData(), false);
        if (mpeg.isValid()) {
            begin = mpeg.firstFrameOffset();
            const long last = mpeg.lastFrameOffset();
            if (last >= 0) {
                const TagLib::MPEG::Header header(&mpeg, last, false);
                if (header.isValid())
                    end = qint64(last) + header.frameLength();
            }
        }
    }
    if (begin < 0 || end <= begin)
        return {ErrorCategory::Corrupt, QCoreApplication::translate("Transcoder", "“%1” has no MPEG audio frames to copy.").arg(path)};

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {ErrorCategory::PermissionDenied, QCoreApplication::translate("Transcoder", "Could not read “%1”.").arg(path)};
    end = std::min(end, in.size());
    if (!in.seek(begin))
        return {ErrorCategory::Corrupt, QCoreApplication::translate("Transcoder", "Could not read “%1”.").arg(path)};

    std::vector<char> buffer(static_cast<std::size_t>(kBlock));
    qint64 done = 0;
    const qint64 total = end - begin;
    while (done < total) {
        if (cancel.load(std::memory_order_relaxed))
            return {ErrorCategory::Cancelled, QCoreApplication::translate("Transcoder", "Cancelled.")};
        const qint64 n = in.read(buffer.data(), std::min(kBlock, total - done));
        if (n <= 0)
            return {ErrorCategory::Corrupt, QCoreApplication::translate("Transcoder", "Could not read “%1”: the file ended early.").arg(path)};
        if (const int err = out.write(buffer.data(), std::size_t(n)))
            return averror::forOutputErrno(err, out.partPath());
        done += n;
        if (progress)
            progress(double(done) / double(total));
    }
    return {};
}

}  // namespace tunedrop
