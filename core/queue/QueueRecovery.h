#pragma once

#include "Job.h"

#include <QList>
#include <QString>

namespace tunedrop {

class QueueStore;
struct QueueConfig;

// The start of a session: jobs a crash or a shutdown interrupted are queued again and what
// they left behind is removed, before anything runs.
class QueueRecovery {
public:
    // The unfinished stored jobs and the `recentFinished` newest finished ones (the rest of the
    // history stays in the store), interrupted ones queued again (and saved so), no ".part"
    // path kept.
    static QList<Job> recover(QueueStore &store, int maxAttempts, int recentFinished);
    // Removes the per-attempt download folders, leftover sign-in cookies and the ".part" files
    // no live process holds in the folders unfinished jobs write to.
    static void sweep(const QueueConfig &config, const QList<Job> &jobs);
};

}  // namespace tunedrop
