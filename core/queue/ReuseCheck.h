#pragma once

#include "Job.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace tunedrop {

struct ClassifiedInput;

// Whether a finished job's MP3 may stand in for converting the same input again (issue 13).
// Keying on the path or link alone handed out stale files: a WAV overwritten with other audio,
// another bitrate, another output folder, an MP3 someone replaced. Reuse needs all of:
// the input unchanged (a local file's size and modification time; a YouTube link resolved to
// the same video id; a site link that yt-dlp resolved at all; a direct media link has no
// identity beyond its URL without a request), the same encoder settings and output folder,
// and the MP3 still the file TuneDrop wrote (size, inode, modification time). A job recorded
// by an older version lacks the first two and is converted again.
class ReuseCheck {
public:
    enum class Verdict {
        Reusable,
        NotFinished,      // not done, or a playlist (no file of its own)
        InputChanged,     // the file changed, or the link led elsewhere; also: never recorded
        SettingsChanged,  // other encoder settings
        OtherFolder,      // another output folder was asked for
        OutputChanged,    // the MP3 is gone, replaced or edited
    };

    // What the new request wants: its classified input, folder and encoder settings.
    static Verdict verdict(const Job &done, const ClassifiedInput &input, const QString &outputDir,
                           const QString &encoderKey);
    // The same folder, however it was spelled ("o1", "./o1/", a symlink to it).
    static bool sameFolder(const QString &a, const QString &b);
    // Duplicate detection for add(): among the jobs with the same key, the one that stands for
    // the new request. A job still queued or running for the same folder is the same request (a
    // running one only while it encodes with today's settings: a queued one picks them up when
    // it starts); a finished one only while its MP3 is what converting again would make
    // (verdict() Reusable; not at all with `convertAgain`). Null when none is.
    struct Match {
        QUuid id;
        bool alreadyConverted = false;  // a finished job, not one in flight
    };
    static Match duplicateOf(const QList<const Job *> &sameKey, const ClassifiedInput &input,
                             const QString &outputDir, const QString &encoderKey, bool convertAgain);
    // Records what the attempt starts from: a local file's size and modification time.
    static void recordInput(Job &job, const ClassifiedInput &input);
};

}  // namespace tunedrop
