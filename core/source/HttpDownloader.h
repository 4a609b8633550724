#pragma once

#include "common/ByteSource.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace tunedrop {

struct DownloadOptions {
    QUrl url;
    QString targetPath;                          // written as bytes arrive; the caller removes it
    qint64 maxBytes = qint64(2) * 1024 * 1024 * 1024;  // refuse bigger downloads
    int stallTimeoutMs = 30000;                  // no byte for this long = a dropped connection
    int maxResumes = 5;                          // reconnects with Range after drops
    int maxRedirects = 10;
    QList<QPair<QByteArray, QByteArray>> headers;  // extra request headers (e.g. from yt-dlp)
    // Every connection (redirects included) through this proxy: a web job's GuardedProxy.
    std::optional<QNetworkProxy> proxy;
};

struct DownloadProgress {
    qint64 received = 0;
    qint64 total = -1;        // -1 when the server did not say
    double bytesPerSecond = 0;
};

// Downloads one HTTP(S) URL to a file with Qt Network, on a thread of its own (so callers may
// block a worker thread while it runs): follows redirects (loops and too many are errors),
// resumes with Range/If-Range after a dropped or stalled connection, enforces a size cap,
// refuses web pages (text/html) where media was expected, and maps failures to categories:
// 404/410 not-found, 401/403 permission-denied, 5xx/429/timeouts/drops network (transient;
// retryAfterMs() honours Retry-After), write errors disk-full/permission-denied.
// reader() gives a ByteSource over the growing file so conversion starts before the
// download ends.
class HttpDownloader : public QObject {
    Q_OBJECT
public:
    explicit HttpDownloader(DownloadOptions options, QObject *parent = nullptr);
    ~HttpDownloader() override;  // cancels and waits for the network thread

    void start();   // returns at once
    void cancel();  // thread-safe
    // "Pause Queue" (thread-safe, before or after start()): pause() closes the connection and
    // keeps the bytes on disk; resume() asks for the rest with Range (a server that answers 200
    // instead restarts the file in place). Neither counts as a resume after a drop, and no
    // stall timeout runs while paused.
    void pause();
    void resume();

    // Thread-safe; blocks the calling thread (never call on the download's own thread).
    bool waitForFinished(int timeoutMs = -1);
    bool isFinished() const;
    Error error() const;       // None on success
    int retryAfterMs() const;           // from Retry-After on 429/503, else 0
    DownloadProgress progress() const;  // snapshot, thread-safe
    QString contentType() const;
    QString fileNameHint() const;       // from Content-Disposition, else the URL's last segment
    QUrl finalUrl() const;              // after redirects

    // A reader over the file being downloaded; valid while this object lives.
    std::unique_ptr<ByteSource> reader();

    // Small blocking fetch (thumbnails, JSON, the yt-dlp updater): whole body in memory,
    // capped. `cancel` (may be null) is polled about every 100 ms: once it is set the request
    // is aborted and the error is Cancelled, so a stalled server never holds the caller for
    // the whole timeout.
    static std::optional<QByteArray> fetchBytes(const QUrl &url, qint64 maxBytes, int timeoutMs,
                                                Error *error = nullptr,
                                                const std::atomic_bool *cancel = nullptr,
                                                const QNetworkProxy *proxy = nullptr);

signals:
    // Emitted from the download thread; connect with Qt::QueuedConnection.
    void progressed(qint64 received, qint64 total);
    void finished();

private:
    class Private;
    std::unique_ptr<Private> d;
};

}  // namespace tunedrop
