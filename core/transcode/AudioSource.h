#pragma once

// Private to core/transcode: opens any input FFmpeg can read, picks the audio stream,
// decodes and resamples it to planar float for LAME.

#include "FfmpegPtr.h"
#include "common/ByteSource.h"
#include "PcmQueue.h"
#include "common/TrackMetadata.h"
#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace tunedrop {

class AudioSource {
public:
    struct Info {
        QString formatName;     // demuxer, e.g. "matroska,webm"
        AVCodecID codec = AV_CODEC_ID_NONE;
        int sampleRate = 0;
        int channels = 0;
        qint64 bitRate = 0;     // bits/s, 0 when unknown
        qint64 durationUs = -1; // -1 when unknown
    };

    explicit AudioSource(const std::atomic_bool *cancel) : m_cancel(cancel) {}
    ~AudioSource() { av_channel_layout_uninit(&m_swrInLayout); }
    AudioSource(const AudioSource &) = delete;
    AudioSource &operator=(const AudioSource &) = delete;

    // Opens `input` (a local path or a URL) and selects the best audio stream. With a
    // `stream`, bytes come from it (a download in progress) and `input` only names it.
    // What FFmpeg may open besides the input itself (HLS segments and keys, ffconcat entries,
    // anything a demuxer reads from a reference in the data):
    // - a `stream` (custom AVIO): nothing at all;
    // - `untrusted` (the input came from the web): with `httpProxy`, only http/https through
    //   that proxy; without it (a file a web job downloaded), only the file itself; and
    //   demuxers that open their own inputs (concat, sdp...) are not probed;
    // - else (the user's own file or link): whatever FFmpeg follows.
    Error open(const QString &input, bool isLocal, int networkTimeoutMs,
                        ByteSource *stream = nullptr, bool untrusted = false, const QString &httpProxy = {});
    const Info &info() const { return m_info; }
    // The source's own tags and embedded cover (attached picture stream).
    TrackMetadata metadata() const;

    // Decodes everything into `queue` as chunks at `outRate` with `outChannels` (1 or 2),
    // then closes the queue. Runs on the decoding thread. Damaged data after a good start
    // ends the stream early and is reported through warnings(), not as an error.
    Error decodeInto(PcmQueue &queue, int outRate, int outChannels);

    qint64 decodedSamples() const { return m_decodedSamples; }
    QStringList warnings() const { return m_warnings; }

private:
    int selectAudioStream() const;
    double progressAt(const AVFrame *frame) const;
    Error setUpDecoder(int outRate, int outChannels);
    Error configureResampler(int inRate, int inFormat, const AVChannelLayout &layout);

    static int readStream(void *opaque, uint8_t *buf, int size);
    static int64_t seekStream(void *opaque, int64_t offset, int whence);
    static int guardedOpen(AVFormatContext *s, AVIOContext **pb, const char *url, int flags, AVDictionary **options);
    Error streamErrorOr(Error fallback) const;

    const std::atomic_bool *m_cancel;
    ByteSource *m_byteSource = nullptr;
    int64_t m_streamPos = 0;
    av::AvioPtr m_avio;  // declared before m_format: freed after it (Nageru's rule)
    QString m_input;
    bool m_isLocal = true;
    QByteArray m_topUrl;         // the only URL guardedOpen() lets through without a proxy
    bool m_topOpened = false;
    QByteArray m_httpProxy;
    QString m_refusedOpen;       // the first nested URL guardedOpen() refused
    av::FormatInputPtr m_format;
    av::CodecContextPtr m_decoder;
    av::SwrPtr m_swr;
    AVStream *m_stream = nullptr;
    Info m_info;
    int m_outRate = 0;
    int m_outChannels = 0;
    int m_swrInRate = 0;
    int m_swrInFormat = -1;
    AVChannelLayout m_swrInLayout{};
    qint64 m_decodedSamples = 0;
    double m_decodedInputSeconds = 0;  // input time decoded, at each frame's own rate
    QStringList m_warnings;
};

}  // namespace tunedrop
