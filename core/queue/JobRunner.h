#pragma once

#include "Job.h"
#include "source/CookieFile.h"
#include "source/YtDlp.h"
#include "transcode/EncoderSettings.h"
#include "transcode/PauseGate.h"
#include "transcode/TrackMetadata.h"
#include "transcode/TranscodeError.h"

#include <QMutex>
#include <QObject>
#include <QRunnable>
#include <QStringList>

#include <atomic>
#include <optional>

namespace tunedrop {

struct ClassifiedInput;
class GuardedProxy;
class HttpDownloader;
class Transcoder;
struct TranscodeRequest;

struct RunnerConfig {
    EncoderSettings encoder;
    QString ytDlpPath;          // empty: yt-dlp on PATH
    SignInCookies signIn;       // written to a private file only while yt-dlp runs
    QString workDir;            // private folder for this attempt's downloads (removed after)
    QString fileNameTemplate;   // e.g. "{title}"
    int playlistLimit = 200;
    qint64 maxDownloadBytes = qint64(2) * 1024 * 1024 * 1024;
    int networkTimeoutMs = 30000;
    bool yieldToInterface = false;  // lower this worker thread's priority (a window is open)
};

// How one attempt ended.
struct RunOutcome {
    TranscodeError error;
    QString outputPath;
    QString warning;
    TrackMetadata tags;         // what the MP3 was tagged with (title, artist, ...)
    double durationSeconds = 0; // audio converted (the row shows it; yt-dlp's may be unknown)
    int retryAfterMs = 0;       // the server asked us to wait (429/503)
    QString sourceId;           // what yt-dlp resolved the link to, "<extractor>:<id>"
    bool expandedPlaylist = false;
};

// One attempt at one job, on a worker thread: classify the input, resolve it with yt-dlp when
// needed, download (streamed straight into the transcoder when the format allows), convert.
// Reports through signals, which reach the queue queued on its own thread.
class JobRunner : public QObject, public QRunnable {
    Q_OBJECT
public:
    JobRunner(Job job, RunnerConfig config);
    ~JobRunner() override;

    void run() override;
    void cancel();  // any thread; takes effect within a second, paused or not
    // "Pause Queue", any thread: the download closes its connection (resumed with Range), a
    // yt-dlp child is stopped (SIGSTOP/SIGCONT) and the encoder waits at the gate.
    void setPaused(bool paused);
    bool isPaused() const { return m_gate.isPaused(); }
    qint64 pausedMs() const { return m_gate.pausedMs(); }  // paused time of this attempt so far
    QUuid jobId() const { return m_job.id; }

    // Instrumentation for the worker bound: attempts doing work right now, and the peak.
    static int activeCount();
    static int peakActiveCount();
    static void resetPeak();

signals:
    void stateChanged(const QUuid &id, tunedrop::JobState state);
    void progressed(const QUuid &id, double progress, qint64 bytesDone, qint64 bytesTotal, double speed);
    void metadataResolved(const QUuid &id, const tunedrop::TrackMetadata &metadata, const QString &site,
                          const QString &thumbnailUrl, double durationSeconds);
    void partFileCreated(const QUuid &id, const QString &path);
    void playlistExpanded(const QUuid &id, const QString &title, const QList<tunedrop::PlaylistEntry> &entries);
    void finished(const QUuid &id, const tunedrop::RunOutcome &outcome);
    void signInRefreshed(const QByteArray &cookiesTxt);  // yt-dlp saved refreshed sign-in cookies

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

Q_DECLARE_METATYPE(tunedrop::JobState)
Q_DECLARE_METATYPE(tunedrop::RunOutcome)
Q_DECLARE_METATYPE(tunedrop::TrackMetadata)
Q_DECLARE_METATYPE(tunedrop::PlaylistEntry)
