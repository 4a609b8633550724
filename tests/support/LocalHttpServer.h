#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

namespace tunedrop::test {

// A small HTTP/1.1 file server on 127.0.0.1 for tests: GET and HEAD, byte ranges (206,
// If-Range against its ETag/Last-Modified), 404 for missing files, one request per
// connection. Bodies go out in 64 KiB chunks as the socket drains, so faults (setFault) happen
// mid-body for real. It runs on its own thread, so tests may block their own thread (e.g. in
// Transcoder::run or HttpDownloader::waitForFinished) while it serves. All methods are
// thread-safe.
class LocalHttpServer {
public:
    // How to misbehave for one path. Status, redirect, content type, ignoreRange and
    // chunkDelayMs apply to every request until changed; a drop or stall only to the next
    // `times` requests for the path.
    struct Fault {
        int status = 0;                // answer this status (e.g. 404, 429, 503) instead of the file
        int retryAfterSeconds = -1;    // with status: "Retry-After: <seconds>"
        QByteArray retryAfter;         // with status: a Retry-After value verbatim (an HTTP date)
        qint64 dropAfterBytes = -1;    // close the connection after this many body bytes
        int stallMs = 0;               // stop sending for this long after stallAfterBytes body bytes
        qint64 stallAfterBytes = 64 * 1024;
        int times = 1;                 // requests the drop/stall applies to; -1: all of them
        QString redirectTo;            // 302 to this file name or absolute URL (may be itself)
        QByteArray contentType;        // overrides the type the file's suffix gives
        bool ignoreRange = false;      // answer 200 with the whole file to Range requests
        int chunkDelayMs = 0;          // pause between body chunks (a slow server)
        bool noContentLength = false;  // the body simply ends when the connection closes
        QByteArray headers;            // extra response headers, each "Name: value\r\n"
    };

    struct Request {
        QByteArray method;
        QByteArray range;    // the Range header, empty when none
        QByteArray ifRange;  // the If-Range header, empty when none
    };

    explicit LocalHttpServer(QString rootDir);
    ~LocalHttpServer();

    quint16 port() const { return m_port; }
    QString url(const QString &fileName) const;
    int requestCount() const;                          // all paths

    void setFault(const QString &fileName, const Fault &fault);
    void clearFaults();
    int requestCount(const QString &fileName) const;
    QList<Request> requests(const QString &fileName) const;
    QList<QByteArray> rangeHeaders(const QString &fileName) const;  // one per request, "" for none

private:
    class Worker;
    QString m_root;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};

}  // namespace tunedrop::test
