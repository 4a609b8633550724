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

    // The name an input gets when the caller did not choose one: the file's own base name
    // for local files, otherwise the template over the tags, else the last URL path segment.
    static QString defaultBaseName(const QString &input, bool isLocal, const TrackMetadata &metadata);

    // The longest prefix of `name` whose on-disk (QFile::encodeName) form fits `maxBytes`, cut
    // between grapheme clusters (never inside a character or before its combining accent),
    // trailing spaces and dots removed. Used by OutputFile against the folder's NAME_MAX.
    static QString truncateToBytes(const QString &name, int maxBytes);

    static QString defaultTemplate() { return QStringLiteral("{title}"); }
    static constexpr int kMaxBaseBytes = 255 - 15;
};

}  // namespace tunedrop
