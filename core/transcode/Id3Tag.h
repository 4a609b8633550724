#pragma once

#include "EncoderSettings.h"
#include "common/TrackMetadata.h"

#include <QByteArray>
#include <QString>

namespace tunedrop {

// ID3v2 tags through TagLib. The transcoder renders the tag to bytes and writes it in front
// of the audio, so a finished MP3 is never rewritten just to add tags.
class Id3Tag {
public:
    // A complete ID3v2 tag (header, frames, padding): TIT2, TPE1, TALB, TPE2 (album artist),
    // TCON (genre), TCOM (composer), TDRC (TYER in 2.3), TRCK and TPOS ("n" or "n/total"),
    // TCMP "1" for a compilation, COMM (comment, else the source URL), WOAS (source URL) and
    // APIC type 3 (front cover) when metadata.cover is set. Text is UTF-8 in 2.4 and UTF-16
    // in 2.3, so any Unicode round-trips. Empty (or whitespace-only) fields are left out.
    // When that leaves no frame at all (e.g. default-constructed metadata) the result is an
    // EMPTY QByteArray, not a frameless tag: ID3v2 requires at least one frame, so the
    // caller simply writes no tag. WOAS is Latin-1 only, so a non-ASCII URL is stored
    // percent-encoded there (COMM keeps its original spelling). TagLib appends 1024 bytes
    // of zero padding so the tag can later be edited in place.
    static QByteArray render(const TrackMetadata &metadata, EncoderSettings::Id3Version version);

    // Reads the ID3v2 tag of an MP3 file back (every field render() writes: title, artist,
    // album, album artist, genre, composer, date, track and disc pairs, compilation, comment,
    // source URL from WOAS, front cover, else any picture). A comment equal to the source
    // URL is render()'s fallback and reads back as sourceUrl only, so render -> read
    // round-trips. Empty metadata when the file is missing, unreadable or has no ID3v2 tag.
    static TrackMetadata read(const QString &mp3Path);
};

}  // namespace tunedrop
