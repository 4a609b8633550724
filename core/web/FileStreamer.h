#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <optional>

class QTcpSocket;

namespace tunedrop {

// What a byte-range request asked for, resolved against a file size.
struct ByteRange {
    qint64 first = 0;
    qint64 last = 0;  // inclusive
    qint64 length() const { return last - first + 1; }
};

// Serves one file on a raw socket (HttpResponder::takeOver()) without reading it into
// memory: 64 KiB chunks are written only while the socket's unsent bytes stay below a bound, so
// a slow client never makes the file pile up in memory (back-pressure). Handles single byte
// ranges (206, 416 for unsatisfiable ones, 200 for none or for several), HEAD, ETag and
// Last-Modified validators (304 for If-None-Match / If-Modified-Since, If-Range), and a
// Content-Disposition naming the download with the real title (RFC 6266 / RFC 5987 UTF-8 form).
// Lives on the socket's thread; deletes itself when done or when the socket goes away.
class FileStreamer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;                            // "GET" or "HEAD"
        QList<QPair<QByteArray, QByteArray>> headers; // request headers as received
    };

    static constexpr qint64 kChunk = 64 * 1024;
    static constexpr qint64 kMaxUnsent = 256 * 1024;  // bytes queued in the socket at most

    // Starts answering at once. `downloadName` is the file name offered to the browser
    // ("Song — 日本.mp3"); `extraHeaders` are added to every answer (security headers).
    static void serve(QTcpSocket *socket, const QString &path, const QString &downloadName,
                      const Request &request, const QByteArray &contentType,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders);

    // Parsing helpers, public for tests.
    static std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size, bool *unsatisfiable);
    static QDateTime parseHttpDate(const QByteArray &text);  // IMF-fixdate; invalid otherwise
    static bool noneMatchHits(const QByteArray &ifNoneMatch, const QByteArray &etag);
    static bool ifRangeHolds(const QByteArray &ifRange, const QByteArray &etag, const QDateTime &modified);
    static QByteArray contentDisposition(const QString &fileName);
    static QByteArray etagFor(qint64 size, const QDateTime &modified, quint64 inode);
    static QByteArray httpDate(const QDateTime &time);

signals:
    void finished(qint64 bytesSent);

private:
    explicit FileStreamer(QTcpSocket *socket);
};

}  // namespace tunedrop
