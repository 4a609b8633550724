#pragma once

#include "EncoderSettings.h"
#include "TrackMetadata.h"

#include <QString>

namespace tunedrop {

struct TranscodeRequest {
    QString input;          // local path, file:// URL or any URL FFmpeg can open
    QString outputDir;      // destination folder (created if missing)
    QString outputBaseName; // file name without ".mp3"; derived from title/input when empty
    EncoderSettings encoder;
    // Tags supplied by the caller (e.g. from yt-dlp); they win over the source's own tags.
    TrackMetadata metadata;
    // Carry the source's own tags and embedded cover over (local files).
    bool copySourceTags = true;
    // Network I/O timeout for URL inputs, in milliseconds.
    int networkTimeoutMs = 30000;
};

}  // namespace tunedrop
