#pragma once

// Private to core/transcode: the Info + LAME tag frame for CBR streams whose own frames are
// too small to hold it.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tunedrop {

// LAME writes its Info/LAME tag frame at the stream's own CBR bitrate, and leaves the tag out
// when that frame is smaller than the tag (MPEG-1 below 64 kbps, 22.05 kHz below 56 kbps,
// 8 kHz below 24 kbps...). Without it decoders know neither the encoder delay nor the
// padding: the file plays 576 + 529 samples late and ~1,300 samples long. The standard
// practice (FFmpeg's mp3enc.c, mp3_write_xing) is to put the tag in one frame of the next
// larger bitrate that holds it; decoders skip that frame by its "Info" tag, and players that
// do not know the tag decode one frame of silence. This class builds that frame with the
// same fields LAME writes (http://gabriel.mp3-tech.org/mp3infotag.html).
class LameInfoFrame {
public:
    struct Fields {
        int sampleRate = 0;       // one of the nine MP3 rates
        int channels = 2;         // 1: mono, 2: joint stereo
        int bitrateKbps = 0;      // the stream's CBR bitrate
        std::uint32_t audioFrames = 0;  // frames after this one
        std::uint32_t audioBytes = 0;   // their bytes
        int encoderDelay = 0;     // samples to skip at the start
        int encoderPadding = 0;   // samples to drop at the end
        std::uint16_t musicCrc = 0;  // CRC-16 of the audio frames
        int lowpassHz = 0;
        int athType = 0;
        int quality = 0;          // Xing "quality" field, LAME's 100 - 10 * VBR_q - q
    };

    // Bytes of the frame that holds the tag: the smallest frame at or above the stream's
    // bitrate with room for it. 0 for a rate or bitrate MP3 does not have.
    static std::size_t frameSize(int sampleRate, int channels, int bitrateKbps);
    // The finished frame (frameSize() bytes), or empty when frameSize() is 0.
    static std::vector<std::uint8_t> build(const Fields &fields);
    // CRC-16 as LAME computes it for the tag (polynomial 0x8005, reflected, initial 0).
    static std::uint16_t crc16(const std::uint8_t *data, std::size_t size, std::uint16_t crc = 0);
};

}  // namespace tunedrop
