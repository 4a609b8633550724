#pragma once

// Private to core/transcode: one MPEG audio Layer III frame header, as the stream copier reads
// and writes them.

#include <cstdint>
#include <optional>

namespace tunedrop {

struct Mp3FrameHeader {
    enum class Version : uint8_t { Mpeg1 = 3, Mpeg2 = 2, Mpeg25 = 0 };  // the header's 2-bit id

    uint8_t raw[4] = {0, 0, 0, 0};
    Version version = Version::Mpeg1;
    int bitrateIndex = 0;
    int bitrateKbps = 0;
    int sampleRate = 0;
    bool mono = false;
    bool crcProtected = false;
    int frameLength = 0;      // bytes, header included
    int samplesPerFrame = 0;  // per channel

    // A Layer III header with a known bitrate (free format is refused: its length cannot be
    // told from the header), a valid sample rate and emphasis. `p` must hold 4 bytes.
    static std::optional<Mp3FrameHeader> parse(const uint8_t *p);

    // Frames of one stream agree on these; a change means a spliced or broken file.
    bool sameStream(const Mp3FrameHeader &o) const
    {
        return version == o.version && sampleRate == o.sampleRate && mono == o.mono;
    }
    // Bytes between the header and the Xing/Info tag: the (empty) side information.
    int sideInfoSize() const;
    // The smallest frame of this stream's version, rate and channel mode that holds `bytes`
    // (header included), without CRC or padding: the tag frame the copier writes.
    std::optional<Mp3FrameHeader> smallestFrameHolding(int bytes) const;
};

}  // namespace tunedrop
