// JobQueue's commands: cancel, retry, remove, pin, expire, reorder, pause/resume.
// Scheduling is in JobQueue.cpp, the attempts' reports in JobQueueReports.cpp.
#include "JobQueue.h"

#include "QueueStore.h"
#include "TimeLimits.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace tunedrop {

bool JobQueue::cancel(const QUuid &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || isTerminalState(it->state))
        return false;
    if (auto r = m_running.find(id); r != m_running.end()) {
        r->userCancelled = true;
        r->attempt->cancel();  // the state changes when the attempt has cleaned up
        return true;
    }
    it->state = JobState::Cancelled;
    it->retryAt = QDateTime();
    it->finishedAt = m_clock->now();
    it->errorCategory = ErrorCategory::Cancelled;
    it->errorText = UserText::translate("tunedrop::JobQueue", "Cancelled.");
    commit(*it);
    return true;
}

bool JobQueue::retry(const QUuid &id)
{
    Job *it = resident(id);
    if (!it || (it->state != JobState::Failed && it->state != JobState::Cancelled))
        return false;
    it->state = JobState::Queued;
    it->attempts = 0;
    it->retryAt = QDateTime();
    it->errorCategory = ErrorCategory::None;
    it->errorText = {};
    it->progress = 0;
    commit(*it);
    schedule();
    return true;
}

bool JobQueue::remove(const QUuid &id, bool deleteFile)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {  // only in the store: a finished job of the history
        const std::optional<Job> stored = id.isNull() ? std::nullopt : m_store->load(id);
        if (!stored)
            return false;
        if (deleteFile && !stored->outputPath.isEmpty())
            QFile::remove(stored->outputPath);
        m_store->remove(id);
        emit jobRemoved(id);
        return true;
    }
    if (auto r = m_running.find(id); r != m_running.end()) {
        r->userCancelled = true;
        release(*r);
        r->attempt->cancel();
        m_running.erase(r);  // the attempt finishes on its own; its .part is removed by it
    }
    if (deleteFile && !it->outputPath.isEmpty())
        QFile::remove(it->outputPath);
    m_keys.remove(it->key, id);
    m_jobs.erase(it);
    m_store->remove(id);
    emit jobRemoved(id);
    schedule();
    return true;
}

bool JobQueue::setPinned(const QUuid &id, bool pinned)
{
    std::optional<Job> stored;
    Job *it = live(id, stored);
    if (!it)
        return false;
    it->pinned = pinned;
    commit(*it);
    return true;
}

bool JobQueue::markExpired(const QUuid &id)
{
    std::optional<Job> stored;
    Job *it = live(id, stored);
    if (!it || it->state != JobState::Done)
        return false;
    it->state = JobState::Expired;
    commit(*it);
    return true;
}

Job *JobQueue::live(const QUuid &id, std::optional<Job> &stored)
{
    // A change to a job only the store holds is saved and announced without keeping it in
    // memory (the purge expires thousands of old ones).
    if (const auto it = m_jobs.find(id); it != m_jobs.end())
        return &*it;
    stored = id.isNull() ? std::nullopt : m_store->load(id);
    return stored ? &*stored : nullptr;
}

int JobQueue::clearFinished(bool keepPinned)
{
    const QList<QUuid> stored = m_store->finishedIds(keepPinned);
    QSet<QUuid> gone(stored.cbegin(), stored.cend());
    for (const Job &j : std::as_const(m_jobs))
        if ((j.state == JobState::Done || j.state == JobState::Expired) && !(keepPinned && j.pinned))
            gone.insert(j.id);
    {
        const QueueStore::Batch batch(*m_store);  // one transaction for the lot
        for (const QUuid &id : stored)
            m_store->remove(id);
    }
    for (const QUuid &id : std::as_const(gone))
        if (auto it = m_jobs.find(id); it != m_jobs.end()) {
            m_keys.remove(it->key, id);
            m_jobs.erase(it);
        }
    for (const QUuid &id : std::as_const(gone))
        emit jobRemoved(id);
    return int(gone.size());
}

JobQueue::FinishedCount JobQueue::finishedCount() const
{
    FinishedCount count;
    count.total = int(m_store->finishedIds(false).size());
    count.pinned = count.total - int(m_store->finishedIds(true).size());
    return count;
}

bool JobQueue::moveUp(const QUuid &id)
{
    QList<Job *> list = ordered();
    for (int i = 1; i < list.size(); ++i) {
        if (list[i]->id == id) {
            std::swap(list[i]->position, list[i - 1]->position);
            if (list[i]->position == list[i - 1]->position)
                --list[i]->position;  // equal positions: make the order explicit
            commit(*list[i]);
            commit(*list[i - 1]);
            return true;
        }
    }
    return false;
}

bool JobQueue::moveDown(const QUuid &id)
{
    QList<Job *> list = ordered();
    for (int i = 0; i + 1 < list.size(); ++i)
        if (list[i]->id == id)
            return moveUp(list[i + 1]->id);
    return false;
}

void JobQueue::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    setRunningPaused(true);
    emit pausedChanged(true);
}

void JobQueue::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    setRunningPaused(false);
    emit pausedChanged(false);
    schedule();
}

void JobQueue::setRunningPaused(bool paused)
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        it->attempt->setPaused(paused);
        if (it->limits)
            it->limits->hold(paused);  // a time limit does not tick while its job is paused
        if (auto job = m_jobs.find(it.key()); job != m_jobs.end()) {
            job->paused = paused;
            job->speed = 0;        // nothing moves while paused; the next report says again
            job->etaSeconds = -1;
            announce(*job);  // not persisted, like progress
        }
    }
}

}  // namespace tunedrop
