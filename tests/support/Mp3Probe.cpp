#include "Mp3Probe.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

#include <cmath>
#include <vector>

namespace tunedrop::test {

namespace {

double goertzel(const std::vector<float> &x, double freq, int rate)
{
    const double w = 2.0 * M_PI * freq / rate;
    const double c = 2.0 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (float v : x) {
        const double s0 = v + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - c * s1 * s2) / double(x.size() ? x.size() : 1);
}

qint64 id3v2Size(const QByteArray &head)
{
    if (head.size() < 10 || !head.startsWith("ID3"))
        return 0;
    const auto b = [&](int i) { return qint64(uchar(head.at(i)) & 0x7f); };
    qint64 size = (b(6) << 21) | (b(7) << 14) | (b(8) << 7) | b(9);
    size += 10;
    if (uchar(head.at(5)) & 0x10)
        size += 10;  // footer
    return size;
}

}  // namespace

int dominantIndex(const QList<double> &powers)
{
    int best = 0;
    for (int i = 1; i < powers.size(); ++i)
        if (powers[i] > powers[best])
            best = i;
    return best;
}

MediaProbe probeMedia(const QString &path, const QList<int> &freqs)
{
    MediaProbe p;
    AVFormatContext *fmt = nullptr;
    if (avformat_open_input(&fmt, QFile::encodeName(path).constData(), nullptr, nullptr) < 0) {
        p.error = QStringLiteral("cannot open");
        return p;
    }
    avformat_find_stream_info(fmt, nullptr);
    const int idx = av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (idx < 0) {
        p.error = QStringLiteral("no audio");
        avformat_close_input(&fmt);
        return p;
    }
    AVStream *st = fmt->streams[idx];
    p.formatName = QString::fromUtf8(fmt->iformat->name);
    p.codecName = QString::fromUtf8(avcodec_get_name(st->codecpar->codec_id));
    // The stream's own rate: the container's counts cover art and tags too.
    p.bitRate = st->codecpar->bit_rate > 0 ? st->codecpar->bit_rate : fmt->bit_rate;
    p.containerSeconds = fmt->duration > 0 ? double(fmt->duration) / AV_TIME_BASE : 0;

    const AVCodec *codec = avcodec_find_decoder(st->codecpar->codec_id);
    AVCodecContext *dec = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(dec, st->codecpar);
    dec->pkt_timebase = st->time_base;
    avcodec_open2(dec, codec, nullptr);
    p.sampleRate = dec->sample_rate;
    p.channels = dec->ch_layout.nb_channels;

    SwrContext *swr = nullptr;
    swr_alloc_set_opts2(&swr, &dec->ch_layout, AV_SAMPLE_FMT_FLTP, dec->sample_rate, &dec->ch_layout,
                        dec->sample_fmt, dec->sample_rate, 0, nullptr);
    swr_init(swr);

    const qint64 skip = freqs.isEmpty() ? 0 : qint64(p.sampleRate) / 2;
    const qint64 window = qint64(p.sampleRate) * 4;
    std::vector<std::vector<float>> pcm(std::size_t(std::max(p.channels, 1)));

    AVPacket *pkt = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    auto take = [&](AVFrame *f) {
        const qint64 start = p.decodedSamples;
        p.decodedSamples += f->nb_samples;
        if (freqs.isEmpty() || qint64(pcm[0].size()) >= window)
            return;
        std::vector<std::vector<float>> tmp(pcm.size(), std::vector<float>(std::size_t(f->nb_samples) + 64));
        std::vector<uint8_t *> out(pcm.size());
        for (std::size_t c = 0; c < pcm.size(); ++c)
            out[c] = reinterpret_cast<uint8_t *>(tmp[c].data());
        const int n = swr_convert(swr, out.data(), f->nb_samples + 64, const_cast<const uint8_t **>(f->extended_data),
                                  f->nb_samples);
        for (int i = 0; i < n; ++i) {
            if (start + i < skip || qint64(pcm[0].size()) >= window)
                continue;
            for (std::size_t c = 0; c < pcm.size(); ++c)
                pcm[c].push_back(tmp[c][std::size_t(i)]);
        }
    };
    auto drain = [&] {
        while (avcodec_receive_frame(dec, frame) == 0) {
            take(frame);
            av_frame_unref(frame);
        }
    };
    while (av_read_frame(fmt, pkt) >= 0) {
        if (pkt->stream_index == idx && avcodec_send_packet(dec, pkt) >= 0)
            drain();
        av_packet_unref(pkt);
    }
    avcodec_send_packet(dec, nullptr);
    drain();

    for (const auto &ch : pcm) {
        QList<double> powers;
        for (int f : freqs)
            powers << goertzel(ch, f, p.sampleRate);
        p.tones << powers;
    }
    p.ok = true;
    av_frame_free(&frame);
    av_packet_free(&pkt);
    swr_free(&swr);
    avcodec_free_context(&dec);
    avformat_close_input(&fmt);
    return p;
}

QByteArray xingTagKind(const QString &mp3Path)
{
    QFile f(mp3Path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(10);
    f.seek(id3v2Size(head));
    const QByteArray frame = f.read(200);
    if (frame.contains("Xing"))
        return "Xing";
    if (frame.contains("Info"))
        return "Info";
    return {};
}

QByteArray audioAfterId3v2(const QString &mp3Path)
{
    QFile f(mp3Path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return all.mid(int(id3v2Size(all.left(10))));
}

}  // namespace tunedrop::test
