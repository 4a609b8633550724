// What the attempts report, applied to their jobs on the queue's thread; and the time limits.
// An attempt reports through its Attempt signals only (wherever it runs); the queue never
// reaches into it beyond start/cancel/pause.
#include "JobQueue.h"

#include "JobOutcome.h"
#include "QueueStore.h"
#include "TimeLimits.h"

#include <algorithm>

namespace tunedrop {

void JobQueue::connectReports(Attempt *attempt, const QUuid &id, quint64 serial)
{
    // Queued even when the attempt lives on this thread (a fake, a remote handle): a report
    // never re-enters the queue from inside one of its own calls.
    const auto q = Qt::QueuedConnection;
    connect(attempt, &Attempt::stateChanged, this, [this, id, serial](JobState s) { onStateChanged(id, serial, s); }, q);
    connect(attempt, &Attempt::progressed, this,
            [this, id, serial](const AttemptProgress &p) { onProgressed(id, serial, p); }, q);
    connect(attempt, &Attempt::metadataResolved, this,
            [this, id, serial](const TrackMetadata &m, const QString &site, const QString &thumb, double duration) {
                onMetadata(id, serial, m, site, thumb, duration);
            }, q);
    connect(attempt, &Attempt::partFileCreated, this,
            [this, id, serial](const QString &path) { onPartFile(id, serial, path); }, q);
    connect(attempt, &Attempt::playlistExpanded, this,
            [this, id, serial](const QString &title, const QList<PlaylistEntry> &entries) {
                onPlaylist(id, serial, title, entries);
            }, q);
    connect(attempt, &Attempt::signInRefreshed, this, &JobQueue::onSignInRefreshed, q);
    connect(attempt, &Attempt::finished, this,
            [this, id, serial](const RunOutcome &outcome) { onFinished(id, serial, outcome); }, q);
}

Job *JobQueue::reporting(const QUuid &id, quint64 serial)
{
    const auto r = m_running.constFind(id);
    if (r == m_running.cend() || r->serial != serial || r->released)
        return nullptr;  // a report from an attempt the queue let go of, still on its way
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &*it;
}

void JobQueue::release(Running &running)
{
    // Disconnecting stops new reports; the serial check in reporting() catches those that
    // were already queued.
    running.released = true;
    if (running.limits)
        running.limits->stop();
    running.attempt->disconnect(this);
}

void JobQueue::onStateChanged(const QUuid &id, quint64 serial, JobState state)
{
    if (Job *job = reporting(id, serial)) {
        job->state = state;
        commit(*job);
    }
}

void JobQueue::onProgressed(const QUuid &id, quint64 serial, const AttemptProgress &p)
{
    Job *job = reporting(id, serial);
    if (!job)
        return;
    job->progress = p.fraction;
    if (p.bytesDone >= 0) {
        job->bytesDone = p.bytesDone;
        job->bytesTotal = p.bytesTotal;
        job->speed = job->paused ? 0 : p.speed;  // a report sent just before the pause took hold
    }
    // ETA from the fraction done so far (paused time left out); unknown until a little progress
    // exists, and while paused.
    const qint64 elapsed = job->startedAt.msecsTo(m_clock->now()) - p.pausedMs;
    job->etaSeconds = p.fraction > 0.02 && !job->paused
        ? int(double(elapsed) * (1.0 - p.fraction) / p.fraction / 1000.0)
        : -1;
    announce(*job);  // progress is not persisted: it restarts with the attempt anyway
}

void JobQueue::onMetadata(const QUuid &id, quint64 serial, const TrackMetadata &m, const QString &site,
                          const QString &thumb, double duration)
{
    Job *job = reporting(id, serial);
    if (!job)
        return;
    job->title = m.title;
    job->artist = m.artist;
    job->album = m.album;
    job->site = site;
    job->thumbnailUrl = thumb;
    job->durationSeconds = duration;
    commit(*job);
}

void JobQueue::onPartFile(const QUuid &id, quint64 serial, const QString &path)
{
    if (Job *job = reporting(id, serial)) {
        job->partPath = path;
        m_store->save(*job);
    }
}

// A playlist becomes one child job per entry (the attempt already applied the limit); the
// entries are web links like any other, checked and de-duplicated by add().
void JobQueue::onPlaylist(const QUuid &id, quint64 serial, const QString &title, const QList<PlaylistEntry> &entries)
{
    Job *job = reporting(id, serial);
    if (!job)
        return;
    job->title = title.isEmpty() ? tr("Playlist") : title;
    const QString outputDir = job->outputDir;
    const bool blockLocalHosts = job->blockLocalHosts;  // `job` does not survive the adds below
    m_store->save(*job);
    for (const PlaylistEntry &entry : entries) {
        const AddResult added = add(entry.url, AddOptions{outputDir, false, blockLocalHosts});
        if (auto child = m_jobs.find(added.id); child != m_jobs.end() && !added.duplicate) {
            child->parentId = id;
            if (child->title.isEmpty())
                child->title = entry.title;
            commit(*child);
        }
    }
}

void JobQueue::onSignInRefreshed(const QByteArray &cookiesTxt)
{
    if (m_config.signIn.fileContent.isEmpty())
        return;  // forgotten meanwhile: do not bring them back
    m_config.signIn.fileContent = cookiesTxt;
    emit signInRefreshed(cookiesTxt);
}

void JobQueue::onFinished(const QUuid &id, quint64 serial, const RunOutcome &outcome)
{
    auto runningIt = m_running.find(id);
    if (runningIt == m_running.end() || runningIt->serial != serial || runningIt->released)
        return;
    JobOutcome::Context context;
    context.timedOut = runningIt->timedOut;
    context.userCancelled = runningIt->userCancelled;
    context.hardTimeLimitSeconds = m_config.hardTimeLimitSeconds;
    context.retry = retryPolicy();
    context.now = m_clock->now();
    release(*runningIt);
    m_running.erase(runningIt);
    if (auto it = m_jobs.find(id); it != m_jobs.end()) {
        JobOutcome::apply(*it, outcome, context);
        commit(*it);
    }
    schedule();
}

void JobQueue::onSoftLimit(const QUuid &id)
{
    if (auto it = m_jobs.find(id); it != m_jobs.end()) {
        it->warning = tr("This is taking longer than %n minute(s).", nullptr,
                         std::max(1, m_config.softTimeLimitSeconds / 60));
        commit(*it);
    }
}

void JobQueue::onHardLimit(const QUuid &id)
{
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->timedOut = true;
        it->attempt->cancel();  // finished() follows, cancelled: recorded as timed out
    }
}

}  // namespace tunedrop
