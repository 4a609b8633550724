#include "Mp3Encoder.h"

#include "LameInfoFrame.h"

#include <QCoreApplication>

#include <lame/lame.h>

#include <algorithm>

namespace tunedrop {

namespace {

lame_global_flags *configuredLame(const EncoderSettings &settings, int sampleRate, int channels)
{
    lame_global_flags *lame = lame_init();
    if (!lame)
        return nullptr;
    lame_set_in_samplerate(lame, sampleRate);
    lame_set_out_samplerate(lame, sampleRate);  // we resample ourselves; LAME must not
    lame_set_num_channels(lame, channels);
    lame_set_mode(lame, channels == 1 ? MONO : JOINT_STEREO);
    lame_set_write_id3tag_automatic(lame, 0);  // tags are ours (TagLib)
    lame_set_bWriteVbrTag(lame, 1);            // Xing/Info + LAME frame, patched at the end
    if (settings.mode == EncoderSettings::Mode::Cbr) {
        lame_set_VBR(lame, vbr_off);
        lame_set_brate(lame, settings.bitrateKbps);
    } else {
        lame_set_VBR(lame, vbr_default);
        lame_set_VBR_quality(lame, float(settings.vbrQuality));
    }
    return lame;
}

// Whether LAME writes its Info/LAME frame for these settings. It decides inside
// lame_init_params() and tells no one (lame_get_bWriteVbrTag() only echoes the request), so
// ask a throwaway encoder: after one frame, lame_get_lametag_frame() is 0 only when the tag
// was left out.
bool lameWritesTag(const EncoderSettings &settings, int sampleRate, int channels)
{
    lame_global_flags *probe = configuredLame(settings, sampleRate, channels);
    if (!probe)
        return true;
    bool writes = true;
    if (lame_init_params(probe) >= 0) {
        std::vector<float> silence(4608, 0.0f);
        std::vector<unsigned char> out(16384);
        lame_encode_buffer_ieee_float(probe, silence.data(), channels == 2 ? silence.data() : nullptr,
                                      int(silence.size()), out.data(), int(out.size()));
        lame_encode_flush(probe, out.data(), int(out.size()));
        writes = lame_get_lametag_frame(probe, nullptr, 0) > 0;
    }
    lame_close(probe);
    return writes;
}

}  // namespace

Mp3Encoder::Mp3Encoder() = default;

Mp3Encoder::~Mp3Encoder()
{
    if (m_lame)
        lame_close(m_lame);
}

Error Mp3Encoder::init(const EncoderSettings &settings, int sampleRate, int channels)
{
    m_lame = configuredLame(settings, sampleRate, channels);
    if (!m_lame)
        return {ErrorCategory::Internal, UserText::translate("Transcoder", "Out of memory.")};
    m_channels = channels;
    m_sampleRate = sampleRate;
    if (lame_init_params(m_lame) < 0)
        return {ErrorCategory::Unsupported,
                UserText::translate("Transcoder",
                                            "The MP3 encoder does not accept %1 at %2 Hz.")
                    .arg(settings.describe())
                    .arg(sampleRate)};
    if (settings.mode == EncoderSettings::Mode::Cbr) {
        // LAME moves a bitrate the rate does not have to the nearest one it has, silently.
        const int actual = lame_get_brate(m_lame);
        const QString kHz = QString::number(sampleRate / 1000.0, 'g', 6);  // "44.1", "8"
        if (actual > settings.bitrateKbps)  // bigger than asked: the user wanted a small file
            return {ErrorCategory::Unsupported,
                    UserText::translate("Transcoder",
                                                "%1 kbps is too low for this source: at its sample rate (%2 kHz) "
                                                "an MP3 needs at least %3 kbps. Choose %3 kbps or more.")
                        .arg(settings.bitrateKbps)
                        .arg(kHz)
                        .arg(actual)};
        if (actual < settings.bitrateKbps)
            m_warning = QCoreApplication::translate("Transcoder",
                                                    "At this source's sample rate (%1 kHz) an MP3 can have at most "
                                                    "%2 kbps, so it was made at %2 kbps instead of %3 kbps.")
                            .arg(kHz)
                            .arg(actual)
                            .arg(settings.bitrateKbps);
        if (!lameWritesTag(settings, sampleRate, channels))
            m_ownTagSize = LameInfoFrame::frameSize(sampleRate, channels, actual);
    }
    return {};
}

void Mp3Encoder::account(const std::vector<uint8_t> &bytes)
{
    if (m_ownTagSize == 0)
        return;
    m_audioBytes += std::uint32_t(bytes.size());
    m_musicCrc = LameInfoFrame::crc16(bytes.data(), bytes.size(), m_musicCrc);
}

const std::vector<uint8_t> &Mp3Encoder::encode(const PcmChunk &chunk)
{
    // LAME's documented worst case: 1.25 * samples + 7200 bytes.
    m_buffer.resize(std::size_t(chunk.samples) * 5 / 4 + 7200);
    const float *right = m_channels == 2 ? chunk.right.data() : nullptr;
    const int n = lame_encode_buffer_ieee_float(m_lame, chunk.left.data(), right, chunk.samples,
                                                m_buffer.data(), int(m_buffer.size()));
    m_buffer.resize(std::size_t(std::max(n, 0)));
    account(m_buffer);
    return m_buffer;
}

const std::vector<uint8_t> &Mp3Encoder::flush()
{
    m_buffer.resize(7200);
    const int n = lame_encode_flush(m_lame, m_buffer.data(), int(m_buffer.size()));
    m_buffer.resize(std::size_t(std::max(n, 0)));
    account(m_buffer);
    return m_buffer;
}

std::vector<uint8_t> Mp3Encoder::lameTagFrame()
{
    if (m_ownTagSize > 0) {
        LameInfoFrame::Fields f;
        f.sampleRate = m_sampleRate;
        f.channels = m_channels;
        f.bitrateKbps = lame_get_brate(m_lame);
        f.audioFrames = std::uint32_t(std::max(0, lame_get_frameNum(m_lame)));
        f.audioBytes = m_audioBytes;
        f.encoderDelay = lame_get_encoder_delay(m_lame);
        f.encoderPadding = lame_get_encoder_padding(m_lame);
        f.musicCrc = m_musicCrc;
        f.lowpassHz = lame_get_lowpassfreq(m_lame);
        f.athType = lame_get_ATHtype(m_lame);
        f.quality = 100 - 10 * lame_get_VBR_q(m_lame) - lame_get_quality(m_lame);
        return LameInfoFrame::build(f);
    }
    std::vector<uint8_t> frame(2880);  // larger than any MPEG-1 Layer III frame
    const std::size_t n = lame_get_lametag_frame(m_lame, frame.data(), frame.size());
    frame.resize(n <= frame.size() ? n : 0);
    return frame;
}

}  // namespace tunedrop
