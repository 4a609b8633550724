#include "XingTag.h"

#include "LameInfoFrame.h"

#include <algorithm>
#include <cstring>

namespace tunedrop {

namespace {

constexpr uint32_t kFramesFlag = 0x1;
constexpr uint32_t kBytesFlag = 0x2;
constexpr uint32_t kTocFlag = 0x4;
constexpr uint32_t kQualityFlag = 0x8;
// Inside LAME's extension.
constexpr int kDelayAt = 21;
constexpr int kMusicLengthAt = 28;
constexpr int kMusicCrcAt = 32;
constexpr int kTagCrcAt = 34;
constexpr int kMaxFrame = 2881;  // MPEG-1 Layer III, 320 kbps at 32 kHz, padded

uint32_t be32(const uint8_t *p)
{
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}

void putBe32(uint8_t *p, uint32_t v)
{
    p[0] = uint8_t(v >> 24);
    p[1] = uint8_t(v >> 16);
    p[2] = uint8_t(v >> 8);
    p[3] = uint8_t(v);
}

void putBe16(uint8_t *p, uint16_t v)
{
    p[0] = uint8_t(v >> 8);
    p[1] = uint8_t(v);
}

int xingOffset(const Mp3FrameHeader &h)
{
    return 4 + (h.crcProtected ? 2 : 0) + h.sideInfoSize();
}

int fieldBytes(const XingTag &t)
{
    return 8 + (t.frames ? 4 : 0) + (t.bytes ? 4 : 0) + (t.hasToc ? 100 : 0) + (t.quality ? 4 : 0);
}

}  // namespace

uint16_t lameCrc16(const uint8_t *data, std::size_t size, uint16_t crc)
{
    return LameInfoFrame::crc16(data, size, crc);  // one CRC-16 for every LAME tag we read or write
}

std::optional<XingTag> XingTag::parse(const uint8_t *frame, std::size_t size, const Mp3FrameHeader &header)
{
    if (size >= 40 && std::memcmp(frame + 36, "VBRI", 4) == 0)
        return XingTag{};
    const std::size_t at = std::size_t(xingOffset(header));
    if (size < at + 8)
        return std::nullopt;
    const uint8_t *p = frame + at;
    const bool xing = std::memcmp(p, "Xing", 4) == 0;
    if (!xing && std::memcmp(p, "Info", 4) != 0)
        return std::nullopt;
    XingTag tag;
    tag.vbr = xing;
    const uint32_t flags = be32(p + 4);
    std::size_t pos = at + 8;
    const auto take32 = [&](uint32_t flag, std::optional<uint32_t> &field) {
        if (!(flags & flag) || pos + 4 > size)
            return;
        field = be32(frame + pos);
        pos += 4;
    };
    take32(kFramesFlag, tag.frames);
    take32(kBytesFlag, tag.bytes);
    if ((flags & kTocFlag) && pos + 100 <= size) {
        std::copy(frame + pos, frame + pos + 100, tag.toc.begin());
        tag.hasToc = true;
        pos += 100;
    }
    take32(kQualityFlag, tag.quality);
    if (pos + kLameSize <= size) {
        const uint8_t *l = frame + pos;
        const uint16_t stored = uint16_t((l[kTagCrcAt] << 8) | l[kTagCrcAt + 1]);
        // The tag CRC covers the frame from its first byte; an encoder string of zeros would
        // be an empty extension, not LAME's.
        if (l[0] != 0 && lameCrc16(frame, pos + kTagCrcAt) == stored) {
            tag.hasLame = true;
            std::copy(l, l + kLameSize, tag.lame.begin());
            tag.encoderDelay = (l[kDelayAt] << 4) | (l[kDelayAt + 1] >> 4);
            tag.padding = ((l[kDelayAt + 1] & 0x0F) << 8) | l[kDelayAt + 2];
            tag.musicCrc = uint16_t((l[kMusicCrcAt] << 8) | l[kMusicCrcAt + 1]);
        }
    }
    return tag;
}

int XingTag::frameSize(const Mp3FrameHeader &firstMusic) const
{
    const int needed = 4 + firstMusic.sideInfoSize() + fieldBytes(*this) + (hasLame ? kLameSize : 0);
    const std::optional<Mp3FrameHeader> h = firstMusic.smallestFrameHolding(needed);
    return h ? h->frameLength : 0;
}

std::vector<uint8_t> XingTag::render(const Mp3FrameHeader &firstMusic) const
{
    const int needed = 4 + firstMusic.sideInfoSize() + fieldBytes(*this) + (hasLame ? kLameSize : 0);
    const std::optional<Mp3FrameHeader> h = firstMusic.smallestFrameHolding(needed);
    if (!h || h->frameLength > kMaxFrame)
        return {};
    // Zero side information: decoders that do not know the tag decode one frame of silence.
    std::array<uint8_t, kMaxFrame> frame{};
    std::memcpy(frame.data(), h->raw, 4);
    std::size_t pos = std::size_t(xingOffset(*h));
    std::memcpy(frame.data() + pos, vbr ? "Xing" : "Info", 4);
    const uint32_t flags = (frames ? kFramesFlag : 0) | (bytes ? kBytesFlag : 0) | (hasToc ? kTocFlag : 0)
        | (quality ? kQualityFlag : 0);
    putBe32(frame.data() + pos + 4, flags);
    pos += 8;
    for (const std::optional<uint32_t> &field : {frames, bytes}) {
        if (field) {
            putBe32(frame.data() + pos, *field);
            pos += 4;
        }
    }
    if (hasToc) {
        std::memcpy(frame.data() + pos, toc.data(), toc.size());
        pos += 100;
    }
    if (quality) {
        putBe32(frame.data() + pos, *quality);
        pos += 4;
    }
    if (hasLame) {
        uint8_t *l = frame.data() + pos;
        std::memcpy(l, lame.data(), lame.size());
        l[kDelayAt] = uint8_t(encoderDelay >> 4);
        l[kDelayAt + 1] = uint8_t(((encoderDelay & 0x0F) << 4) | ((padding >> 8) & 0x0F));
        l[kDelayAt + 2] = uint8_t(padding);
        putBe32(l + kMusicLengthAt, bytes.value_or(0));
        putBe16(l + kMusicCrcAt, musicCrc);
        putBe16(l + kTagCrcAt, lameCrc16(frame.data(), pos + kTagCrcAt));
    }
    return std::vector<uint8_t>(frame.begin(), frame.begin() + h->frameLength);
}

std::array<uint8_t, 100> XingTag::seekTable(const std::vector<uint16_t> &frameLengths, uint32_t tagFrameBytes)
{
    std::array<uint8_t, 100> table{};
    uint64_t total = tagFrameBytes;
    for (uint16_t n : frameLengths)
        total += n;
    if (frameLengths.empty() || total == 0)
        return table;
    uint64_t position = tagFrameBytes;
    std::size_t frame = 0;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::size_t target = i * frameLengths.size() / 100;
        for (; frame < target; ++frame)
            position += frameLengths[frame];
        table[i] = uint8_t(std::min<uint64_t>(255, position * 256 / total));
    }
    return table;
}

}  // namespace tunedrop
