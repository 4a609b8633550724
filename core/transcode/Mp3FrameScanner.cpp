#include "Mp3FrameScanner.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace tunedrop {

namespace {

constexpr qint64 kBlock = 1 << 20;

// Forward-moving read window over the file, so the scan holds at most about a megabyte.
class ByteWindow {
public:
    explicit ByteWindow(QFile &file) : m_file(file) {}

    // The `n` bytes at `pos`, or null when the file does not hold them or reading failed.
    const uint8_t *at(qint64 pos, qint64 n)
    {
        if (pos < m_base || pos + n > m_base + qint64(m_buffer.size())) {
            m_buffer.resize(std::size_t(std::max(kBlock, n)));
            if (!m_file.seek(pos)) {
                m_buffer.clear();
                return nullptr;
            }
            const qint64 got = m_file.read(reinterpret_cast<char *>(m_buffer.data()), qint64(m_buffer.size()));
            m_buffer.resize(std::size_t(std::max<qint64>(got, 0)));
            m_base = pos;
            ++m_refills;
            if (got < n)
                return nullptr;
        }
        return m_buffer.data() + (pos - m_base);
    }
    int refills() const { return m_refills; }

private:
    QFile &m_file;
    std::vector<uint8_t> m_buffer;
    qint64 m_base = 0;
    int m_refills = 0;
};

qint64 syncsafe(const uint8_t *p)
{
    return (qint64(p[0] & 0x7f) << 21) | (qint64(p[1] & 0x7f) << 14) | (qint64(p[2] & 0x7f) << 7) | (p[3] & 0x7f);
}

// The span between the tags: ID3v2 tags at the start, then from the end ID3v1, Lyrics3v2 and
// APEv2 (in the order taggers append them).
void audioRegion(ByteWindow &w, qint64 size, qint64 *begin, qint64 *end)
{
    qint64 b = 0;
    while (const uint8_t *h = w.at(b, 10)) {
        if (std::memcmp(h, "ID3", 3) != 0)
            break;
        b += 10 + syncsafe(h + 6) + ((h[5] & 0x10) ? 10 : 0);
    }
    qint64 e = size;
    if (const uint8_t *t = e >= 128 ? w.at(e - 128, 3) : nullptr; t && std::memcmp(t, "TAG", 3) == 0)
        e -= 128;
    if (const uint8_t *l = e >= 15 ? w.at(e - 15, 15) : nullptr; l && std::memcmp(l + 6, "LYRICS200", 9) == 0) {
        qint64 n = 0;
        for (int i = 0; i < 6; ++i)
            n = n * 10 + (l[i] >= '0' && l[i] <= '9' ? l[i] - '0' : 0);
        e -= std::min(e, n + 15);
    }
    if (const uint8_t *a = e >= 32 ? w.at(e - 32, 32) : nullptr; a && std::memcmp(a, "APETAGEX", 8) == 0) {
        const qint64 n = qint64(a[12]) | (qint64(a[13]) << 8) | (qint64(a[14]) << 16) | (qint64(a[15]) << 24);
        const bool hasHeader = a[23] & 0x80;
        e -= std::min(e, n + (hasHeader ? 32 : 0));
    }
    *begin = std::min(b, size);
    *end = std::max(e, *begin);
}

}  // namespace

Mp3FrameScanner::Result Mp3FrameScanner::scan(const QString &path, const std::atomic_bool &cancel,
                                              const std::function<void(double)> &progress)
{
    Result r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = {ErrorCategory::PermissionDenied, UserText::translate("Transcoder", "Could not read “%1”.").arg(path)};
        return r;
    }
    ByteWindow w(file);
    qint64 begin = 0;
    qint64 end = 0;
    audioRegion(w, file.size(), &begin, &end);

    // True when `depth` frames of `stream`'s kind follow from `q` (or the audio ends first).
    const auto chainFollows = [&](qint64 q, const Mp3FrameHeader &stream, int depth) {
        for (int k = 0; k < depth; ++k) {
            if (q + 4 > end)
                return true;  // the end, or a few stray bytes too short to be a frame
            const uint8_t *p = w.at(q, 4);
            const std::optional<Mp3FrameHeader> next = p ? Mp3FrameHeader::parse(p) : std::nullopt;
            if (!next || !next->sameStream(stream))
                return false;
            q += next->frameLength;
            if (q > end)
                return true;  // followed by the incomplete last frame
        }
        return true;
    };

    qint64 pos = begin;
    qint64 previousEnd = -1;
    std::optional<Mp3FrameHeader> previous;
    int seenRefills = 0;
    while (pos + 4 <= end) {
        if (w.refills() != seenRefills) {
            seenRefills = w.refills();
            if (cancel.load(std::memory_order_relaxed)) {
                r.error = {ErrorCategory::Cancelled, UserText::translate("Transcoder", "Cancelled.")};
                return r;
            }
            if (progress)
                progress(double(pos - begin) / double(end - begin));
        }
        const uint8_t *p = w.at(pos, 4);
        if (!p) {
            r.error = {ErrorCategory::Corrupt, UserText::translate("Transcoder", "Could not read “%1”: the file ended early.").arg(path)};
            return r;
        }
        const std::optional<Mp3FrameHeader> h = Mp3FrameHeader::parse(p);
        if (!h) {
            ++pos;
            continue;
        }
        const bool inChain = pos == previousEnd && previous && previous->sameStream(*h);
        const qint64 frameEnd = pos + h->frameLength;
        if (frameEnd > end) {
            if (inChain) {
                r.partialFrameBytes = end - pos;
                break;
            }
            ++pos;
            continue;
        }
        if (!chainFollows(frameEnd, *h, inChain ? 1 : 2)) {
            ++pos;
            continue;
        }
        const uint8_t *frame = w.at(pos, h->frameLength);
        if (!frame) {
            r.error = {ErrorCategory::Corrupt, UserText::translate("Transcoder", "Could not read “%1”: the file ended early.").arg(path)};
            return r;
        }
        previous = h;
        previousEnd = frameEnd;
        if (!r.first && !r.sourceTag) {
            if (std::optional<XingTag> tag = XingTag::parse(frame, std::size_t(h->frameLength), *h)) {
                r.sourceTag = tag;
                r.sourceTagFrame.assign(frame, frame + h->frameLength);
                pos = frameEnd;
                continue;
            }
        }
        if (!r.first)
            r.first = h;
        else if (!h->sameStream(*r.first))
            r.mixedStreams = true;
        else if (h->bitrateIndex != r.first->bitrateIndex)
            r.constantBitrate = false;
        r.offsets.push_back(pos);
        r.lengths.push_back(uint16_t(h->frameLength));
        r.musicBytes += h->frameLength;
        r.musicCrc = lameCrc16(frame, std::size_t(h->frameLength), r.musicCrc);
        pos = frameEnd;
    }
    r.reachesAudioEnd = previousEnd == end && !r.offsets.empty();
    r.junkBytes = (end - begin) - r.musicBytes - qint64(r.sourceTagFrame.size()) - r.partialFrameBytes;
    return r;
}

}  // namespace tunedrop
