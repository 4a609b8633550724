// JobQueue: its jobs, add(), scheduling and starting attempts. The attempts' reports are in
// JobQueueReports.cpp, the commands in JobQueueCommands.cpp, the shutdown in JobQueueShutdown.cpp.
#include "JobQueue.h"

#include "QueueRecovery.h"
#include "QueueStore.h"
#include "ReuseCheck.h"
#include "TimeLimits.h"
#include "source/UrlClassifier.h"

#include <QDir>
#include <QThread>

#include <algorithm>

namespace tunedrop {

JobQueue::JobQueue(QueueStore *store, std::unique_ptr<AttemptFactory> attempts, QueueConfig config,
                   const QueueClock *clock, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_attempts(std::move(attempts)),
      m_config(std::move(config)),
      m_clock(clock ? clock : &QueueClock::system())
{
    Attempt::registerTypes();
    m_workers = m_config.workers > 0 ? std::clamp(m_config.workers, 1, 16) : defaultWorkers();
    m_attempts->setWorkers(m_workers);
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
    return m_workers;
}

void JobQueue::setWorkers(int workers)
{
    // Running jobs carry on; the new bound applies as slots free up.
    m_workers = std::clamp(workers, 1, 16);
    m_attempts->setWorkers(m_workers);
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
    const QList<Job> jobs = QueueRecovery::recover(*m_store, retryPolicy().maxAttempts(),
                                                   std::max(0, m_config.residentFinished));
    m_maxPosition = std::max(m_maxPosition, m_store->maxPosition());  // the history's too
    for (const Job &job : jobs)
        keep(job);
    QueueRecovery::sweep(m_config, jobs);
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
    // The resident copies, and the finished jobs only the store holds (an index lookup).
    QList<const Job *> sameKey;
    for (const QUuid &existing : m_keys.values(key))
        sameKey << &m_jobs[existing];
    QList<Job> stored = m_store->loadByKey(key);
    stored.erase(std::remove_if(stored.begin(), stored.end(), [this](const Job &j) { return m_jobs.contains(j.id); }),
                 stored.end());
    for (const Job &j : std::as_const(stored))
        sameKey << &j;
    const ReuseCheck::Match match = ReuseCheck::duplicateOf(sameKey, c, outputDir, m_config.encoder.key(),
                                                            options.convertAgain);
    if (!match.id.isNull()) {
        result.id = match.id;
        result.duplicate = true;
        result.alreadyConverted = match.alreadyConverted;
        return result;
    }
    Job job;
    job.id = QUuid::createUuid();
    job.input = input.trimmed();
    job.key = key;
    job.outputDir = outputDir;
    job.maxAttempts = retryPolicy().maxAttempts();
    job.blockLocalHosts = options.blockLocalHosts;
    job.position = nextPosition();
    job.addedAt = m_clock->now();
    job.revision = ++m_revision;
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
        const QueueStore::Batch batch(*m_store);
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
    if (it != m_jobs.cend())
        return *it;
    return id.isNull() ? std::nullopt : m_store->load(id);
}

QList<Job> JobQueue::jobsFor(const QString &input) const
{
    const ClassifiedInput c = UrlClassifier::classify(input);
    const QString key = c.kind == ClassifiedInput::Kind::LocalFile ? c.localPath : c.url;
    QList<Job> found = m_store->loadByKey(key);
    for (Job &j : found)
        if (const auto it = m_jobs.constFind(j.id); it != m_jobs.cend())
            j = *it;
    for (const QUuid &id : m_keys.values(key))  // resident and not stored yet: none, normally
        if (std::none_of(found.cbegin(), found.cend(), [&id](const Job &j) { return j.id == id; }))
            found << m_jobs.value(id);
    return found;
}

Job *JobQueue::resident(const QUuid &id)
{
    if (const auto it = m_jobs.find(id); it != m_jobs.end())
        return &*it;
    if (id.isNull())
        return nullptr;
    std::optional<Job> stored = m_store->load(id);
    if (!stored)
        return nullptr;
    stored->maxAttempts = retryPolicy().maxAttempts();
    keep(*stored);
    return &m_jobs[id];
}

void JobQueue::keep(const Job &job)
{
    m_jobs.insert(job.id, job);
    m_keys.insert(job.key, job.id);
    m_maxPosition = std::max(m_maxPosition, job.position);
}

JobPage JobQueue::page(const JobPageQuery &query) const
{
    JobPage page = m_store->loadPage(query);
    for (Job &j : page.jobs)
        if (const auto it = m_jobs.constFind(j.id); it != m_jobs.cend())
            j = *it;
    return page;
}

QList<Job> JobQueue::purgeCandidates(const QDateTime &finishedBy) const
{
    QList<Job> found = m_store->loadPurgeCandidates(finishedBy, -1);
    for (Job &j : found)
        if (const auto it = m_jobs.constFind(j.id); it != m_jobs.cend())
            j = *it;
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
    job.maxAttempts = retryPolicy().maxAttempts();  // what "attempt 2 of 4" counts against
    m_store->save(job);
    announce(job);
}

void JobQueue::announce(Job &job)
{
    job.revision = ++m_revision;
    emit jobChanged(job);
}

void JobQueue::schedule()
{
    if (m_paused || m_shuttingDown)
        return;
    const QDateTime now = m_clock->now();
    const int free = m_workers - int(m_running.size());
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
    m_retryTimer.start(m_clock->timerMs(std::max<qint64>(0, m_clock->now().msecsTo(earliest))));
}

RunnerConfig JobQueue::runnerConfig(const Job &job) const
{
    RunnerConfig config;
    config.encoder = m_config.encoder;
    config.ytDlpPath = m_config.ytDlpPath;
    config.signIn = m_config.signIn;
    config.workDir = workDirFor(job.id);
    config.fileNameTemplate = m_config.fileNameTemplate;
    config.playlistLimit = m_config.playlistLimit;
    config.maxDownloadBytes = m_config.maxDownloadBytes;
    config.yieldToInterface = m_config.yieldToInterface;
    return config;
}

void JobQueue::start(Job &job)
{
    ++job.attempts;
    job.state = JobState::Resolving;
    job.progress = 0;
    job.retryAt = QDateTime();
    job.startedAt = m_clock->now();
    // What this attempt starts from and encodes with: a later add() of the same input reuses
    // its MP3 only while both still hold (ReuseCheck).
    job.encoderKey = m_config.encoder.key();
    ReuseCheck::recordInput(job, UrlClassifier::classify(job.input));

    Running running;
    running.attempt = m_attempts->create(job, runnerConfig(job));
    running.serial = ++m_nextSerial;
    connectReports(running.attempt.get(), job.id, running.serial);
    const QUuid id = job.id;
    const auto limitMs = [this](int seconds) { return seconds > 0 ? std::max(1, m_clock->timerMs(qint64(seconds) * 1000)) : 0; };
    if (m_config.softTimeLimitSeconds > 0 || m_config.hardTimeLimitSeconds > 0)
        running.limits = std::make_shared<TimeLimits>(
            limitMs(m_config.softTimeLimitSeconds), limitMs(m_config.hardTimeLimitSeconds),
            [this, id] { onSoftLimit(id); }, [this, id] { onHardLimit(id); });
    const std::shared_ptr<Attempt> attempt = running.attempt;
    m_running.insert(id, std::move(running));
    commit(job);
    attempt->start();
}

}  // namespace tunedrop
