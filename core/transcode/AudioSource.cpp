#include "AudioSource.h"

#include "AvError.h"

#include <QCoreApplication>
#include <QHash>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <algorithm>

namespace tunedrop {

namespace {

constexpr int kChunkSamples = 16384;
// Decoders report isolated bad packets; this many in a row with nothing decoded means the
// stream is garbage, not a glitch.
constexpr int kMaxConsecutiveBadPackets = 200;


int interruptCallback(void *opaque)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(opaque);
    return cancel && cancel->load(std::memory_order_relaxed) ? 1 : 0;
}

// Demuxers that accept almost anything but never hold sound.
bool isNonMediaFormat(const char *name)
{
    const QByteArray n(name ? name : "");
    return n == "tty" || n == "image2" || n.endsWith("_pipe") || n == "txt";
}

QString secondsText(double s) { return QString::number(s, 'f', 1); }

// What a web link's FFmpeg input may stack: http(s) to the proxy over tcp/tls, https tunnels
// through it (httpproxy), and HLS's AES (crypto). Never file, pipe, data, concat, udp...
constexpr const char *kProxiedProtocols = "http,https,tcp,tls,crypto,httpproxy";
// Demuxers for media from the web. Left out on purpose: those that open inputs of their own
// without the io_open callback (concat, sdp, rtsp, image2...), which would get around it.
constexpr const char *kWebFormats = "mp3,aac,mov,matroska,ogg,flac,wav,asf,flv,mpeg,mpegts,hls,dash,aiff,w64,ape,"
                                    "wv,dts,ac3,eac3,amr,caf,mpc,mpc8,tak,tta,au,loas,truehd,mlp,dsf,wsaud,xwma";

}  // namespace

int AudioSource::readStream(void *opaque, uint8_t *buf, int size)
{
    auto *self = static_cast<AudioSource *>(opaque);
    const qint64 n = self->m_byteSource->readAt(self->m_streamPos, reinterpret_cast<char *>(buf), size);
    if (n > 0) {
        self->m_streamPos += n;
        return int(n);
    }
    return n == 0 ? AVERROR_EOF : AVERROR(EIO);
}

int64_t AudioSource::seekStream(void *opaque, int64_t offset, int whence)
{
    auto *self = static_cast<AudioSource *>(opaque);
    const qint64 size = self->m_byteSource->size();
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size >= 0 ? size : AVERROR(ENOSYS);
    case SEEK_SET:
        self->m_streamPos = offset;
        break;
    case SEEK_CUR:
        self->m_streamPos += offset;
        break;
    case SEEK_END:
        if (size < 0)
            return AVERROR(ENOSYS);
        self->m_streamPos = size + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    return self->m_streamPos;
}

int AudioSource::guardedOpen(AVFormatContext *s, AVIOContext **pb, const char *url, int flags, AVDictionary **options)
{
    auto *self = static_cast<AudioSource *>(s->opaque);
    const bool isInput = !self->m_byteSource && !self->m_topOpened && self->m_topUrl == url;
    if (!isInput && self->m_httpProxy.isEmpty()) {
        if (self->m_refusedOpen.isEmpty())
            self->m_refusedOpen = QString::fromUtf8(url);
        return AVERROR(EPERM);
    }
    self->m_topOpened = self->m_topOpened || isInput;
    AVDictionary *local = nullptr;
    AVDictionary **opts = options ? options : &local;
    if (!self->m_httpProxy.isEmpty())
        av_dict_set(opts, "http_proxy", self->m_httpProxy.constData(), 0);  // every hop, every segment
    if (s->protocol_whitelist)
        av_dict_set(opts, "protocol_whitelist", s->protocol_whitelist, 0);
    const int err = avio_open2(pb, url, flags, &s->interrupt_callback, opts);
    av_dict_free(&local);
    return err;
}

Error AudioSource::streamErrorOr(Error fallback) const
{
    if (!m_refusedOpen.isEmpty())
        return {ErrorCategory::PermissionDenied,
                UserText::translate("Transcoder", "“%1” refers to “%2”, which TuneDrop may not open for it.")
                    .arg(m_input, m_refusedOpen)};
    // A failed download explains itself better than FFmpeg's "I/O error".
    if (m_byteSource && m_byteSource->error().isError())
        return m_byteSource->error();
    return fallback;
}

Error AudioSource::open(const QString &input, bool isLocal, int networkTimeoutMs, ByteSource *stream,
                                 bool untrusted, const QString &httpProxy)
{
    m_input = input;
    m_isLocal = isLocal;
    m_byteSource = stream;
    AVFormatContext *raw = avformat_alloc_context();
    if (!raw)
        return {ErrorCategory::Internal, UserText::translate("Transcoder", "Out of memory.")};
    raw->interrupt_callback.callback = interruptCallback;
    raw->interrupt_callback.opaque = const_cast<std::atomic_bool *>(m_cancel);
    if (stream) {
        constexpr int kAvioBuffer = 64 * 1024;
        auto *buffer = static_cast<unsigned char *>(av_malloc(kAvioBuffer));
        m_avio.reset(avio_alloc_context(buffer, kAvioBuffer, 0, this, readStream, nullptr, seekStream));
        if (!m_avio) {
            av_free(buffer);
            avformat_free_context(raw);
            return {ErrorCategory::Internal, UserText::translate("Transcoder", "Out of memory.")};
        }
        raw->pb = m_avio.get();
        raw->flags |= AVFMT_FLAG_CUSTOM_IO;
    }

    AVDictionary *options = nullptr;
    if (!isLocal) {
        const QByteArray timeoutUs = QByteArray::number(qint64(networkTimeoutMs) * 1000);
        av_dict_set(&options, "rw_timeout", timeoutUs.constData(), 0);
        av_dict_set(&options, "reconnect", "1", 0);
        av_dict_set(&options, "reconnect_on_network_error", "1", 0);
        av_dict_set(&options, "reconnect_delay_max", "10", 0);
    }
    // "file:" stops FFmpeg from reading "a:b.mp3" as protocol "a".
    const QByteArray url = stream ? stream->nameHint().toUtf8()
                                  : isLocal ? "file:" + input.toUtf8() : input.toUtf8();
    // Nested opens all pass through io_open, except demuxers that open whole inputs of their
    // own (concat): those inherit the protocol whitelist, which matches nothing for a stream.
    if (stream || untrusted) {
        m_topUrl = url;
        m_httpProxy = untrusted && !stream && !isLocal ? httpProxy.toUtf8() : QByteArray();
        raw->opaque = this;
        raw->io_open = guardedOpen;
        // "none" names no protocol: nothing can be opened (a web URL without a proxy neither).
        const char *protocols = stream ? "none" : isLocal ? "file" : m_httpProxy.isEmpty() ? "none" : kProxiedProtocols;
        av_opt_set(raw, "protocol_whitelist", protocols, 0);
        if (untrusted)
            av_opt_set(raw, "format_whitelist", kWebFormats, 0);
    }
    int err = avformat_open_input(&raw, url.constData(), nullptr, stream ? nullptr : &options);
    av_dict_free(&options);
    if (err < 0)  // avformat_open_input frees the context on failure
        return streamErrorOr(averror::forInput(err, input, isLocal && !stream));
    m_format.reset(raw);

    err = avformat_find_stream_info(m_format.get(), nullptr);
    if (err < 0 && m_format->nb_streams == 0)
        return streamErrorOr(averror::forInput(err, input, isLocal && !stream));
    if (m_cancel->load())
        return {ErrorCategory::Cancelled, UserText::translate("Transcoder", "Cancelled.")};

    m_info.formatName = QString::fromUtf8(m_format->iformat->name);
    const int index = selectAudioStream();
    if (index < 0) {
        // An "audio stream" with no channels is a probe that matched noise, not a file.
        bool hasBrokenAudio = false;
        for (unsigned i = 0; i < m_format->nb_streams; ++i)
            hasBrokenAudio |= m_format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO;
        if (!m_refusedOpen.isEmpty())
            return streamErrorOr({});
        if (isNonMediaFormat(m_format->iformat->name) || m_format->nb_streams == 0 || hasBrokenAudio)
            return {ErrorCategory::Unsupported,
                    UserText::translate("Transcoder", "“%1” is not an audio or video file.").arg(input)};
        return {ErrorCategory::NoAudioStream,
                UserText::translate("Transcoder", "“%1” has no sound: it contains no audio track.").arg(input)};
    }
    m_stream = m_format->streams[index];
    // Ignore everything else at the demuxer: no time is spent on video packets.
    for (unsigned i = 0; i < m_format->nb_streams; ++i)
        if (int(i) != index)
            m_format->streams[i]->discard = AVDISCARD_ALL;

    const AVCodecParameters *par = m_stream->codecpar;
    m_info.codec = par->codec_id;
    m_info.sampleRate = par->sample_rate;
    m_info.channels = par->ch_layout.nb_channels;
    m_info.bitRate = par->bit_rate > 0 ? par->bit_rate : m_format->bit_rate;
    if (m_format->duration > 0)
        m_info.durationUs = av_rescale(m_format->duration, 1000000, AV_TIME_BASE);
    else if (m_stream->duration > 0)
        m_info.durationUs = av_rescale_q(m_stream->duration, m_stream->time_base, {1, 1000000});
    return {};
}

int AudioSource::selectAudioStream() const
{
    // The default stream wins; among equals, more channels, then a higher bitrate.
    int best = -1;
    auto score = [](const AVStream *st) {
        const AVCodecParameters *p = st->codecpar;
        return std::make_tuple((st->disposition & AV_DISPOSITION_DEFAULT) ? 1 : 0,
                               p->ch_layout.nb_channels, p->bit_rate);
    };
    for (unsigned i = 0; i < m_format->nb_streams; ++i) {
        const AVStream *st = m_format->streams[i];
        if (st->codecpar->codec_type != AVMEDIA_TYPE_AUDIO
            || (st->disposition & AV_DISPOSITION_ATTACHED_PIC)
            || st->codecpar->ch_layout.nb_channels <= 0)
            continue;
        if (best < 0 || score(st) > score(m_format->streams[best]))
            best = int(i);
    }
    return best;
}

TrackMetadata AudioSource::metadata() const
{
    if (!m_format)
        return {};
    // Containers keep tags globally (MP4, MP3, FLAC) or per stream (Ogg, some Matroska); the
    // global ones win, key by key.
    QHash<QString, QString> tags;
    for (const AVDictionary *dict : {static_cast<const AVDictionary *>(m_format->metadata),
                                     m_stream ? static_cast<const AVDictionary *>(m_stream->metadata) : nullptr}) {
        const AVDictionaryEntry *e = nullptr;
        while ((e = av_dict_get(dict, "", e, AV_DICT_IGNORE_SUFFIX))) {
            const QString key = QString::fromUtf8(e->key).toLower();
            if (!tags.contains(key) || tags.value(key).trimmed().isEmpty())
                tags.insert(key, QString::fromUtf8(e->value));
        }
    }
    TrackMetadata m = TrackMetadata::fromTags(tags);
    for (unsigned i = 0; i < m_format->nb_streams; ++i) {
        const AVStream *st = m_format->streams[i];
        if ((st->disposition & AV_DISPOSITION_ATTACHED_PIC) && st->attached_pic.size > 0) {
            m.cover = QByteArray(reinterpret_cast<const char *>(st->attached_pic.data),
                                 st->attached_pic.size);
            break;
        }
    }
    return m;
}

Error AudioSource::setUpDecoder(int outRate, int outChannels)
{
    m_outRate = outRate;
    m_outChannels = outChannels;
    const AVCodec *codec = avcodec_find_decoder(m_stream->codecpar->codec_id);
    if (!codec)
        return {ErrorCategory::Unsupported,
                UserText::translate("Transcoder", "TuneDrop cannot decode the audio of “%1” (codec %2).")
                    .arg(m_input, QString::fromUtf8(avcodec_get_name(m_stream->codecpar->codec_id)))};
    m_decoder.reset(avcodec_alloc_context3(codec));
    if (!m_decoder)
        return {ErrorCategory::Internal, UserText::translate("Transcoder", "Out of memory.")};
    int err = avcodec_parameters_to_context(m_decoder.get(), m_stream->codecpar);
    if (err >= 0) {
        m_decoder->pkt_timebase = m_stream->time_base;
        m_decoder->thread_count = 1;  // we pipeline decode and encode ourselves
        err = avcodec_open2(m_decoder.get(), codec, nullptr);
    }
    if (err < 0)
        return {ErrorCategory::Unsupported,
                UserText::translate("Transcoder", "TuneDrop cannot decode the audio of “%1”: %2.").arg(m_input, averror::text(err))};

    return configureResampler(m_decoder->sample_rate, m_decoder->sample_fmt, m_decoder->ch_layout);
}

Error AudioSource::configureResampler(int inRate, int inFormat, const AVChannelLayout &layout)
{
    // Zero-initialised: av_channel_layout_copy() uninits its destination first, and a layout
    // holding stack garbage with order == CUSTOM makes it free a wild pointer.
    AVChannelLayout inLayout{};
    if (layout.order == AV_CHANNEL_ORDER_UNSPEC || layout.nb_channels == 0
        || av_channel_layout_copy(&inLayout, &layout) < 0)
        av_channel_layout_default(&inLayout, std::max(1, layout.nb_channels));
    AVChannelLayout outLayout{};
    av_channel_layout_default(&outLayout, m_outChannels);

    SwrContext *swr = nullptr;
    // The standard downmix (centre and surrounds at -3 dB, LFE dropped), normalised: each
    // output row's coefficients sum to 1, so no input can clip (see docs/ARCHITECTURE.md).
    int err = swr_alloc_set_opts2(&swr, &outLayout, AV_SAMPLE_FMT_FLTP, m_outRate, &inLayout,
                                  AVSampleFormat(inFormat), inRate, 0, nullptr);
    av_channel_layout_uninit(&outLayout);
    m_swr.reset(swr);
    // For float output libswresample leaves the matrix as is (L = FL + 0.707 C + 0.707 SL
    // reaches 2.4x full scale); it normalises only for integer output, as the ffmpeg CLI gets.
    if (err >= 0)
        err = av_opt_set_double(m_swr.get(), "rematrix_maxval", 1.0, 0);
    if (err >= 0)
        err = swr_init(m_swr.get());
    av_channel_layout_uninit(&m_swrInLayout);
    m_swrInLayout = inLayout;
    m_swrInRate = inRate;
    m_swrInFormat = inFormat;
    if (err < 0)
        return {ErrorCategory::Unsupported,
                UserText::translate("Transcoder", "TuneDrop cannot convert the audio format of “%1”: %2.").arg(m_input, averror::text(err))};
    return {};
}

double AudioSource::progressAt(const AVFrame *frame) const
{
    const int64_t ts = frame ? frame->best_effort_timestamp : AV_NOPTS_VALUE;
    if (m_info.durationUs > 0 && ts != AV_NOPTS_VALUE) {
        const int64_t start = m_stream->start_time != AV_NOPTS_VALUE ? m_stream->start_time : 0;
        const double us = double(av_rescale_q(ts - start, m_stream->time_base, {1, 1000000}));
        return std::clamp(us / double(m_info.durationUs), 0.0, 1.0);
    }
    // Unknown duration (live HTTP, some raw streams): fall back to bytes read.
    AVIOContext *pb = m_format->pb;
    const int64_t size = pb ? avio_size(pb) : -1;
    if (size > 0)
        return std::clamp(double(avio_tell(pb)) / double(size), 0.0, 1.0);
    return 0.0;
}

Error AudioSource::decodeInto(PcmQueue &queue, int outRate, int outChannels)
{
    struct CloseOnExit {
        PcmQueue &q;
        ~CloseOnExit() { q.close(); }
    } closeOnExit{queue};

    if (Error e = setUpDecoder(outRate, outChannels); e.isError())
        return e;

    PcmChunk chunk;
    auto ensureRoom = [&](int extra) {
        const std::size_t need = std::size_t(chunk.samples + extra);
        if (chunk.left.size() < need) {
            chunk.left.resize(std::max<std::size_t>(need, kChunkSamples));
            if (outChannels == 2)
                chunk.right.resize(chunk.left.size());
        }
    };
    auto flushChunk = [&](bool force) {
        if (chunk.samples == 0 || (!force && chunk.samples < kChunkSamples))
            return true;
        chunk.left.resize(std::size_t(chunk.samples));
        if (outChannels == 2)
            chunk.right.resize(std::size_t(chunk.samples));
        m_decodedSamples += chunk.samples;
        const double progress = chunk.progress;
        const bool accepted = queue.push(std::move(chunk));
        chunk = PcmChunk{};
        chunk.progress = progress;
        return accepted;
    };
    // Converts `frame` (or flushes the resampler when null) into the current chunk.
    auto convert = [&](const AVFrame *frame) {
        // Some streams change format midway (HE-AAC switching SBR on, chained Ogg).
        if (frame && (frame->sample_rate != m_swrInRate || frame->format != m_swrInFormat
                      || av_channel_layout_compare(&frame->ch_layout, &m_swrInLayout) != 0)
            && frame->ch_layout.order != AV_CHANNEL_ORDER_UNSPEC) {
            if (configureResampler(frame->sample_rate, frame->format, frame->ch_layout).isError())
                return 0;
        }
        const int inSamples = frame ? frame->nb_samples : 0;
        const int room = swr_get_out_samples(m_swr.get(), inSamples);
        if (room <= 0)
            return 0;
        ensureRoom(room);
        uint8_t *out[2] = {reinterpret_cast<uint8_t *>(chunk.left.data() + chunk.samples),
                           outChannels == 2 ? reinterpret_cast<uint8_t *>(chunk.right.data() + chunk.samples)
                                            : nullptr};
        const int got = swr_convert(m_swr.get(), out, room,
                                    frame ? const_cast<const uint8_t **>(frame->extended_data) : nullptr,
                                    inSamples);
        if (got > 0)
            chunk.samples += got;
        return got;
    };

    av::PacketPtr packet = av::makePacket();
    av::FramePtr frame = av::makeFrame();
    int readError = 0;
    int consecutiveBad = 0;
    bool consumerGone = false;

    auto drainDecoder = [&]() -> bool {
        for (;;) {
            const int r = avcodec_receive_frame(m_decoder.get(), frame.get());
            if (r == AVERROR(EAGAIN) || r == AVERROR_EOF)
                return true;
            if (r < 0) {  // a damaged frame: skip it, the next may be fine
                ++consecutiveBad;
                return true;
            }
            consecutiveBad = 0;
            if (frame->sample_rate > 0)
                m_decodedInputSeconds += double(frame->nb_samples) / frame->sample_rate;
            chunk.progress = progressAt(frame.get());
            convert(frame.get());
            av_frame_unref(frame.get());
            if (!flushChunk(false)) {
                consumerGone = true;
                return false;
            }
        }
    };

    while (!m_cancel->load(std::memory_order_relaxed)) {
        const int r = av_read_frame(m_format.get(), packet.get());
        if (r < 0) {
            if (r != AVERROR_EOF && r != AVERROR_EXIT)
                readError = r;
            break;
        }
        if (packet->stream_index != m_stream->index) {
            av_packet_unref(packet.get());
            continue;
        }
        const int sent = avcodec_send_packet(m_decoder.get(), packet.get());
        av_packet_unref(packet.get());
        if (sent < 0 && sent != AVERROR(EAGAIN))
            ++consecutiveBad;
        if (!drainDecoder())
            break;
        if (consecutiveBad > kMaxConsecutiveBadPackets && m_decodedSamples + chunk.samples == 0) {
            readError = AVERROR_INVALIDDATA;
            break;
        }
    }
    if (m_cancel->load())
        return {ErrorCategory::Cancelled, UserText::translate("Transcoder", "Cancelled.")};
    if (consumerGone)
        return {};  // the encoder stopped first and reports why

    avcodec_send_packet(m_decoder.get(), nullptr);
    drainDecoder();
    while (convert(nullptr) > 0) {
    }
    chunk.progress = 1.0;
    flushChunk(true);

    // A dropped connection is a network failure (worth a retry), not a damaged file.
    if (readError != 0 && !m_isLocal && readError != AVERROR_INVALIDDATA)
        return streamErrorOr(averror::forInput(readError, m_input));
    if (m_byteSource && m_byteSource->error().isError())
        return m_byteSource->error();  // the download failed after some audio arrived
    const double decodedSeconds = double(m_decodedSamples) / outRate;
    if (m_decodedSamples == 0)
        return {ErrorCategory::Corrupt,
                UserText::translate("Transcoder", "“%1” contains no audio that can be decoded; it may be damaged or empty.").arg(m_input)};
    if (readError != 0)
        m_warnings << QCoreApplication::translate("Transcoder", "The input is damaged after %1 s (%2); the audio up to there was converted.")
                          .arg(secondsText(decodedSeconds), averror::text(readError));
    else if (m_info.durationUs > 0 && m_format->duration_estimation_method != AVFMT_DURATION_FROM_BITRATE) {
        // Measured in the input's own time, frame by frame: a stream that changes rate or
        // channels midway (mono 44.1 kHz, then stereo 48 kHz) is counted at each part's rate.
        // A duration FFmpeg only guessed from the first frames' bitrate proves nothing (the
        // second part's bitrate differs): then nothing is claimed missing.
        const double expected = double(m_info.durationUs) / 1e6;
        if (expected - m_decodedInputSeconds > std::max(1.0, expected * 0.01))
            m_warnings << QCoreApplication::translate("Transcoder", "The input ends early (truncated?): converted %1 s of %2 s.")
                              .arg(secondsText(m_decodedInputSeconds), secondsText(expected));
    }
    return {};
}

}  // namespace tunedrop
