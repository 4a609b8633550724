#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QFileDevice>
#include <QHostAddress>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <deque>
#include <functional>

class QHostInfo;
class QObject;

// Pieces of HttpDownloader that do not need its state: parsing response headers and turning
// failures into user-readable errors that name the server (translation context
// "HttpDownloader"), and a host lookup that can be cancelled. HttpHelpers.cpp also defines
// HttpDownloader::fetchBytes().
namespace tunedrop::http {

// How often blocking network waits look at their cancel flag.
constexpr int kCancelPollMs = 100;

QString hostOf(const QUrl &url);
bool isHttpUrl(const QUrl &url);  // valid, with a host, http or https

// A GET request with TuneDrop's User-Agent and the caller's extra headers.
QNetworkRequest baseRequest(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers);

// 404/410 not-found, 401/403 permission-denied, 429 and 5xx network (transient), any other
// status unsupported (permanent).
Error statusError(int status, const QUrl &url);

// Connection refused, host not found, timed out, TLS failure...: always Network.
Error connectionError(QNetworkReply::NetworkError code, const QUrl &url, const QString &detail);

// A failed open/write of the output file: ENOSPC/EDQUOT disk-full, EACCES/EPERM/EROFS
// permission-denied, anything else internal.
Error diskError(int errnoValue, QFileDevice::FileError fileError, const QString &detail,
                         const QUrl &url, const QString &path);

// HttpDownloader's own failures. The category is part of the decision:
enum class Failure {
    NotWebAddress,     // unsupported: not an http(s) URL with a host
    WebPage,           // unsupported: text/html or XHTML where a media file was expected
    RedirectRefused,   // unsupported: to a non-http(s) address, or from https to http
    RedirectLoop,      // unsupported: permanent, a retry would loop again
    TooManyRedirects,  // unsupported: more than `number` hops, permanent as well
    BadPartial,        // network: a 206 that does not continue where the file ends
    GaveUp,            // network (transient): the connection dropped again after `number` resumes
    Cancelled,         // cancelled
};
Error failure(Failure kind, const QUrl &url, int number = 0);

// "The file is larger than the limit of N MB": unsupported (permanent).
Error sizeError(qint64 maxBytes, const QUrl &url);

// Retry-After as delay-seconds or an HTTP date, in ms from now (0 when absent or invalid,
// at most a day).
int parseRetryAfterMs(const QByteArray &value);

// What HttpDownloader needs from the headers of a 200/206 answer.
struct ResponseHead {
    QString contentType;        // as sent, parameters included
    bool isWebPage = false;     // text/html or application/xhtml+xml
    qint64 contentLength = -1;
    qint64 rangeFrom = -1;      // Content-Range "bytes FROM-TO/TOTAL"; -1 without a valid one
    qint64 rangeTotal = -1;     // -1 when "*"
    QByteArray validator;       // for If-Range: a strong ETag, else Last-Modified
    QString fileName;           // from Content-Disposition
};
ResponseHead parseHead(const QNetworkReply &reply);

// Bytes per second over a sliding window (HttpDownloader: about 2 s).
class SpeedMeter {
public:
    explicit SpeedMeter(qint64 windowMs) : m_windowMs(windowMs) {}
    void restart(qint64 nowMs);
    void add(qint64 nowMs, qint64 bytes);
    double bytesPerSecond(qint64 nowMs);

private:
    qint64 m_windowMs;
    qint64 m_sinceMs = 0;
    qint64 m_bytes = 0;
    std::deque<std::pair<qint64, qint64>> m_samples;  // (ms, bytes)
};

// A host name resolved on the calling thread (a worker; any thread with or without an event
// loop) without the uninterruptible wait of QHostInfo::fromName: a local event loop runs while
// Qt's resolver works, looks at `cancel` (may be null) every kCancelPollMs and gives up after
// `timeoutMs`. A literal address is returned as it is. `start` begins the lookup and reports
// through `done` (delivered in `context`'s thread); the default is QHostInfo::lookupHost, tests
// pass one that never answers. It returns the id for QHostInfo::abortHostLookup, or -1.
struct HostLookup {
    QList<QHostAddress> addresses;  // empty when the name does not resolve
    bool cancelled = false;
    bool timedOut = false;
};
using LookupStart = std::function<int(const QString &host, QObject *context,
                                      std::function<void(const QHostInfo &)> done)>;
HostLookup lookupHost(const QString &host, int timeoutMs, const std::atomic_bool *cancel,
                      const LookupStart &start = {});

// The file name of a Content-Disposition header (filename*= preferred), without any
// directory part; empty when there is none.
QString dispositionFileName(const QByteArray &header);

}  // namespace tunedrop::http
