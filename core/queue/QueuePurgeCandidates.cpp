#include "QueuePurgeCandidates.h"

#include "JobQueue.h"

namespace tunedrop {

QList<PurgeCandidate> QueuePurgeCandidates::purgeCandidates(const QDateTime &finishedBy) const
{
    QList<PurgeCandidate> out;
    for (const Job &job : m_queue->purgeCandidates(finishedBy)) {
        if (job.state != JobState::Done)
            continue;
        PurgeCandidate c;
        c.id = job.id;
        c.outputPath = job.outputPath;
        c.outputDir = job.outputDir;
        c.outputSize = job.outputSize;
        c.outputInode = job.outputInode;
        c.outputModified = job.outputModified;
        c.finishedAt = job.finishedAt;
        c.pinned = job.pinned;
        out << c;
    }
    return out;
}

bool QueuePurgeCandidates::markExpired(const QUuid &id)
{
    return m_queue->markExpired(id);
}

}  // namespace tunedrop
