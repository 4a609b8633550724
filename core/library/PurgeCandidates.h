#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace tunedrop {

// A finished job's file as the retention purge sees it: where TuneDrop published it and what
// it looked like then (size, inode, modification time), so a changed file is never deleted.
struct PurgeCandidate {
    QUuid id;
    QString outputPath;      // the published MP3
    QString outputDir;       // the library folder it was published in
    qint64 outputSize = -1;
    qint64 outputInode = -1;
    QDateTime outputModified;
    QDateTime finishedAt;
    bool pinned = false;     // kept forever
};

// The purge's seam to whoever owns the jobs (core/queue's JobQueue implements it): the library
// layer sits below the queue and never sees a Job or a JobQueue.
class PurgeCandidates {
public:
    virtual ~PurgeCandidates() = default;
    // The done jobs finished at or before `finishedBy`, oldest first (the owner may keep only
    // the recent ones in memory: it asks its store).
    virtual QList<PurgeCandidate> purgeCandidates(const QDateTime &finishedBy) const = 0;
    // The purge deleted (or found gone) the job's file; false if the job is no longer done.
    virtual bool markExpired(const QUuid &id) = 0;

protected:
    PurgeCandidates() = default;
    PurgeCandidates(const PurgeCandidates &) = default;
    PurgeCandidates &operator=(const PurgeCandidates &) = default;
};

}  // namespace tunedrop
