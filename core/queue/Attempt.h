#pragma once

#include "Job.h"
#include "source/CookieFile.h"
#include "source/YtDlp.h"
#include "transcode/EncoderSettings.h"
#include "common/TrackMetadata.h"
#include "common/Error.h"

#include <QByteArray>
#include <QObject>

namespace tunedrop {

// What one attempt is given besides its job: today's settings, fixed for the attempt.
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

// How far an attempt is. Throttled by the attempt (at most ~10 reports per second).
struct AttemptProgress {
    double fraction = 0;    // 0..1
    qint64 bytesDone = -1;  // -1: no byte counts in this report
    qint64 bytesTotal = -1;
    double speed = 0;       // bytes per second
    qint64 pausedMs = 0;    // time this attempt has stood paused so far (left out of the ETA)
};

// How one attempt ended.
struct RunOutcome {
    Error error;
    QString outputPath;
    QString warning;
    TrackMetadata tags;         // what the MP3 was tagged with (title, artist, ...)
    double durationSeconds = 0; // audio converted (the row shows it; yt-dlp's may be unknown)
    int retryAfterMs = 0;       // the server asked us to wait (429/503)
    QString sourceId;           // what yt-dlp resolved the link to, "<extractor>:<id>"
    bool expandedPlaylist = false;
};

// One attempt at one job, as the queue sees it: it is started, may be paused and cancelled, and
// reports through its signals, which the queue receives queued on its own thread. Nothing here
// says where the work runs: the local implementation is a JobRunner on a worker thread of this
// process (LocalAttemptFactory); a fake in the tests runs on timers; a shared queue's attempt
// is a handle on work another process does. Every attempt ends with exactly one finished(),
// cancelled or not, unless the queue disconnected from it first (removed, shut down).
class Attempt : public QObject {
    Q_OBJECT
public:
    ~Attempt() override = default;

    virtual void start() = 0;  // once, right after creation
    // Any time; ends with finished() carrying ErrorCategory::Cancelled (within a second), paused
    // or not. A hard time limit and the shutdown use it too.
    virtual void cancel() = 0;
    // "Pause Queue": the work stands still where it is and goes on from there.
    virtual void setPaused(bool paused) = 0;

    static void registerTypes();  // the report types, for queued connections

signals:
    void stateChanged(tunedrop::JobState state);  // resolving, downloading, converting
    void progressed(const tunedrop::AttemptProgress &progress);
    void metadataResolved(const tunedrop::TrackMetadata &metadata, const QString &site, const QString &thumbnailUrl,
                          double durationSeconds);
    void partFileCreated(const QString &path);  // the ".part" being written, for crash clean-up
    void playlistExpanded(const QString &title, const QList<tunedrop::PlaylistEntry> &entries);
    void signInRefreshed(const QByteArray &cookiesTxt);  // yt-dlp saved refreshed sign-in cookies
    void finished(const tunedrop::RunOutcome &outcome);
};

}  // namespace tunedrop

Q_DECLARE_METATYPE(tunedrop::JobState)
Q_DECLARE_METATYPE(tunedrop::AttemptProgress)
Q_DECLARE_METATYPE(tunedrop::RunOutcome)
Q_DECLARE_METATYPE(tunedrop::TrackMetadata)
Q_DECLARE_METATYPE(tunedrop::PlaylistEntry)
