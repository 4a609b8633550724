#pragma once

#include "Job.h"
#include "JobPage.h"

#include <QDateTime>
#include <optional>

#include <QList>
#include <QUuid>

namespace tunedrop {

// The queue's seam to persistence: what it needs and nothing more. The queue owns the live
// state; the store keeps what must survive the process (every state change is saved at once).
// The embedded implementation is the SQLite JobStore; a shared store (Redis, next issue) sits
// behind the same four calls. Called from the queue's thread only.
class QueueStore {
public:
    virtual ~QueueStore() = default;

    virtual QList<Job> loadAll() const = 0;  // in queue order (restore)
    virtual bool save(const Job &job) = 0;   // insert or update
    virtual bool remove(const QUuid &id) = 0;

    // The history the queue does not keep in memory (issue 14, "a history that can grow").
    // The defaults answer from loadAll() (fine for a small fake store); JobStore answers each
    // through an index.
    // Every unfinished job plus the `recentFinished` newest finished ones, in queue order.
    virtual QList<Job> loadActiveAndRecent(int recentFinished) const;
    virtual std::optional<Job> load(const QUuid &id) const;
    virtual QList<Job> loadByKey(const QString &key) const;  // duplicate detection's key, queue order
    // Done, unpinned jobs with a file, finished at `finishedBy` or before, the oldest first
    // (limit < 0: all).
    virtual QList<Job> loadPurgeCandidates(const QDateTime &finishedBy, int limit) const;
    virtual JobPage loadPage(const JobPageQuery &query) const;
    virtual int maxPosition() const;
    // Done and expired jobs (Clear Finished), unpinned ones only when `keepPinned`.
    virtual QList<QUuid> finishedIds(bool keepPinned) const;

    // Groups writes into one unit while it lives (bulk adds, the shutdown's records).
    class Batch {
    public:
        explicit Batch(QueueStore &store) : m_store(store), m_active(store.beginBatch()) {}
        ~Batch()
        {
            if (m_active)
                m_store.endBatch();
        }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        QueueStore &m_store;
        bool m_active;
    };

protected:
    virtual bool beginBatch() = 0;  // false: no batch (writes go one by one)
    virtual void endBatch() = 0;
};

}  // namespace tunedrop
