#pragma once

#include "queue/AttemptFactory.h"
#include "queue/QueueClock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace tunedrop::test {

class FakeAttemptFactory;

// What one fake attempt does. Runs on the test's thread with timers: no FFmpeg, no network.
struct FakeScript {
    enum class End {
        Succeed,        // writes a small file into the job's folder and reports it as the MP3
        FailTransient,  // network error: retried by the queue's policy
        FailPermanent,  // not found: fails at once
        Hang,           // works until cancelled
        Playlist,       // expands into `entries`
    };
    End end = End::Succeed;
    int runMs = 0;                 // real time at work before the end; paused time does not count
    JobState workState = JobState::Converting;  // reported at the start
    int progressReports = 0;       // spread over runMs, each with bytes and a speed
    bool ignoresCancel = false;    // keeps working `lingerMs` after cancel() (the shutdown bound)
    int lingerMs = 0;
    int retryAfterMs = 0;          // the "server" asks for this wait (FailTransient)
    QString playlistTitle;
    QList<PlaylistEntry> entries;
};

// One attempt as the queue sees it (start, cancel, pause, reports), played from a FakeScript.
class FakeAttempt : public Attempt {
    Q_OBJECT
public:
    FakeAttempt(FakeAttemptFactory &factory, Job job, FakeScript script);
    ~FakeAttempt() override;

    void start() override;
    void cancel() override;
    void setPaused(bool paused) override;

    const Job &job() const { return m_job; }
    bool isPaused() const { return m_paused; }
    bool isCancelled() const { return m_cancelled; }
    bool hasEnded() const { return m_ended; }
    int pauseCalls() const { return m_pauseCalls; }
    void reportProgress(double fraction);     // one progress report now
    void succeedNow() { end(JobState::Done); }

private:
    void tick();
    void end(JobState how);  // Done, Failed (per script) or Cancelled
    void endWithScript();

    FakeAttemptFactory &m_factory;
    Job m_job;
    FakeScript m_script;
    QTimer m_work;       // the run's end
    QTimer m_progress;   // the progress reports
    int m_workLeftMs = -1;  // while paused
    int m_reports = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_ended = false;
    int m_pauseCalls = 0;
    QElapsedTimer m_pausedSince;
    qint64 m_pausedMs = 0;
};

// The tests' AttemptFactory: plays each attempt from `script(job)` (the job's `attempts` says
// which attempt it is) and records what the queue asked for.
class FakeAttemptFactory : public AttemptFactory {
public:
    struct Start {
        QUuid id;
        int attempt = 0;
        QDateTime at;  // the queue clock's time (set `clock`)
    };

    std::function<FakeScript(const Job &job)> script = [](const Job &) { return FakeScript{}; };
    const QueueClock *clock = nullptr;

    std::shared_ptr<Attempt> create(const Job &job, const RunnerConfig &config) override;
    void setWorkers(int workers) override { m_workers = workers; }
    int activeCount() const override { return m_active; }
    bool waitForDone(int ms) override;  // processes events while it waits, like a worker ending
    void abandon() override { ++m_abandoned; }

    int workers() const { return m_workers; }
    int peakActiveCount() const { return m_peak; }
    void resetPeak() { m_peak = m_active; }
    int abandonedCount() const { return m_abandoned; }
    const QList<Start> &starts() const { return m_starts; }
    QList<QUuid> startOrder() const;
    int attemptsOf(const QUuid &id) const;
    QDateTime lastEndOf(const QUuid &id) const { return m_ends.value(id); }
    FakeAttempt *current(const QUuid &id) const;  // the job's latest attempt, if still alive
    RunnerConfig lastConfig() const { return m_lastConfig; }

private:
    friend class FakeAttempt;
    void started(const FakeAttempt &attempt);
    void ended(const FakeAttempt &attempt);

    int m_workers = 0;
    int m_active = 0;
    int m_peak = 0;
    int m_abandoned = 0;
    QList<Start> m_starts;
    QHash<QUuid, QDateTime> m_ends;
    QHash<QUuid, std::weak_ptr<Attempt>> m_latest;
    RunnerConfig m_lastConfig;
    // Like the pool's tasks, the factory keeps every attempt alive until its end and beyond:
    // one the queue let go of (removed, shut down) still runs to its end.
    QList<std::shared_ptr<FakeAttempt>> m_all;
};

}  // namespace tunedrop::test
