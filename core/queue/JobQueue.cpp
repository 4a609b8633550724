#include "JobQueue.h"

#include "JobStore.h"
#include "ReuseCheck.h"
#include "library/FileIdentity.h"
#include "library/OutputFile.h"
#include "source/UrlClassifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace tunedrop {

JobQueue::JobQueue(JobStore *store, QueueConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_config(std::move(config))
{
    m_pool->setMaxThreadCount(m_config.workers > 0 ? std::clamp(m_config.workers, 1, 16) : defaultWorkers());
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &JobQueue::schedule);
    m_shutdownPoll.setInterval(20);
    connect(&m_shutdownPoll, &QTimer::timeout, this, &JobQueue::pollShutdown);
}

JobQueue::~JobQueue()
{
    blockSignals(true);  // nobody hears from a queue that is going away
    shutdown();
}

int JobQueue::defaultWorkers()
{
    return std::clamp(QThread::idealThreadCount(), 1, 16);
}

int JobQueue::workers() const
{
    return m_pool->maxThreadCount();
}

void JobQueue::setWorkers(int workers)
{
    // Running jobs carry on; the new bound applies as slots free up.
    m_pool->setMaxThreadCount(std::clamp(workers, 1, 16));
    schedule();
}

void JobQueue::setConfig(const QueueConfig &config)
{
    const QString workRoot = m_config.workRoot;  // fixed for the queue's life: restore() owns it
    m_config = config;
    m_config.workRoot = workRoot;
    setWorkers(config.workers > 0 ? config.workers : defaultWorkers());
}

QString JobQueue::workDirFor(const QUuid &id) const
{
    return QDir(m_config.workRoot).filePath(id.toString(QUuid::WithoutBraces));
}

void JobQueue::restore()
{
    for (Job job : m_store->loadAll()) {
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
        job.maxAttempts = m_config.maxRetries + 1;
        m_jobs.insert(job.id, job);
        m_keys.insert(job.key, job.id);
        m_maxPosition = std::max(m_maxPosition, job.position);
        if (changed)
            m_store->save(job);
    }
    if (!m_config.workRoot.isEmpty())
        QDir(m_config.workRoot).removeRecursively();  // no attempt is running yet
    if (!m_config.signIn.privateDir.isEmpty())
        CookieFileLease::sweep(m_config.signIn.privateDir);  // a crash mid-run left cookies behind
    // A kill -9 can strike before a .part's path reached the database: sweep the folders
    // unfinished jobs write to for .part files no live process holds.
    QSet<QString> dirs{m_config.defaultOutputDir};
    for (const Job &job : std::as_const(m_jobs))
        if (!isTerminalState(job.state))
            dirs.insert(job.outputDir);
    for (const QString &dir : std::as_const(dirs))
        if (!dir.isEmpty())
            OutputFile::removeStaleParts(dir);
    schedule();
}

int JobQueue::nextPosition() const
{
    return m_maxPosition + 1;
}

AddResult JobQueue::add(const QString &input, const AddOptions &options)
{
    AddResult result;
    const ClassifiedInput c = UrlClassifier::classify(input);
    if (c.kind == ClassifiedInput::Kind::Invalid) {
        result.error = c.error;
        return result;
    }
    if (c.kind == ClassifiedInput::Kind::LocalFile && !options.allowLocalFiles) {
        result.error = tr("Local files can only be added on this computer, not from the web.");
        return result;
    }
    const QString key = c.kind == ClassifiedInput::Kind::LocalFile ? c.localPath : c.url;
    const QString outputDir = options.outputDir.isEmpty() ? m_config.defaultOutputDir : options.outputDir;
    const QString encoderKey = m_config.encoder.key();
    const QList<QUuid> sameKey = m_keys.values(key);
    // A job still queued or running for the same folder is the same request; a running one only
    // while it encodes with today's settings (a queued one picks them up when it starts).
    for (const QUuid &existing : sameKey) {
        const Job &j = m_jobs[existing];
        if (!isTerminalState(j.state) && ReuseCheck::sameFolder(j.outputDir, outputDir)
            && (!isActiveState(j.state) || j.encoderKey == encoderKey)) {
            result.id = j.id;
            result.duplicate = true;
            return result;
        }
    }
    // A finished one only while its MP3 is what converting again would make.
    if (!options.convertAgain) {
        for (const QUuid &existing : sameKey) {
            const Job &j = m_jobs[existing];
            if (ReuseCheck::verdict(j, c, outputDir, encoderKey) == ReuseCheck::Verdict::Reusable) {
                result.id = j.id;
                result.duplicate = true;
                result.alreadyConverted = true;
                return result;
            }
        }
    }
    Job job;
    job.id = QUuid::createUuid();
    job.input = input.trimmed();
    job.key = key;
    job.outputDir = outputDir;
    job.maxAttempts = m_config.maxRetries + 1;
    job.blockLocalHosts = options.blockLocalHosts;
    job.position = nextPosition();
    job.addedAt = QDateTime::currentDateTimeUtc();
    m_jobs.insert(job.id, job);
    m_keys.insert(key, job.id);
    m_maxPosition = std::max(m_maxPosition, job.position);
    m_store->save(job);
    emit jobAdded(job);
    result.id = job.id;
    if (!m_inBatch)
        schedule();
    return result;
}

QList<AddResult> JobQueue::addMany(const QStringList &inputs, const AddOptions &options)
{
    // One transaction and one scheduling pass for the lot: pasting 5,000 links stays quick.
    QList<AddResult> results;
    {
        const JobStore::Batch batch(*m_store);
        m_inBatch = true;
        for (const QString &input : inputs)
            results << add(input, options);
        m_inBatch = false;
    }
    schedule();
    return results;
}

// Queue order: position, then the order jobs were added in.
static bool runsBefore(const Job &a, const Job &b)
{
    return a.position != b.position ? a.position < b.position : a.addedAt < b.addedAt;
}

QList<Job *> JobQueue::ordered()
{
    QList<Job *> list;
    list.reserve(m_jobs.size());
    for (Job &j : m_jobs)
        list << &j;
    std::sort(list.begin(), list.end(), [](const Job *a, const Job *b) { return runsBefore(*a, *b); });
    return list;
}

QList<Job> JobQueue::jobs() const
{
    QList<Job> list = m_jobs.values();
    std::sort(list.begin(), list.end(), runsBefore);
    return list;
}

std::optional<Job> JobQueue::job(const QUuid &id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? std::nullopt : std::optional<Job>(*it);
}

QList<Job> JobQueue::jobsFor(const QString &input) const
{
    const ClassifiedInput c = UrlClassifier::classify(input);
    const QString key = c.kind == ClassifiedInput::Kind::LocalFile ? c.localPath : c.url;
    QList<Job> found;
    for (const QUuid &id : m_keys.values(key))
        found << m_jobs.value(id);
    return found;
}

QList<QUuid> JobQueue::childrenOf(const QUuid &playlistId) const
{
    QList<QUuid> ids;
    for (const Job &j : jobs())
        if (j.parentId == playlistId)
            ids << j.id;
    return ids;
}

bool JobQueue::isIdle() const
{
    if (!m_running.isEmpty())
        return false;
    return std::none_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return j.state == JobState::Queued; });
}

void JobQueue::commit(Job &job)
{
    job.maxAttempts = m_config.maxRetries + 1;  // what "attempt 2 of 4" counts against
    m_store->save(job);
    emit jobChanged(job);
}

void JobQueue::schedule()
{
    if (m_paused || m_shuttingDown)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int free = workers() - int(m_running.size());
    if (free > 0) {
        // Only the few that can start are ordered, not the whole list.
        QList<Job *> due;
        for (Job &job : m_jobs)
            if (job.state == JobState::Queued && (!job.retryAt.isValid() || job.retryAt <= now))
                due << &job;
        const auto first = [](const Job *a, const Job *b) { return runsBefore(*a, *b); };
        const qsizetype n = std::min<qsizetype>(free, due.size());
        std::partial_sort(due.begin(), due.begin() + n, due.end(), first);
        for (qsizetype i = 0; i < n; ++i)
            start(*due[i]);
    }
    armRetryTimer();
    if (isIdle())
        emit idle();
}

void JobQueue::armRetryTimer()
{
    QDateTime earliest;
    for (const Job &j : m_jobs)
        if (j.state == JobState::Queued && j.retryAt.isValid() && (!earliest.isValid() || j.retryAt < earliest))
            earliest = j.retryAt;
    if (!earliest.isValid()) {
        m_retryTimer.stop();
        return;
    }
    const qint64 ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(earliest));
    m_retryTimer.start(int(std::min<qint64>(ms, 24 * 3600 * 1000)));
}

void JobQueue::start(Job &job)
{
    ++job.attempts;
    job.state = JobState::Resolving;
    job.progress = 0;
    job.retryAt = QDateTime();
    job.startedAt = QDateTime::currentDateTimeUtc();
    // What this attempt starts from and encodes with: a later add() of the same input reuses
    // its MP3 only while both still hold (ReuseCheck).
    job.encoderKey = m_config.encoder.key();
    ReuseCheck::recordInput(job, UrlClassifier::classify(job.input));
    RunnerConfig config;
    config.encoder = m_config.encoder;
    config.ytDlpPath = m_config.ytDlpPath;
    config.signIn = m_config.signIn;
    config.workDir = workDirFor(job.id);
    config.fileNameTemplate = m_config.fileNameTemplate;
    config.playlistLimit = m_config.playlistLimit;
    config.maxDownloadBytes = m_config.maxDownloadBytes;
    config.yieldToInterface = m_config.yieldToInterface;
    auto runner = std::make_shared<JobRunner>(job, config);
    connect(runner.get(), &JobRunner::stateChanged, this, &JobQueue::onStateChanged, Qt::QueuedConnection);
    connect(runner.get(), &JobRunner::progressed, this, &JobQueue::onProgressed, Qt::QueuedConnection);
    connect(runner.get(), &JobRunner::metadataResolved, this, &JobQueue::onMetadata, Qt::QueuedConnection);
    connect(runner.get(), &JobRunner::partFileCreated, this, &JobQueue::onPartFile, Qt::QueuedConnection);
    connect(runner.get(), &JobRunner::playlistExpanded, this, &JobQueue::onPlaylist, Qt::QueuedConnection);
    connect(runner.get(), &JobRunner::finished, this, &JobQueue::onFinished, Qt::QueuedConnection);
    connect(runner.get(), &JobRunner::signInRefreshed, this, [this](const QByteArray &cookiesTxt) {
        if (m_config.signIn.fileContent.isEmpty())
            return;  // forgotten meanwhile: do not bring them back
        m_config.signIn.fileContent = cookiesTxt;
        emit signInRefreshed(cookiesTxt);
    }, Qt::QueuedConnection);

    Running running;
    running.runner = runner;
    const QUuid id = job.id;
    if (m_config.softTimeLimitSeconds > 0) {
        running.softLimit = std::make_shared<QTimer>();
        running.softLimit->setSingleShot(true);
        connect(running.softLimit.get(), &QTimer::timeout, this, [this, id] {
            if (auto it = m_jobs.find(id); it != m_jobs.end()) {
                it->warning = tr("This is taking longer than %n minute(s).", nullptr,
                                 std::max(1, m_config.softTimeLimitSeconds / 60));
                commit(*it);
            }
        });
        running.softLimit->start(m_config.softTimeLimitSeconds * 1000);
    }
    if (m_config.hardTimeLimitSeconds > 0) {
        running.hardLimit = std::make_shared<QTimer>();
        running.hardLimit->setSingleShot(true);
        connect(running.hardLimit.get(), &QTimer::timeout, this, [this, id] {
            if (auto it = m_running.find(id); it != m_running.end()) {
                it->timedOut = true;
                it->runner->cancel();
            }
        });
        running.hardLimit->start(m_config.hardTimeLimitSeconds * 1000);
    }
    m_running.insert(id, std::move(running));
    commit(job);
    // The lambda keeps the runner alive until run() has returned on the worker thread.
    m_pool->start([runner] { runner->run(); });
}

void JobQueue::onStateChanged(const QUuid &id, JobState state)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !m_running.contains(id))
        return;
    it->state = state;
    commit(*it);
}

void JobQueue::onProgressed(const QUuid &id, double progress, qint64 done, qint64 total, double speed)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !m_running.contains(id))
        return;
    it->progress = progress;
    if (done >= 0) {
        it->bytesDone = done;
        it->bytesTotal = total;
        it->speed = it->paused ? 0 : speed;  // a report sent just before the pause took hold
    }
    // ETA from the fraction done so far (paused time left out); unknown until a little progress
    // exists, and while paused.
    const qint64 elapsed = it->startedAt.msecsTo(QDateTime::currentDateTimeUtc()) - m_running[id].runner->pausedMs();
    it->etaSeconds = progress > 0.02 && !it->paused ? int(double(elapsed) * (1.0 - progress) / progress / 1000.0)
                                                    : -1;
    emit jobChanged(*it);  // progress is not persisted: it restarts with the attempt anyway
}

void JobQueue::onMetadata(const QUuid &id, const TrackMetadata &m, const QString &site, const QString &thumb,
                          double duration)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->title = m.title;
    it->artist = m.artist;
    it->album = m.album;
    it->site = site;
    it->thumbnailUrl = thumb;
    it->durationSeconds = duration;
    commit(*it);
}

void JobQueue::onPartFile(const QUuid &id, const QString &path)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->partPath = path;
    m_store->save(*it);
}

void JobQueue::onPlaylist(const QUuid &id, const QString &title, const QList<PlaylistEntry> &entries)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->title = title.isEmpty() ? tr("Playlist") : title;
    const QString outputDir = it->outputDir;
    const bool blockLocalHosts = it->blockLocalHosts;  // `it` does not survive the adds below
    m_store->save(*it);
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

void JobQueue::onFinished(const QUuid &id, const RunOutcome &outcome)
{
    auto runningIt = m_running.find(id);
    if (runningIt == m_running.end())
        return;
    const bool timedOut = runningIt->timedOut;
    const bool userCancelled = runningIt->userCancelled;
    m_running.erase(runningIt);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        schedule();
        return;
    }
    Job &job = *it;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    job.paused = false;
    job.speed = 0;
    job.etaSeconds = -1;
    job.partPath.clear();
    TranscodeError error = outcome.error;
    const int limitMinutes = std::max(1, m_config.hardTimeLimitSeconds / 60);
    if (timedOut && error.category == ErrorCategory::Cancelled)
        error = {ErrorCategory::TimedOut,
                 UserText::translate("tunedrop::JobQueue", "Stopped after %n minute(s): the time limit for one job.", nullptr,
                                     limitMinutes)};
    if (!error.isError()) {
        job.state = JobState::Done;
        job.progress = 1.0;
        job.outputPath = outcome.outputPath;
        job.warning = outcome.warning;
        job.sourceId = outcome.sourceId;
        // Remember exactly what was written: the purge deletes it only if it is still this.
        const FileIdentity written = FileIdentity::of(job.outputPath);
        job.outputSize = written.size;
        job.outputInode = written.inode;
        job.outputModified = written.modified;
        // Local files are named by their own tags only once they are read.
        if (job.title.isEmpty())
            job.title = outcome.tags.title;
        if (job.artist.isEmpty())
            job.artist = outcome.tags.artist;
        if (job.album.isEmpty())
            job.album = outcome.tags.album;
        if (job.durationSeconds <= 0)
            job.durationSeconds = outcome.durationSeconds;
        job.errorCategory = ErrorCategory::None;
        job.errorText = {};
        job.finishedAt = now;
    } else if (error.category == ErrorCategory::Cancelled && !userCancelled) {
        job.state = JobState::Queued;  // stopped by shutdown: resumes later
    } else {
        job.errorCategory = error.category;
        job.errorText = error.message;
        if (error.category == ErrorCategory::Cancelled) {
            job.state = JobState::Cancelled;
            job.finishedAt = now;
        } else if (error.isTransient() && job.attempts <= m_config.maxRetries) {
            // Exponential back-off like the original task: base, 2 x base, 4 x base.
            const qint64 backoff = qint64(m_config.retryBaseDelayMs) << std::min(job.attempts - 1, 16);
            job.state = JobState::Queued;
            job.retryAt = now.addMSecs(std::max<qint64>(backoff, outcome.retryAfterMs));
        } else {
            job.state = JobState::Failed;
            job.finishedAt = now;
        }
    }
    commit(job);
    schedule();
}

}  // namespace tunedrop
