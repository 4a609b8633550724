#include "Mp3StreamCopier.h"

#include "AvError.h"
#include "library/OutputFile.h"

#include <QCoreApplication>
#include <QFile>

#include <vector>

namespace tunedrop {

namespace {
constexpr qint64 kBlock = 1 << 20;

}  // namespace

Error Mp3StreamCopier::scan(const std::atomic_bool &cancel, const std::function<void(double)> &progress)
{
    m_scan = Mp3FrameScanner::scan(m_path, cancel, progress);
    return m_scan.error;
}

bool Mp3StreamCopier::isCopyable() const
{
    return !m_scan.error.isError() && m_scan.first && !m_scan.mixedStreams
        && m_scan.junkBytes <= m_scan.musicBytes;
}

bool Mp3StreamCopier::sourceTagIsTrue() const
{
    const std::optional<XingTag> &tag = m_scan.sourceTag;
    return tag && tag->frames && tag->bytes && tag->hasToc && m_scan.junkBytes == 0 && m_scan.partialFrameBytes == 0
        && *tag->frames == m_scan.offsets.size()
        && qint64(*tag->bytes) == m_scan.musicBytes + qint64(m_scan.sourceTagFrame.size())
        && (!tag->hasLame || tag->musicCrc == m_scan.musicCrc);
}

QStringList Mp3StreamCopier::warnings() const
{
    QStringList w;
    if (m_scan.junkBytes > 0)
        w << QCoreApplication::translate("Transcoder", "“%1” is damaged: %2 bytes that are not MP3 audio were left out.").arg(m_path).arg(m_scan.junkBytes);
    if (m_scan.partialFrameBytes > 0)
        w << QCoreApplication::translate("Transcoder", "“%1” ends in the middle of an MP3 frame (the file is cut short): the incomplete frame was left out.").arg(m_path);
    const std::optional<XingTag> &tag = m_scan.sourceTag;
    if (tag && tag->frames && *tag->frames != m_scan.offsets.size())
        w << QCoreApplication::translate("Transcoder", "The header of “%1” claims %2 MP3 frames but the file holds %3: the copy’s header gives the true length.")
                 .arg(m_path).arg(*tag->frames).arg(m_scan.offsets.size());
    return w;
}

std::vector<uint8_t> Mp3StreamCopier::tagFrame()
{
    const Mp3FrameHeader &first = *m_scan.first;
    const std::optional<XingTag> &source = m_scan.sourceTag;
    const qint64 frames = qint64(m_scan.offsets.size());
    XingTag tag;
    if (source && source->hasLame) {
        tag = *source;
        // The padding is at the end of the stream: it holds only while the last frame is the
        // source's own last frame (no cut, no trailing junk). The delay is at the start, which
        // the source's tag vouches for.
        if (!m_scan.reachesAudioEnd)
            tag.padding = 0;
    } else {
        // Without LAME's extension nobody knows the delay or padding: claim none.
        tag.vbr = !m_scan.constantBitrate;
        tag.quality = source ? source->quality : std::nullopt;
    }
    const qint64 samples = frames * first.samplesPerFrame;
    m_durationMs = std::max<qint64>(0, samples - tag.encoderDelay - tag.padding) * 1000 / first.sampleRate;
    if (sourceTagIsTrue())
        return m_scan.sourceTagFrame;

    // Every field present before sizing the frame: the size depends on which are there.
    tag.frames = uint32_t(frames);
    tag.bytes = 0;
    tag.hasToc = true;
    const int size = tag.frameSize(first);
    tag.bytes = uint32_t(std::min<qint64>(m_scan.musicBytes + size, 0xFFFFFFFFLL));
    tag.toc = XingTag::seekTable(m_scan.lengths, uint32_t(size));
    tag.musicCrc = m_scan.musicCrc;
    return tag.render(first);
}

Error Mp3StreamCopier::copy(OutputFile &out, const std::atomic_bool &cancel,
                                     const std::function<void(double)> &progress)
{
    if (!isCopyable())
        return {ErrorCategory::Corrupt, UserText::translate("Transcoder", "“%1” has no MPEG audio frames to copy.").arg(m_path)};
    const std::vector<uint8_t> tag = tagFrame();
    if (const int err = out.write(tag.data(), tag.size()))
        return averror::forOutputErrno(err, out.partPath());

    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly))
        return {ErrorCategory::PermissionDenied, UserText::translate("Transcoder", "Could not read “%1”.").arg(m_path)};
    std::vector<char> buffer;
    qint64 done = 0;
    const std::size_t count = m_scan.offsets.size();
    // Runs of adjacent frames are copied in blocks of up to a megabyte.
    for (std::size_t i = 0; i < count;) {
        if (cancel.load(std::memory_order_relaxed))
            return {ErrorCategory::Cancelled, UserText::translate("Transcoder", "Cancelled.")};
        const qint64 start = m_scan.offsets[i];
        qint64 length = 0;
        for (; i < count && m_scan.offsets[i] == start + length && length < kBlock; ++i)
            length += m_scan.lengths[i];
        buffer.resize(std::size_t(length));
        if (!in.seek(start) || in.read(buffer.data(), length) != length)
            return {ErrorCategory::Corrupt, UserText::translate("Transcoder", "Could not read “%1”: the file ended early.").arg(m_path)};
        if (const int err = out.write(buffer.data(), buffer.size()))
            return averror::forOutputErrno(err, out.partPath());
        done += length;
        if (progress)
            progress(double(done) / double(m_scan.musicBytes));
    }
    return {};
}

}  // namespace tunedrop
