#include "QueueRecovery.h"

#include "JobQueue.h"
#include "QueueStore.h"
#include "library/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace tunedrop {

QList<Job> QueueRecovery::recover(QueueStore &store, int maxAttempts, int recentFinished)
{
    QList<Job> jobs = store.loadActiveAndRecent(recentFinished);
    for (Job &job : jobs) {
        bool changed = false;
        if (isActiveState(job.state)) {  // interrupted by a crash or a shutdown
            job.state = JobState::Queued;
            job.progress = 0;
            job.speed = 0;
            changed = true;
        }
        if (!job.partPath.isEmpty()) {   // a half-written MP3 never survives
            if (job.state != JobState::Done)
                QFile::remove(job.partPath);
            job.partPath.clear();
            changed = true;
        }
        job.maxAttempts = maxAttempts;
        if (changed)
            store.save(job);
    }
    return jobs;
}

void QueueRecovery::sweep(const QueueConfig &config, const QList<Job> &jobs)
{
    if (!config.workRoot.isEmpty())
        QDir(config.workRoot).removeRecursively();  // no attempt is running yet
    if (!config.signIn.privateDir.isEmpty())
        CookieFileLease::sweep(config.signIn.privateDir);  // a crash mid-run left cookies behind
    // A kill -9 can strike before a .part's path reached the database: sweep the folders
    // unfinished jobs write to for .part files no live process holds.
    QSet<QString> dirs{config.defaultOutputDir};
    for (const Job &job : jobs)
        if (!isTerminalState(job.state))
            dirs.insert(job.outputDir);
    for (const QString &dir : std::as_const(dirs))
        if (!dir.isEmpty())
            OutputFile::removeStaleParts(dir);
}

}  // namespace tunedrop
