#pragma once

// Private to core/transcode: the no-re-encode path for MP3 sources.

#include "Mp3FrameScanner.h"
#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tunedrop {

class OutputFile;

// Copies the MPEG audio frames of a local MP3 without re-encoding, and only those: scan() finds
// the complete, valid frames (Mp3FrameScanner); copy() writes a Xing/Info frame that describes
// exactly what it writes (frame and byte count, seek table; the source's LAME extension with
// its encoder delay, and its padding only when the end of the stream is intact, music CRC and
// tag CRC recomputed) followed by those frames. A clean source whose own tag frame already
// tells the truth keeps it byte for byte. Tags before and after the audio (ID3v2, ID3v1, APE)
// are left behind: the transcoder writes its own ID3v2 tag first.
class Mp3StreamCopier {
public:
    explicit Mp3StreamCopier(QString path) : m_path(std::move(path)) {}

    // Reads the whole source once. An error only for unreadable files and cancellation.
    Error scan(const std::atomic_bool &cancel, const std::function<void(double)> &progress);
    // False when the source is too damaged to copy (no frames, frames of different MPEG
    // versions, rates or channel modes spliced together, or more junk than audio): re-encode.
    bool isCopyable() const;
    // After scan(): what was wrong with the source and left out ("the last frame is incomplete").
    QStringList warnings() const;

    Error copy(OutputFile &out, const std::atomic_bool &cancel,
                        const std::function<void(double)> &progress);
    // The playing time of what copy() wrote, encoder delay and padding taken off.
    qint64 durationMs() const { return m_durationMs; }

private:
    // The tag frame to write in front of the frames, and m_durationMs.
    std::vector<uint8_t> tagFrame();
    bool sourceTagIsTrue() const;

    QString m_path;
    Mp3FrameScanner::Result m_scan;
    qint64 m_durationMs = 0;
};

}  // namespace tunedrop
