// JobQueue's user commands: cancel, retry, remove, reorder, pause/resume. Scheduling and the
// runners' reports are in JobQueue.cpp.
#include "JobQueue.h"

#include "JobStore.h"

#include <QFile>

namespace tunedrop {

bool JobQueue::cancel(const QUuid &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || isTerminalState(it->state))
        return false;
    if (auto r = m_running.find(id); r != m_running.end()) {
        r->userCancelled = true;
        r->runner->cancel();  // the state changes when the attempt has cleaned up
        return true;
    }
    it->state = JobState::Cancelled;
    it->retryAt = QDateTime();
    it->finishedAt = QDateTime::currentDateTimeUtc();
    it->errorCategory = ErrorCategory::Cancelled;
    it->errorMessage = tr("Cancelled.");
    commit(*it);
    return true;
}

bool JobQueue::retry(const QUuid &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || (it->state != JobState::Failed && it->state != JobState::Cancelled))
        return false;
    it->state = JobState::Queued;
    it->attempts = 0;
    it->retryAt = QDateTime();
    it->errorCategory = ErrorCategory::None;
    it->errorMessage.clear();
    it->progress = 0;
    commit(*it);
    schedule();
    return true;
}

bool JobQueue::remove(const QUuid &id, bool deleteFile)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return false;
    if (auto r = m_running.find(id); r != m_running.end()) {
        r->userCancelled = true;
        r->runner->cancel();
        r->runner->disconnect(this);
        m_running.erase(r);  // the worker finishes on its own; its .part is removed by it
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
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return false;
    it->pinned = pinned;
    commit(*it);
    return true;
}

bool JobQueue::markExpired(const QUuid &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->state != JobState::Done)
        return false;
    it->state = JobState::Expired;
    commit(*it);
    return true;
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
    emit pausedChanged(true);
}

void JobQueue::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    emit pausedChanged(false);
    schedule();
}

}  // namespace tunedrop
