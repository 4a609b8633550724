#pragma once

#include "common/TrackMetadata.h"
#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace tunedrop {

struct TranscodeResult {
    Error error;   // category None on success
    QString outputPath;     // absolute path of the published MP3 (success only)
    TrackMetadata metadata; // the tags written
    qint64 durationMs = 0;  // audio converted
    bool streamCopied = false;
    // Non-fatal issues the user should know about ("input ends early: converted 41 s of 60 s").
    QStringList warnings;

    bool ok() const { return !error.isError(); }
};

}  // namespace tunedrop
