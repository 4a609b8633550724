#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace tunedrop {

// What we know about a track, from the source's own tags or from the job (yt-dlp etc.).
// docs/ARCHITECTURE.md ("Tag mapping") lists where each field comes from and which ID3 frame
// it becomes.
struct TrackMetadata {
    QString title;
    QString artist;
    QString album;
    QString albumArtist;
    QString genre;
    QString composer;
    QString date;      // "2024" or "2024-05-17"
    int track = 0;     // 0 = unknown
    int trackTotal = 0;
    int disc = 0;      // 0 = unknown
    int discTotal = 0;
    bool compilation = false;  // iTunes' "part of a compilation" (TCMP)
    QString comment;
    QString sourceUrl; // written as comment (when no comment) and as WOAS

    QByteArray cover;      // encoded image bytes (JPEG/PNG/WebP); empty = none
    QString coverMimeType; // filled by CoverArt::normalize; may be empty on input

    bool isEmpty() const;
    // Fields set in `preferred` win; empty ones fall back to this.
    TrackMetadata mergedWith(const TrackMetadata &preferred) const;

    // Reads the tags of a container as FFmpeg exposes them: `tags` maps LOWER-CASED keys to
    // values (the caller puts the format's dictionary first, then the audio stream's). FFmpeg
    // already turns ID3 frames, MP4 atoms and the common Vorbis comments into generic keys
    // ("album_artist", "track" = "3/12", "disc"), but passes rarer spellings through as they
    // are in the file (Vorbis TRACKTOTAL / TOTALTRACKS, DISCTOTAL / TOTALDISCS, "ALBUM ARTIST",
    // ID3 TCMP as "compilation" or "TCMP"), so those are read here too.
    static TrackMetadata fromTags(const QHash<QString, QString> &tags);

    // "3", "3/12", "03 of 12" -> 3 and 12; a part that is not a positive number gives 0.
    static void parseNumberPair(const QString &text, int *number, int *total);
};

}  // namespace tunedrop
