#pragma once

#include "Attempt.h"
#include "transcode/PauseGate.h"

#include <QMutex>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThreadPool;

namespace tunedrop {

struct ClassifiedInput;
class GuardedProxy;
class HttpDownloader;
class Transcoder;
struct TranscodeRequest;

// Attempts doing work right now on one LocalAttemptFactory's workers, and the most at once:
// how the tests see the workers bound from the workers' side. Shared with the runners, so a
// runner left behind by a shutdown still counts itself out.
struct AttemptCounters {
    std::atomic_int active{0};
    std::atomic_int peak{0};
};

// One attempt at one job, on a worker thread of its factory's pool (LocalAttemptFactory):
// classify the input, resolve it with yt-dlp when needed, download (streamed straight into the
// transcoder when the format allows), convert. Reports through Attempt's signals, emitted on
// the worker thread; the queue receives them queued on its own.
class JobRunner : public Attempt, public std::enable_shared_from_this<JobRunner> {
    Q_OBJECT
public:
    // `pool` runs it once start() is called; `counters` (optional) count it while it works.
    JobRunner(Job job, RunnerConfig config, QThreadPool *pool = nullptr,
              std::shared_ptr<AttemptCounters> counters = {});
    ~JobRunner() override;

    void start() override;  // on the pool; the task keeps the runner alive until run() returns
    void run();             // the attempt itself, on the calling thread
    void cancel() override;  // any thread; takes effect within a second, paused or not
    // "Pause Queue", any thread: the download closes its connection (resumed with Range), a
    // yt-dlp child is stopped (SIGSTOP/SIGCONT) and the encoder waits at the gate.
    void setPaused(bool paused) override;
    bool isPaused() const { return m_gate.isPaused(); }
    qint64 pausedMs() const { return m_gate.pausedMs(); }  // paused time of this attempt so far
    QUuid jobId() const { return m_job.id; }

private:
    RunOutcome execute();
    RunOutcome executeInput(const ClassifiedInput &input);
    std::optional<RunOutcome> refusedHost(const QString &url);  // web links into this machine
    // A failed web job whose proxy refused a connection: the refusal is the reason.
    static void explainRefusals(RunOutcome &outcome, const GuardedProxy &proxy);
    RunOutcome viaYtDlp(const QString &url);
    RunOutcome transcode(TranscodeRequest &request);
    RunOutcome downloadAndTranscode(const QString &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                    const TrackMetadata &metadata);
    TranscodeRequest baseRequest(const QString &input, const TrackMetadata &metadata);
    void reportProgress(double progress, qint64 done, qint64 total, double speed, bool force = false);
    void setState(JobState state);

    Job m_job;
    RunnerConfig m_config;
    QThreadPool *m_pool;
    std::shared_ptr<AttemptCounters> m_counters;
    std::atomic_bool m_cancel{false};
    PauseGate m_gate;
    QMutex m_mutex;  // guards the two pointers below against cancel() and setPaused() from another thread
    Transcoder *m_transcoder = nullptr;
    HttpDownloader *m_downloader = nullptr;
    GuardedProxy *m_proxy = nullptr;  // a web job's connections go through it (execute())
    qint64 m_lastProgressMs = -1;
    JobState m_state = JobState::Queued;
};

}  // namespace tunedrop

