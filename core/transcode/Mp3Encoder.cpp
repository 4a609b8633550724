#include "Mp3Encoder.h"

#include <QCoreApplication>

#include <lame/lame.h>

#include <algorithm>

namespace tunedrop {

Mp3Encoder::Mp3Encoder() = default;

Mp3Encoder::~Mp3Encoder()
{
    if (m_lame)
        lame_close(m_lame);
}

TranscodeError Mp3Encoder::init(const EncoderSettings &settings, int sampleRate, int channels)
{
    m_lame = lame_init();
    if (!m_lame)
        return {ErrorCategory::Internal, QCoreApplication::translate("Transcoder", "Out of memory.")};
    m_channels = channels;
    lame_set_in_samplerate(m_lame, sampleRate);
    lame_set_out_samplerate(m_lame, sampleRate);  // we resample ourselves; LAME must not
    lame_set_num_channels(m_lame, channels);
    lame_set_mode(m_lame, channels == 1 ? MONO : JOINT_STEREO);
    lame_set_write_id3tag_automatic(m_lame, 0);  // tags are ours (TagLib)
    lame_set_bWriteVbrTag(m_lame, 1);            // Xing/Info + LAME frame, patched at the end
    if (settings.mode == EncoderSettings::Mode::Cbr) {
        lame_set_VBR(m_lame, vbr_off);
        lame_set_brate(m_lame, settings.bitrateKbps);
    } else {
        lame_set_VBR(m_lame, vbr_default);
        lame_set_VBR_quality(m_lame, float(settings.vbrQuality));
    }
    if (lame_init_params(m_lame) < 0)
        return {ErrorCategory::Unsupported,
                QCoreApplication::translate("Transcoder",
                                            "The MP3 encoder does not accept %1 at %2 Hz.")
                    .arg(settings.describe())
                    .arg(sampleRate)};
    return {};
}

const std::vector<uint8_t> &Mp3Encoder::encode(const PcmChunk &chunk)
{
    // LAME's documented worst case: 1.25 * samples + 7200 bytes.
    m_buffer.resize(std::size_t(chunk.samples) * 5 / 4 + 7200);
    const float *right = m_channels == 2 ? chunk.right.data() : nullptr;
    const int n = lame_encode_buffer_ieee_float(m_lame, chunk.left.data(), right, chunk.samples,
                                                m_buffer.data(), int(m_buffer.size()));
    m_buffer.resize(std::size_t(std::max(n, 0)));
    return m_buffer;
}

const std::vector<uint8_t> &Mp3Encoder::flush()
{
    m_buffer.resize(7200);
    const int n = lame_encode_flush(m_lame, m_buffer.data(), int(m_buffer.size()));
    m_buffer.resize(std::size_t(std::max(n, 0)));
    return m_buffer;
}

std::vector<uint8_t> Mp3Encoder::lameTagFrame()
{
    std::vector<uint8_t> frame(2880);  // larger than any MPEG-1 Layer III frame
    const std::size_t n = lame_get_lametag_frame(m_lame, frame.data(), frame.size());
    frame.resize(n <= frame.size() ? n : 0);
    return frame;
}

}  // namespace tunedrop
