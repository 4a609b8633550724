#pragma once

#include "library/PurgeCandidates.h"

namespace tunedrop {

class JobQueue;

// The queue side of the retention purge's seam: the finished jobs of one JobQueue as
// PurgeCandidates, and markExpired passed through. The library layer (RetentionPurger) sits
// below the queue and sees only this interface, never a Job or a JobQueue.
class QueuePurgeCandidates final : public PurgeCandidates {
public:
    explicit QueuePurgeCandidates(JobQueue *queue) : m_queue(queue) {}

    QList<PurgeCandidate> purgeCandidates(const QDateTime &finishedBy) const override;
    bool markExpired(const QUuid &id) override;

private:
    JobQueue *m_queue;
};

}  // namespace tunedrop
