#include "LameInfoFrame.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace tunedrop {

namespace {

// Layer III bitrate tables by header index (index 0 = "free", 15 = invalid).
constexpr std::array<int, 15> kMpeg1Kbps = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
constexpr std::array<int, 15> kMpeg2Kbps = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
// Xing part (tag, flags, frames, bytes, 100-byte TOC, quality) and LAME extension.
constexpr std::size_t kXingBytes = 120;
constexpr std::size_t kLameBytes = 36;

struct Layout {
    int versionBits = -1;  // header bits 19-20: 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    int rateIndex = -1;
    int firstIndex = -1;   // header bitrate index of the stream's bitrate
    bool mpeg1 = false;
    std::size_t sideInfo = 0;
};

Layout layoutFor(int sampleRate, int channels, int bitrateKbps)
{
    Layout l;
    const int families[3][3] = {{44100, 48000, 32000}, {22050, 24000, 16000}, {11025, 12000, 8000}};
    const int versionBits[3] = {3, 2, 0};
    for (int f = 0; f < 3; ++f)
        for (int i = 0; i < 3; ++i)
            if (families[f][i] == sampleRate) {
                l.versionBits = versionBits[f];
                l.rateIndex = i;
            }
    if (l.versionBits < 0)
        return {};
    l.mpeg1 = l.versionBits == 3;
    const auto &table = l.mpeg1 ? kMpeg1Kbps : kMpeg2Kbps;
    for (std::size_t i = 1; i < table.size(); ++i)
        if (table[i] == bitrateKbps)
            l.firstIndex = int(i);
    if (l.firstIndex < 0)
        return {};
    l.sideInfo = l.mpeg1 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17);
    return l;
}

std::size_t bytesAt(const Layout &l, int index, int sampleRate)
{
    const int kbps = (l.mpeg1 ? kMpeg1Kbps : kMpeg2Kbps)[std::size_t(index)];
    return std::size_t((l.mpeg1 ? 144000 : 72000) * kbps / sampleRate);  // no padding slot
}

// The bitrate index FFmpeg's mp3_write_xing would pick: the stream's own, else the next up.
int indexFor(const Layout &l, int sampleRate)
{
    const std::size_t needed = 4 + l.sideInfo + kXingBytes + kLameBytes;
    for (int i = l.firstIndex; i < 15; ++i)
        if (bytesAt(l, i, sampleRate) >= needed)
            return i;
    return -1;
}

void putBe32(std::uint8_t *p, std::uint32_t v)
{
    p[0] = std::uint8_t(v >> 24);
    p[1] = std::uint8_t(v >> 16);
    p[2] = std::uint8_t(v >> 8);
    p[3] = std::uint8_t(v);
}

}  // namespace

std::uint16_t LameInfoFrame::crc16(const std::uint8_t *data, std::size_t size, std::uint16_t crc)
{
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? std::uint16_t((crc >> 1) ^ 0xA001) : std::uint16_t(crc >> 1);
    }
    return crc;
}

std::size_t LameInfoFrame::frameSize(int sampleRate, int channels, int bitrateKbps)
{
    const Layout l = layoutFor(sampleRate, channels, bitrateKbps);
    if (l.versionBits < 0 || l.firstIndex < 0)
        return 0;
    const int index = indexFor(l, sampleRate);
    return index < 0 ? 0 : bytesAt(l, index, sampleRate);
}

std::vector<std::uint8_t> LameInfoFrame::build(const Fields &f)
{
    const Layout l = layoutFor(f.sampleRate, f.channels, f.bitrateKbps);
    const int index = l.versionBits < 0 || l.firstIndex < 0 ? -1 : indexFor(l, f.sampleRate);
    if (index < 0)
        return {};
    std::vector<std::uint8_t> frame(bytesAt(l, index, f.sampleRate), 0);
    std::uint8_t *p = frame.data();
    if (!p)  // indexFor() guarantees room; this tells the compiler
        return {};
    // Header: sync, version, layer III, no CRC; bitrate, rate, no padding; mode (mono or
    // joint stereo, like LAME's frames), original bit set as LAME sets it.
    p[0] = 0xFF;
    p[1] = std::uint8_t(0xE0 | (l.versionBits << 3) | (1 << 1) | 1);
    p[2] = std::uint8_t((index << 4) | (l.rateIndex << 2));
    p[3] = std::uint8_t(((f.channels == 1 ? 3 : 1) << 6) | 0x04);

    std::uint8_t *x = p + 4 + l.sideInfo;  // side info stays zero: a silent frame
    std::memcpy(x, "Info", 4);
    putBe32(x + 4, 0x0F);  // frames, bytes, TOC and quality present
    putBe32(x + 8, f.audioFrames);
    const std::uint32_t streamBytes = std::uint32_t(frame.size()) + f.audioBytes;
    putBe32(x + 12, streamBytes);
    for (int i = 0; i < 100; ++i)  // constant bitrate: byte position grows linearly with time
        x[16 + i] = std::uint8_t(256 * i / 100);
    putBe32(x + 116, std::uint32_t(std::max(0, f.quality)));

    std::uint8_t *t = x + kXingBytes;
    std::memcpy(t, "LAME3.100", 9);
    t[9] = 0x01;  // tag revision 0, method 1 = constant bitrate
    t[10] = std::uint8_t(std::clamp((f.lowpassHz + 50) / 100, 0, 255));
    // t[11..18]: peak and ReplayGain, not measured (zero means "unknown").
    t[19] = std::uint8_t(f.athType & 0x0F);
    t[20] = std::uint8_t(std::min(f.bitrateKbps, 255));
    const int delay = std::clamp(f.encoderDelay, 0, 4095);
    const int padding = std::clamp(f.encoderPadding, 0, 4095);
    t[21] = std::uint8_t(delay >> 4);
    t[22] = std::uint8_t(((delay & 0x0F) << 4) | (padding >> 8));
    t[23] = std::uint8_t(padding & 0xFF);
    const int sourceFreq = f.sampleRate <= 32000 ? 0 : f.sampleRate == 44100 ? 1 : 2;
    t[24] = std::uint8_t(((f.channels == 1 ? 0 : 3) << 2) | (sourceFreq << 6));
    // t[25]: MP3Gain, t[26..27]: surround and preset; LAME's preset code for CBR is the bitrate.
    const int preset = std::min(f.bitrateKbps, 0x7FF);
    t[26] = std::uint8_t(preset >> 8);
    t[27] = std::uint8_t(preset & 0xFF);
    putBe32(t + 28, streamBytes);
    t[32] = std::uint8_t(f.musicCrc >> 8);
    t[33] = std::uint8_t(f.musicCrc & 0xFF);
    const std::uint16_t tagCrc = crc16(p, std::size_t(t + 34 - p));
    t[34] = std::uint8_t(tagCrc >> 8);
    t[35] = std::uint8_t(tagCrc & 0xFF);
    return frame;
}

}  // namespace tunedrop
