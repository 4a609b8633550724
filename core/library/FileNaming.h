#pragma once

#include <QString>

namespace tunedrop {

struct TrackMetadata;

// Turns titles and links into file names that are valid on every desktop file system.
class FileNaming {
public:
    // Removes characters no file system accepts (/ \ : * ? " < > | and controls) and bidi
    // controls (a right-to-left override would show "3pm.exe" as "exe.mp3"), trims
    // dots and spaces, avoids Windows device names and caps the length at kMaxBaseBytes
    // UTF-8 bytes, so "<name> (999).mp3.part" still fits the 255-byte limit of ext4/NTFS/APFS.
    // Returns `fallback` (itself sanitised) when nothing usable remains.
    static QString sanitize(const QString &name, const QString &fallback = QStringLiteral("audio"));

    // "{artist} - {title}" style templates. Placeholders: {title} {artist} {album} {date}
    // {track}. A placeholder with no value disappears together with the separator next to it.
    static QString fromTemplate(const QString &pattern, const TrackMetadata &metadata,
                                const QString &fallback);

    // A title for a source whose tags have none: the local file's base name ("song.mp3" ->
    // "song"), else the URL's last path segment, percent-decoded, without its extension
    // ("Blue%20in%20Green.flac" -> "Blue in Green"), else the host. Not sanitised: it is a
    // tag, not a file name.
    static QString titleFromInput(const QString &input, bool isLocal);

    // The longest prefix of `name` whose on-disk (QFile::encodeName) form fits `maxBytes`, cut
    // between grapheme clusters (never inside a character or before its combining accent),
    // trailing spaces and dots removed. Used by OutputFile against the folder's NAME_MAX.
    static QString truncateToBytes(const QString &name, int maxBytes);

    static QString defaultTemplate() { return QStringLiteral("{title}"); }
    static constexpr int kMaxBaseBytes = 255 - 15;
};

}  // namespace tunedrop
