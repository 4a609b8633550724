// JobQueue's ordered, asynchronous shutdown (and the blocking one the destructor uses).
#include "JobQueue.h"

#include "QueueStore.h"
#include "TimeLimits.h"

#include <algorithm>

namespace tunedrop {

void JobQueue::beginShutdown(int boundMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;  // schedule() starts nothing from now on
    m_shutdownDeadline = QDeadlineTimer(std::max(0, boundMs));
    m_retryTimer.stop();
    const QueueStore::Batch batch(*m_store);
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        // The attempt's own outcome ("cancelled") must not overwrite what is recorded here.
        release(*it);
        it->attempt->cancel();
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
    const bool done = m_attempts->waitForDone(0);  // does not block
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
    m_running.clear();  // an attempt still going is kept alive by whoever runs it
    emit shutdownFinished(clean);
}

void JobQueue::shutdown(int boundMs)
{
    beginShutdown(boundMs);
    const bool done = m_attempts->waitForDone(std::max(0, boundMs));
    endShutdown(done);
    if (!done)
        m_attempts->abandon();  // never joined: the exit cannot hang on a worker
}

}  // namespace tunedrop
