#pragma once

// Private to core/transcode: RAII for FFmpeg handles, one named deleter per type, defined
// here once (the Transcoder, AudioSource and CoverArt all use these).
// Never include from a public header; libav headers stay out of the engine's API.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <memory>

namespace tunedrop::av {

struct FormatInputDeleter {
    void operator()(AVFormatContext *ctx) const { avformat_close_input(&ctx); }
};
struct FormatOutputDeleter {
    // Output contexts own an AVIOContext opened by us; close it before freeing.
    void operator()(AVFormatContext *ctx) const
    {
        if (ctx && ctx->pb && !(ctx->oformat->flags & AVFMT_NOFILE))
            avio_closep(&ctx->pb);
        avformat_free_context(ctx);
    }
};
struct CodecContextDeleter {
    void operator()(AVCodecContext *ctx) const { avcodec_free_context(&ctx); }
};
struct FrameDeleter {
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
struct PacketDeleter {
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct SwrDeleter {
    void operator()(SwrContext *swr) const { swr_free(&swr); }
};
struct SwsContextDeleter {
    void operator()(SwsContext *ctx) const { sws_freeContext(ctx); }
};

struct AvioDeleter {
    // A custom AVIOContext is ours to free, buffer included; avformat_close_input leaves it.
    void operator()(AVIOContext *avio) const
    {
        if (avio)
            av_freep(&avio->buffer);
        avio_context_free(&avio);
    }
};

using AvioPtr = std::unique_ptr<AVIOContext, AvioDeleter>;
using FormatInputPtr = std::unique_ptr<AVFormatContext, FormatInputDeleter>;
using FormatOutputPtr = std::unique_ptr<AVFormatContext, FormatOutputDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwrPtr = std::unique_ptr<SwrContext, SwrDeleter>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;

inline FramePtr makeFrame() { return FramePtr(av_frame_alloc()); }
inline PacketPtr makePacket() { return PacketPtr(av_packet_alloc()); }

}  // namespace tunedrop::av
