// JobQueue's commands: cancel, retry, remove, reorder, pause/resume, and the shutdown.
// Scheduling and the runners' reports are in JobQueue.cpp.
#include "JobQueue.h"

#include "JobStore.h"

#include <QFile>

#include <algorithm>
#include <utility>

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
    it->errorText = UserText::translate("tunedrop::JobQueue", "Cancelled.");
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
    it->errorText = {};
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

// A time limit does not tick while its job is paused: stopped with what was left of it, then
// started again with that.
static void holdLimit(QTimer *limit, bool hold, int &leftMs)
{
    if (!limit)
        return;
    if (hold && limit->isActive()) {
        leftMs = std::max(0, limit->remainingTime());
        limit->stop();
    } else if (!hold && leftMs >= 0) {
        limit->start(std::exchange(leftMs, -1));
    }
}

void JobQueue::setRunningPaused(bool paused)
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        it->runner->setPaused(paused);
        holdLimit(it->softLimit.get(), paused, it->softLeftMs);
        holdLimit(it->hardLimit.get(), paused, it->hardLeftMs);
        if (auto job = m_jobs.find(it.key()); job != m_jobs.end()) {
            job->paused = paused;
            job->speed = 0;        // nothing moves while paused; the next report says again
            job->etaSeconds = -1;
            emit jobChanged(*job);  // not persisted, like progress
        }
    }
}

void JobQueue::beginShutdown(int boundMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;  // schedule() starts nothing from now on
    m_shutdownDeadline = QDeadlineTimer(std::max(0, boundMs));
    m_retryTimer.stop();
    const JobStore::Batch batch(*m_store);
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        // The attempt's own outcome ("cancelled") must not overwrite what is recorded here.
        it->runner->disconnect(this);
        if (it->softLimit)
            it->softLimit->stop();
        if (it->hardLimit)
            it->hardLimit->stop();
        it->runner->cancel();
        if (auto job = m_jobs.find(it.key()); job != m_jobs.end()) {
            job->paused = false;
            job->state = JobState::Queued;  // picked up again on the next start
            job->progress = 0;
            job->speed = 0;
            job->etaSeconds = -1;
            commit(*job);  // persisted now; the window and the web page see it too
        }
    }
}

void JobQueue::shutdownAsync(int boundMs)
{
    beginShutdown(boundMs);
    if (m_shutdownEnded) {  // over already: say so again, from the event loop like the first time
        QMetaObject::invokeMethod(this, [this] { emit shutdownFinished(m_shutdownClean); }, Qt::QueuedConnection);
        return;
    }
    // The answer always comes from the event loop, so callers may connect after calling.
    if (!m_shutdownPoll.isActive())
        m_shutdownPoll.start();
}

void JobQueue::pollShutdown()
{
    const bool done = m_pool->waitForDone(0);  // does not block
    if (done || m_shutdownDeadline.hasExpired())
        endShutdown(done);
}

void JobQueue::endShutdown(bool clean)
{
    m_shutdownPoll.stop();
    if (m_shutdownEnded)
        return;
    m_shutdownEnded = true;
    m_shutdownClean = clean;
    if (!clean)
        qWarning("tunedrop: %lld job(s) did not stop within the shutdown bound; they are recorded as queued",
                 qlonglong(m_running.size()));
    m_running.clear();  // a runner still going is kept alive by its pool task
    emit shutdownFinished(clean);
}

void JobQueue::shutdown(int boundMs)
{
    beginShutdown(boundMs);
    const bool done = m_pool->waitForDone(std::max(0, boundMs));
    endShutdown(done);
    if (!done) {
        // Joining a worker that ignores its cancel flag could hang the exit forever: the pool
        // (and the runners it holds) is abandoned instead; the process ends around it.
        (void)m_pool.release();
        m_pool = std::make_unique<QThreadPool>();
    }
}

}  // namespace tunedrop
