#include "CoverArt.h"

#include "FfmpegPtr.h"

#include <QCoreApplication>
#include <QSize>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>

extern "C" {
#include <libavutil/imgutils.h>
}

namespace tunedrop {

namespace {

// The FFmpeg deleters are defined once, in FfmpegPtr.h.
using av::CodecContextPtr;
using av::FramePtr;
using av::PacketPtr;
using av::SwsContextPtr;

constexpr QLatin1String kJpeg("image/jpeg");
constexpr QLatin1String kPng("image/png");
constexpr QLatin1String kWebp("image/webp");

// Covers are a few megapixels; refusing absurd sizes keeps a hostile header (a PNG claiming
// 60000x60000) from making the decoder allocate gigabytes.
constexpr int64_t kMaxDecodePixels = int64_t(8192) * 8192;
// mjpeg quantiser scale: 2..4 look transparent on artwork; 3 keeps the tag reasonably small.
constexpr int kJpegQuality = 3;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Messages used by several failure paths, each still a literal lupdate can extract.
QString undecodableMessage()
{
    return QCoreApplication::translate("CoverArt",
                                       "The cover image is damaged or in an unsupported format.");
}

QString noDecoderMessage()
{
    return QCoreApplication::translate("CoverArt",
                                       "This FFmpeg build cannot decode the cover image format.");
}

QString outOfMemoryMessage()
{
    return QCoreApplication::translate("CoverArt",
                                       "Out of memory while processing the cover image.");
}

QString conversionFailedMessage()
{
    return QCoreApplication::translate("CoverArt",
                                       "The cover image could not be converted to JPEG.");
}

std::optional<FramePtr> decodeImage(const QByteArray &encoded, AVCodecID codecId, QString *error)
{
    const AVCodec *codec = avcodec_find_decoder(codecId);
    if (!codec) {
        setError(error, noDecoderMessage());
        return std::nullopt;
    }
    CodecContextPtr ctx(avcodec_alloc_context3(codec));
    if (!ctx) {
        setError(error, outOfMemoryMessage());
        return std::nullopt;
    }
    ctx->thread_count = 1;
    ctx->max_pixels = kMaxDecodePixels;
    // By default mjpeg "emulates" a missing end of a truncated JPEG and returns a half-grey
    // picture, which would then pass through into the tag; CRCCHECK catches damaged PNGs.
    ctx->err_recognition |= AV_EF_EXPLODE | AV_EF_CRCCHECK;
    if (avcodec_open2(ctx.get(), codec, nullptr) < 0) {
        setError(error, noDecoderMessage());
        return std::nullopt;
    }

    // av_new_packet adds the zeroed padding that FFmpeg's bitstream readers may over-read.
    PacketPtr packet(av_packet_alloc());
    if (!packet || encoded.size() > INT_MAX - AV_INPUT_BUFFER_PADDING_SIZE
        || av_new_packet(packet.get(), int(encoded.size())) < 0) {
        setError(error, QCoreApplication::translate("CoverArt", "The cover image is too large."));
        return std::nullopt;
    }
    std::memcpy(packet->data, encoded.constData(), size_t(encoded.size()));

    FramePtr frame(av_frame_alloc());
    if (!frame) {
        setError(error, outOfMemoryMessage());
        return std::nullopt;
    }
    // A still image is a single packet; draining right away makes decoders that buffer a
    // frame (none do with one thread today, but it is allowed) give it up.
    if (avcodec_send_packet(ctx.get(), packet.get()) < 0
        || avcodec_send_packet(ctx.get(), nullptr) < 0
        || avcodec_receive_frame(ctx.get(), frame.get()) < 0) {
        setError(error, undecodableMessage());
        return std::nullopt;
    }
    if (frame->width <= 0 || frame->height <= 0 || frame->format < 0
        || (frame->flags & AV_FRAME_FLAG_CORRUPT) || frame->decode_error_flags != 0) {
        setError(error, undecodableMessage());
        return std::nullopt;
    }
    return frame;
}

// Largest size that fits in kMaxEdge x kMaxEdge with the source's aspect ratio; never upscales.
QSize fittedSize(int width, int height)
{
    const int64_t maxEdge = CoverArt::kMaxEdge;
    if (width <= maxEdge && height <= maxEdge)
        return {width, height};
    int64_t w = maxEdge;
    int64_t h = maxEdge;
    if (width >= height)
        h = (int64_t(height) * maxEdge + width / 2) / width;
    else
        w = (int64_t(width) * maxEdge + height / 2) / height;
    return {int(std::max<int64_t>(1, w)), int(std::max<int64_t>(1, h))};
}

// The YUVJ formats are deprecated in swscale (it logs a warning per context), so full range
// is expressed the modern way: plain YUV plus an explicit range.
AVPixelFormat withoutJ(AVPixelFormat format, bool *fullRange)
{
    switch (format) {
    case AV_PIX_FMT_YUVJ420P: *fullRange = true; return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P: *fullRange = true; return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P: *fullRange = true; return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P: *fullRange = true; return AV_PIX_FMT_YUV440P;
    case AV_PIX_FMT_YUVJ411P: *fullRange = true; return AV_PIX_FMT_YUV411P;
    default: return format;
    }
}

std::optional<QByteArray> encodeJpeg(const AVFrame &source, QSize size, QString *error)
{
    bool srcFullRange = source.color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat srcFormat = withoutJ(AVPixelFormat(source.format), &srcFullRange);
    // 4:2:0 full-range YUV is baseline JFIF, which every player's JPEG reader handles;
    // converting to it also drops any alpha channel, which APIC consumers would ignore.
    const AVPixelFormat dstFormat = AV_PIX_FMT_YUV420P;
    SwsContextPtr sws(sws_getContext(source.width, source.height, srcFormat, size.width(),
                                     size.height(), dstFormat, SWS_AREA | SWS_ACCURATE_RND,
                                     nullptr, nullptr, nullptr));
    FramePtr scaled(av_frame_alloc());
    if (!sws || !scaled) {
        setError(error, conversionFailedMessage());
        return std::nullopt;
    }
    // BT.601 on both sides: it is what JFIF mandates and what WebP (VP8) uses.
    const int *bt601 = sws_getCoefficients(SWS_CS_ITU601);
    sws_setColorspaceDetails(sws.get(), bt601, srcFullRange ? 1 : 0, bt601, 1, 0, 1 << 16,
                             1 << 16);
    scaled->format = dstFormat;
    scaled->width = size.width();
    scaled->height = size.height();
    scaled->color_range = AVCOL_RANGE_JPEG;
    if (av_frame_get_buffer(scaled.get(), 0) < 0
        || sws_scale(sws.get(), source.data, source.linesize, 0, source.height, scaled->data,
                     scaled->linesize)
            != size.height()) {
        setError(error, conversionFailedMessage());
        return std::nullopt;
    }

    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_MJPEG);
    CodecContextPtr ctx(codec ? avcodec_alloc_context3(codec) : nullptr);
    if (!ctx) {
        setError(error, conversionFailedMessage());
        return std::nullopt;
    }
    ctx->thread_count = 1;
    ctx->width = size.width();
    ctx->height = size.height();
    ctx->pix_fmt = dstFormat;
    // Plain YUV420P is only accepted by mjpeg as full range; that is also what JFIF means.
    ctx->color_range = AVCOL_RANGE_JPEG;
    ctx->time_base = AVRational{1, 25};
    // Fixed quantiser instead of a bitrate target: there is no rate to hit for one picture.
    ctx->flags |= AV_CODEC_FLAG_QSCALE;
    ctx->global_quality = FF_QP2LAMBDA * kJpegQuality;
    ctx->qmin = kJpegQuality;
    ctx->qmax = kJpegQuality;
    if (avcodec_open2(ctx.get(), codec, nullptr) < 0) {
        setError(error, conversionFailedMessage());
        return std::nullopt;
    }
    scaled->quality = ctx->global_quality;
    scaled->pts = 0;

    PacketPtr packet(av_packet_alloc());
    if (!packet || avcodec_send_frame(ctx.get(), scaled.get()) < 0
        || avcodec_send_frame(ctx.get(), nullptr) < 0
        || avcodec_receive_packet(ctx.get(), packet.get()) < 0 || packet->size <= 0) {
        setError(error, conversionFailedMessage());
        return std::nullopt;
    }
    return QByteArray(reinterpret_cast<const char *>(packet->data), packet->size);
}

}  // namespace

QString CoverArt::sniffMimeType(const QByteArray &encoded)
{
    static constexpr char kJpegMagic[] = "\xFF\xD8\xFF";
    static constexpr char kPngMagic[] = "\x89PNG\r\n\x1A\n";
    if (encoded.startsWith(QByteArrayView(kJpegMagic, 3)))
        return QString(kJpeg);
    if (encoded.startsWith(QByteArrayView(kPngMagic, 8)))
        return QString(kPng);
    if (encoded.size() >= 12 && encoded.startsWith("RIFF") && encoded.mid(8, 4) == "WEBP")
        return QString(kWebp);
    return {};
}

namespace {
std::optional<CoverImage> normalizeImage(const QByteArray &encoded, QString *error)
{
    if (encoded.isEmpty()) {
        setError(error, QCoreApplication::translate("CoverArt", "The cover image is empty."));
        return std::nullopt;
    }
    const QString mime = CoverArt::sniffMimeType(encoded);
    AVCodecID codecId = AV_CODEC_ID_NONE;
    if (mime == kJpeg)
        codecId = AV_CODEC_ID_MJPEG;
    else if (mime == kPng)
        codecId = AV_CODEC_ID_PNG;
    else if (mime == kWebp)
        codecId = AV_CODEC_ID_WEBP;
    else {
        setError(error, QCoreApplication::translate(
                            "CoverArt", "The cover image is not a JPEG, PNG or WebP picture."));
        return std::nullopt;
    }

    // Decoding even when the bytes will pass through is the only way to learn the size, and
    // it guarantees that what goes into the tag is a picture players can actually show.
    std::optional<FramePtr> frame = decodeImage(encoded, codecId, error);
    if (!frame)
        return std::nullopt;
    const int width = (*frame)->width;
    const int height = (*frame)->height;

    if (mime != kWebp && width <= CoverArt::kMaxEdge && height <= CoverArt::kMaxEdge)
        return CoverImage{encoded, mime, width, height};

    // WebP in APIC is shown by few players, so it is always re-encoded, even when small.
    const QSize target = fittedSize(width, height);
    std::optional<QByteArray> jpeg = encodeJpeg(**frame, target, error);
    if (!jpeg)
        return std::nullopt;
    return CoverImage{*jpeg, QString(kJpeg), target.width(), target.height()};
}

}  // namespace

Result<CoverImage> CoverArt::normalize(const QByteArray &encoded)
{
    QString why;
    if (std::optional<CoverImage> cover = normalizeImage(encoded, &why))
        return std::move(*cover);
    return Error{ErrorCategory::Unsupported, UserText::literal(why)};  // translated already
}

}  // namespace tunedrop
