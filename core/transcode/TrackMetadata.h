#pragma once

#include <QByteArray>
#include <QString>

namespace tunedrop {

// What we know about a track, from the source's own tags or from the job (yt-dlp etc.).
struct TrackMetadata {
    QString title;
    QString artist;
    QString album;
    QString date;      // "2024" or "2024-05-17"
    int track = 0;     // 0 = unknown
    int trackTotal = 0;
    QString comment;
    QString sourceUrl; // written as comment (when no comment) and as WOAS

    QByteArray cover;      // encoded image bytes (JPEG/PNG/WebP); empty = none
    QString coverMimeType; // filled by CoverArt::normalize; may be empty on input

    bool isEmpty() const;
    // Fields set in `preferred` win; empty ones fall back to this.
    TrackMetadata mergedWith(const TrackMetadata &preferred) const;
};

}  // namespace tunedrop
