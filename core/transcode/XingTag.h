#pragma once

// Private to core/transcode: the Xing/Info frame and LAME tag at the start of an MP3 (layout:
// LAME's VbrTag.c and the "Mp3 Info Tag rev 1" specification).

#include "Mp3FrameHeader.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace tunedrop {

// A Xing/Info tag (frame count, byte count, seek table), optionally followed by LAME's
// extension (encoder delay and padding for gapless playback, music length and CRC-16s).
struct XingTag {
    static constexpr int kLameSize = 36;

    bool vbr = true;                    // "Xing" (variable bitrate) or "Info" (constant)
    std::optional<uint32_t> frames;     // music frames, the tag frame not counted
    std::optional<uint32_t> bytes;      // from the tag frame's first byte to the last frame's end
    std::optional<uint32_t> quality;
    std::array<uint8_t, 100> toc{};     // 256ths of `bytes` at each percent of the duration
    bool hasToc = false;
    // LAME's extension, kept only when its own CRC is right: a damaged one makes no claims.
    bool hasLame = false;
    std::array<uint8_t, kLameSize> lame{};
    int encoderDelay = 0;               // samples; both are 12-bit fields
    int padding = 0;
    uint16_t musicCrc = 0;

    // The tag in `frame` (the first frame of the stream, `header` its header, `size` bytes
    // available). Fraunhofer's VBRI header is recognised as a tag frame with no fields.
    static std::optional<XingTag> parse(const uint8_t *frame, std::size_t size, const Mp3FrameHeader &header);

    // A complete tag frame for a stream whose first music frame has `firstMusic`'s version,
    // rate and channel mode; its musicCrc/bytes/frames must be final. Empty if no frame size
    // is large enough (cannot happen for Layer III, kept for safety).
    std::vector<uint8_t> render(const Mp3FrameHeader &firstMusic) const;

    // The seek table from the music frames' lengths: entry i is where frame i% begins, in
    // 256ths of the whole (tag frame + music).
    static std::array<uint8_t, 100> seekTable(const std::vector<uint16_t> &frameLengths, uint32_t tagFrameBytes);
    // The size of the tag frame render() writes.
    int frameSize(const Mp3FrameHeader &firstMusic) const;
};

// CRC-16 as LAME computes its music and tag CRCs (polynomial 0x8005, reflected, initial 0).
uint16_t lameCrc16(const uint8_t *data, std::size_t size, uint16_t crc = 0);

}  // namespace tunedrop
