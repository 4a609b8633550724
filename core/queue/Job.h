#pragma once

#include "transcode/TranscodeError.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace tunedrop {

enum class JobState {
    Queued,       // waiting for a worker (or for its retry time)
    Resolving,    // asking yt-dlp what the link is
    Downloading,  // bytes arriving (conversion may already run alongside)
    Converting,   // decoding and encoding
    Done,
    Failed,
    Cancelled,
    Expired,      // done, but the retention purge deleted the file
};

QString jobStateName(JobState state);  // "queued", "resolving", ... (API, database)
JobState jobStateFromName(const QString &name);
bool isActiveState(JobState state);    // resolving, downloading, converting
bool isTerminalState(JobState state);  // done, failed, cancelled, expired

// Everything known about one submitted link or file. A value type: the queue owns the
// authoritative copy on the main thread; observers get snapshots in signals.
struct Job {
    QUuid id;                // exposed by the web endpoint as "<uuid4>"
    QString input;           // as the user gave it
    QString key;             // normalised input, for duplicate detection
    QString outputDir;
    JobState state = JobState::Queued;
    int position = 0;        // queue order: lower runs first

    // Resolved metadata
    QString title;
    QString artist;
    QString album;
    QString site;
    QString thumbnailUrl;
    double durationSeconds = 0;

    // Live progress (not all persisted on every change)
    double progress = 0;     // 0..1 of the current job
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;
    double speed = 0;        // bytes per second while downloading
    int etaSeconds = -1;
    // A running job while the queue is paused: its work stands still where it was (no speed,
    // no ETA) and goes on from there on resume. Not stored: a restart runs it again anyway.
    bool paused = false;
    // Which of two copies of a job is newer (a page's snapshot against the live events that
    // overtook it). Grows with every change the queue announces within one run of the
    // program; not stored (a page that reconnects starts over from the list).
    quint64 revision = 0;

    QString outputPath;      // the published MP3
    // What the MP3 was when TuneDrop finished it: the purge deletes it only if it still is.
    qint64 outputSize = -1;
    qint64 outputInode = -1;
    QDateTime outputModified;
    QString partPath;        // the ".part" being written, for crash clean-up
    // What the MP3 was made from and how (schema v5), so adding the same input again reuses
    // the MP3 only while it would come out the same (ReuseCheck).
    qint64 inputSize = -1;   // a local file's size and modification time when the attempt began
    QDateTime inputModified;
    QString sourceId;        // what yt-dlp resolved the link to, "<extractor>:<id>"
    QString encoderKey;      // EncoderSettings::key() of the attempt

    ErrorCategory errorCategory = ErrorCategory::None;
    UserText errorText;      // why it failed (or why it waits for a retry), untranslated
    QString warning;         // non-fatal note ("input ends early ...")
    int attempts = 0;        // attempts started
    QDateTime retryAt;       // a transient failure waits until then
    int maxAttempts = 0;     // the queue's retry policy (retries + 1); set on every snapshot, not stored
    QDateTime addedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QUuid parentId;          // the playlist job this entry came from
    bool pinned = false;     // kept forever by the retention purge
    // Submitted from the web: its link must not lead to this machine's own services, even
    // through a host name that resolves to a loopback or link-local address.
    bool blockLocalHosts = false;

    QString errorMessage() const { return errorText.toString(); }  // in the desktop's language
    QString displayTitle() const { return title.isEmpty() ? input : title; }
    QString idString() const { return id.toString(QUuid::WithoutBraces); }
};

}  // namespace tunedrop
