#include "Mp3FrameHeader.h"

namespace tunedrop {

namespace {

// kbps by [MPEG-1 ? 0 : 1][bitrate index]; index 0 is free format, 15 is invalid.
constexpr int kBitrates[2][16] = {
    {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0},
    {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0},
};
constexpr int kMpeg1Rates[3] = {44100, 48000, 32000};

int lengthOf(bool mpeg1, int kbps, int rate, bool padded)
{
    // Layer III: 1152 samples (MPEG-1) or 576 (MPEG-2/2.5) of 1/8 byte per bit.
    return (mpeg1 ? 144000 : 72000) * kbps / rate + (padded ? 1 : 0);
}

}  // namespace

std::optional<Mp3FrameHeader> Mp3FrameHeader::parse(const uint8_t *p)
{
    if (p[0] != 0xFF || (p[1] & 0xE0) != 0xE0)
        return std::nullopt;
    const int versionBits = (p[1] >> 3) & 3;
    const int layerBits = (p[1] >> 1) & 3;
    const int bitrateIndex = p[2] >> 4;
    const int rateIndex = (p[2] >> 2) & 3;
    if (versionBits == 1 || layerBits != 1 || bitrateIndex == 0 || bitrateIndex == 15
        || rateIndex == 3 || (p[3] & 3) == 2)
        return std::nullopt;

    Mp3FrameHeader h;
    for (int i = 0; i < 4; ++i)
        h.raw[i] = p[i];
    h.version = Version(versionBits);
    const bool mpeg1 = h.version == Version::Mpeg1;
    h.bitrateIndex = bitrateIndex;
    h.bitrateKbps = kBitrates[mpeg1 ? 0 : 1][bitrateIndex];
    const int divisor = mpeg1 ? 1 : h.version == Version::Mpeg2 ? 2 : 4;
    h.sampleRate = kMpeg1Rates[rateIndex] / divisor;
    h.mono = (p[3] >> 6) == 3;
    h.crcProtected = (p[1] & 1) == 0;
    h.samplesPerFrame = mpeg1 ? 1152 : 576;
    h.frameLength = lengthOf(mpeg1, h.bitrateKbps, h.sampleRate, (p[2] >> 1) & 1);
    return h;
}

int Mp3FrameHeader::sideInfoSize() const
{
    if (version == Version::Mpeg1)
        return mono ? 17 : 32;
    return mono ? 9 : 17;
}

std::optional<Mp3FrameHeader> Mp3FrameHeader::smallestFrameHolding(int bytes) const
{
    const bool mpeg1 = version == Version::Mpeg1;
    for (int index = 1; index < 15; ++index) {
        if (lengthOf(mpeg1, kBitrates[mpeg1 ? 0 : 1][index], sampleRate, false) < bytes)
            continue;
        uint8_t p[4] = {raw[0], uint8_t(raw[1] | 1), uint8_t((index << 4) | (raw[2] & 0x0C)),
                        uint8_t(raw[3] & 0xCF)};  // no CRC, no padding, no private bit, mode extension 0
        return parse(p);
    }
    return std::nullopt;
}

}  // namespace tunedrop
