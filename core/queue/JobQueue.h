#pragma once

#include "AttemptFactory.h"
#include "Job.h"
#include "JobPage.h"
#include "QueueClock.h"
#include "RetryPolicy.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace tunedrop {

class QueueStore;
class TimeLimits;

struct QueueConfig {
    int workers = 0;                  // 0 = QThread::idealThreadCount()
    EncoderSettings encoder;
    QString defaultOutputDir;
    QString workRoot;                 // per-attempt download folders live below it
    QString ytDlpPath;
    SignInCookies signIn;             // cookies for yt-dlp; signIn.privateDir is swept at restore()
    QString fileNameTemplate = QStringLiteral("{title}");
    int maxRetries = 3;               // automatic retries of transient failures
    int retryBaseDelayMs = 2000;      // back-off: base, 2 x base, 4 x base
    int softTimeLimitSeconds = 0;     // 0 = none; past it the job carries a warning
    int hardTimeLimitSeconds = 0;     // 0 = none; past it the attempt stops (timed out, retried)
    int playlistLimit = 200;
    qint64 maxDownloadBytes = qint64(2) * 1024 * 1024 * 1024;
    // With a window: worker threads run at a lower priority so the interface never stutters.
    // Headless, nothing competes and full speed wins.
    bool yieldToInterface = false;
    // Finished jobs kept in memory from the start (the newest ones); older ones stay in the
    // store and are read from it when asked for (issue 14: start-up flat in history length).
    int residentFinished = 500;
};

struct AddOptions {
    QString outputDir;                // empty: the queue's default
    bool allowLocalFiles = true;      // false for web submissions
    bool blockLocalHosts = false;     // web submissions: no links into this machine
    bool convertAgain = false;        // never hand back a finished job's MP3 ("Convert Again")
};

struct AddResult {
    QUuid id;                 // null when refused
    bool duplicate = false;   // an existing job was returned
    // ... and it is a finished one whose MP3 still fits (ReuseCheck): the window offers
    // "open it / convert again". Otherwise the duplicate is still queued or running.
    bool alreadyConverted = false;
    QString error;            // why it was refused (translated)
};

// The Celery + Redis of the old stack: the jobs' state machine and scheduler. Owns the live
// copy of every unfinished job and of the newest finished ones (QueueConfig::residentFinished);
// the rest of the history stays in the store, which answers job(), duplicates, pin, remove,
// Clear Finished, the purge's candidates and pages for it. Persists through a QueueStore (the SQLite JobStore); asks an
// AttemptFactory for one attempt at a time per job (LocalAttemptFactory: a JobRunner on a
// QThreadPool) and applies what the attempts report. Starts at most `workers` attempts, in queue
// order, with retries (RetryPolicy), time limits (TimeLimits), duplicate suppression
// (ReuseCheck), pause/resume and priorities. Lives on the main thread; observers get job
// snapshots through signals (progress throttled to ~10 updates/s per job by the attempts).
class JobQueue : public QObject {
    Q_OBJECT
public:
    // `store` outlives the queue; `clock` too when given (null: the system clock).
    JobQueue(QueueStore *store, std::unique_ptr<AttemptFactory> attempts, QueueConfig config,
             const QueueClock *clock = nullptr, QObject *parent = nullptr);
    ~JobQueue() override;

    // Loads persisted jobs; jobs interrupted by a crash or shutdown are queued again and
    // their leftovers (.part file, download folder) removed. Then starts working.
    void restore();

    AddResult add(const QString &input, const AddOptions &options = {});
    QList<AddResult> addMany(const QStringList &inputs, const AddOptions &options = {});
    bool cancel(const QUuid &id);
    bool retry(const QUuid &id);
    bool remove(const QUuid &id, bool deleteFile = false);
    // Pinned jobs keep their file forever (the retention purge skips them).
    bool setPinned(const QUuid &id, bool pinned);
    // The purge deleted (or found gone) the job's file.
    bool markExpired(const QUuid &id);
    bool moveUp(const QUuid &id);
    bool moveDown(const QUuid &id);
    // Pause stops running work where it is (downloads, yt-dlp, encoding; see JobRunner::
    // setPaused) and starts nothing new; their time limits stand still. Resume goes on.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    void setWorkers(int workers);
    int workers() const;
    // The revision of the latest change announced: a snapshot of jobs() taken now is at least
    // this new; a job copy with a higher revision came after it.
    quint64 revision() const { return m_revision; }
    void setEncoder(const EncoderSettings &encoder) { m_config.encoder = encoder; }
    // Settings changed while running: new values apply to jobs that start from now on.
    void setConfig(const QueueConfig &config);
    const QueueConfig &config() const { return m_config; }

    // Any job, in memory or only in the store.
    std::optional<Job> job(const QUuid &id) const;
    // Jobs for the same link or file (duplicate detection's key), any state, in the store too.
    QList<Job> jobsFor(const QString &input) const;
    // The resident jobs in queue order: every unfinished one and the newest finished ones
    // (plus older ones a command brought back). The whole history: page().
    QList<Job> jobs() const;
    // One page of the whole history from the store, newest end first (JobPageQuery); the
    // resident jobs' live copies (progress, pause) stand in for their records.
    JobPage page(const JobPageQuery &query) const;
    // Done jobs with a file, unpinned, finished at `finishedBy` or before, the oldest first: what
    // the retention purge considers (from the store: the old ones are rarely in memory).
    QList<Job> purgeCandidates(const QDateTime &finishedBy) const;
    // Clear Finished: how many done or expired jobs there are, and how many of them are pinned.
    struct FinishedCount {
        int total = 0;
        int pinned = 0;
    };
    FinishedCount finishedCount() const;
    // Removes every done or expired job (files stay), pinned ones too unless `keepPinned`;
    // returns how many went.
    int clearFinished(bool keepPinned);
    QList<QUuid> childrenOf(const QUuid &playlistId) const;
    int runningCount() const { return int(m_running.size()); }
    const AttemptFactory &attempts() const { return *m_attempts; }
    RetryPolicy retryPolicy() const { return {m_config.maxRetries, m_config.retryBaseDelayMs}; }
    bool isIdle() const;      // nothing running and nothing runnable

    // The end of a session, in order and without blocking the event loop: stops starting work
    // and the retry timer, cancels the running attempts and records them as queued at once
    // (they resume on the next start, even after a kill), then waits for the workers while the
    // loop keeps running. shutdownFinished(true) follows when they are done, or
    // shutdownFinished(false) once `boundMs` passed: the state is recorded either way. Jobs
    // added meanwhile are kept for the next start, not run. A second call changes nothing
    // (shutdownFinished comes again when it is over).
    void shutdownAsync(int boundMs = kShutdownBoundMs);
    // The same steps, then waits on the calling thread for workers still running, at most
    // `boundMs` from now (also after a shutdownAsync() that gave up). The destructor calls it;
    // workers still running after that are left to end on their own (their pool is abandoned,
    // never joined), so the exit cannot hang on one.
    void shutdown(int boundMs = kShutdownBoundMs);
    bool isShuttingDown() const { return m_shuttingDown; }
    static constexpr int kShutdownBoundMs = 10000;

    static int defaultWorkers();

signals:
    void jobAdded(const tunedrop::Job &job);
    void jobChanged(const tunedrop::Job &job);
    void jobRemoved(const QUuid &id);
    void pausedChanged(bool paused);
    void idle();
    // A run's yt-dlp saved refreshed sign-in cookies; the next runs already get them. The owner
    // of the keychain copy (the composition root) stores them.
    void signInRefreshed(const QByteArray &cookiesTxt);
    // shutdownAsync() is over: clean when every worker ended within the bound.
    void shutdownFinished(bool clean);

private:
    // The queue's side of one attempt in progress. `serial` tells its reports from those of an
    // attempt the queue already let go of (removed, shut down) that were still on their way.
    struct Running {
        std::shared_ptr<Attempt> attempt;
        quint64 serial = 0;
        std::shared_ptr<TimeLimits> limits;
        bool timedOut = false;
        bool userCancelled = false;
        bool released = false;  // let go of (shutdown): reports already on their way are ignored
    };
    void setRunningPaused(bool paused);
    void release(Running &running);  // stops its limits and stops hearing from it

    void schedule();
    void start(Job &job);
    RunnerConfig runnerConfig(const Job &job) const;
    void connectReports(Attempt *attempt, const QUuid &id, quint64 serial);
    Job *reporting(const QUuid &id, quint64 serial);  // the job, if this attempt is still its own
    void onStateChanged(const QUuid &id, quint64 serial, JobState state);
    void onProgressed(const QUuid &id, quint64 serial, const AttemptProgress &progress);
    void onMetadata(const QUuid &id, quint64 serial, const TrackMetadata &m, const QString &site,
                    const QString &thumb, double duration);
    void onPartFile(const QUuid &id, quint64 serial, const QString &path);
    void onPlaylist(const QUuid &id, quint64 serial, const QString &title, const QList<PlaylistEntry> &entries);
    void onSignInRefreshed(const QByteArray &cookiesTxt);
    void onFinished(const QUuid &id, quint64 serial, const RunOutcome &outcome);
    void onSoftLimit(const QUuid &id);
    void onHardLimit(const QUuid &id);
    void commit(Job &job);  // persist + notify
    void announce(Job &job);  // notify only (progress, pause): stamped with a new revision
    void armRetryTimer();
    QList<Job *> ordered();
    Job *resident(const QUuid &id);  // the live copy, read from the store into memory if need be
    void keep(const Job &job);       // makes `job` resident
    Job *live(const QUuid &id, std::optional<Job> &stored);  // the resident copy, or `stored`'s
    int nextPosition() const;
    QString workDirFor(const QUuid &id) const;
    void beginShutdown(int boundMs);   // the ordered steps; once
    void pollShutdown();               // the workers are done, or the bound passed
    void endShutdown(bool clean);

    QueueStore *m_store;
    std::unique_ptr<AttemptFactory> m_attempts;
    QueueConfig m_config;
    const QueueClock *m_clock;
    int m_workers = 1;
    QHash<QUuid, Job> m_jobs;
    QMultiHash<QString, QUuid> m_keys;  // normalised input -> jobs, for duplicate checks
    int m_maxPosition = 0;
    bool m_inBatch = false;
    QHash<QUuid, Running> m_running;
    quint64 m_nextSerial = 0;
    quint64 m_revision = 0;
    QTimer m_retryTimer;
    QTimer m_shutdownPoll;
    QDeadlineTimer m_shutdownDeadline;
    bool m_paused = false;
    bool m_shuttingDown = false;
    bool m_shutdownEnded = false;
    bool m_shutdownClean = false;
};

}  // namespace tunedrop
