#pragma once

// Private to core/transcode: libmp3lame behind a small RAII class.

#include "EncoderSettings.h"
#include "PcmQueue.h"
#include "TranscodeError.h"

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

    TranscodeError init(const EncoderSettings &settings, int sampleRate, int channels);

    // Encodes one chunk; returns the MP3 bytes produced (possibly none yet).
    const std::vector<uint8_t> &encode(const PcmChunk &chunk);
    // Drains LAME's delay line at the end of the stream.
    const std::vector<uint8_t> &flush();
    // The Xing/Info + LAME tag frame to write over the placeholder frame LAME emitted first:
    // exact length, encoder delay and padding, so players show the right duration and play
    // gaplessly. Only valid after flush().
    std::vector<uint8_t> lameTagFrame();

private:
    lame_global_struct *m_lame = nullptr;
    int m_channels = 2;
    std::vector<uint8_t> m_buffer;
};

}  // namespace tunedrop
