#pragma once

// Private to core/transcode: libmp3lame behind a small RAII class.

#include "EncoderSettings.h"
#include "PcmQueue.h"
#include "common/Error.h"

#include <QString>

#include <cstdint>
#include <vector>

struct lame_global_struct;

namespace tunedrop {

class Mp3Encoder {
public:
    Mp3Encoder();
    ~Mp3Encoder();
    Mp3Encoder(const Mp3Encoder &) = delete;
    Mp3Encoder &operator=(const Mp3Encoder &) = delete;

    // Refuses a CBR bitrate below what MP3 allows at `sampleRate` (16 kbps at 44.1 kHz);
    // one above the rate's maximum is lowered to it, with warning() saying so.
    Error init(const EncoderSettings &settings, int sampleRate, int channels);
    // Non-empty when the MP3 will not have the bitrate asked for (320 kbps at 8 kHz -> 64).
    QString warning() const { return m_warning; }
    // Bytes to write before the first encode(): room for the Info/LAME frame when LAME leaves
    // it out (its own frames are too small, see LameInfoFrame); empty when LAME reserves it.
    std::vector<uint8_t> placeholder() const { return std::vector<uint8_t>(m_ownTagSize, 0); }

    // Encodes one chunk; returns the MP3 bytes produced (possibly none yet).
    const std::vector<uint8_t> &encode(const PcmChunk &chunk);
    // Drains LAME's delay line at the end of the stream.
    const std::vector<uint8_t> &flush();
    // The Xing/Info + LAME tag frame to write over the placeholder frame LAME emitted first:
    // exact length, encoder delay and padding, so players show the right duration and play
    // gaplessly. Only valid after flush(). Same size as LAME's placeholder or placeholder().
    std::vector<uint8_t> lameTagFrame();

private:
    void account(const std::vector<uint8_t> &bytes);

    lame_global_struct *m_lame = nullptr;
    int m_channels = 2;
    int m_sampleRate = 0;
    std::vector<uint8_t> m_buffer;
    QString m_warning;
    std::size_t m_ownTagSize = 0;  // > 0: we write the Info/LAME frame, not LAME
    std::uint32_t m_audioBytes = 0;
    std::uint16_t m_musicCrc = 0;
};

}  // namespace tunedrop
