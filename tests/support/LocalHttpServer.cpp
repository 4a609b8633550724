#include "LocalHttpServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <atomic>

namespace tunedrop::test {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QByteArray contentTypeFor(const QString &path)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("html"), "text/html; charset=utf-8"}, {QStringLiteral("json"), "application/json"},
        {QStringLiteral("mp3"), "audio/mpeg"},   {QStringLiteral("m4a"), "audio/mp4"},
        {QStringLiteral("mp4"), "video/mp4"},    {QStringLiteral("webm"), "audio/webm"},
        {QStringLiteral("ogg"), "audio/ogg"},    {QStringLiteral("opus"), "audio/ogg"},
        {QStringLiteral("flac"), "audio/flac"},  {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("m3u8"), "application/vnd.apple.mpegurl"}, {QStringLiteral("ts"), "video/mp2t"},
        {QStringLiteral("jpg"), "image/jpeg"},   {QStringLiteral("png"), "image/png"},
        {QStringLiteral("webp"), "image/webp"},
    };
    return types.value(QFileInfo(path).suffix().toLower(), "application/octet-stream");
}

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> reasons = {
        {200, "OK"}, {206, "Partial Content"}, {301, "Moved Permanently"}, {302, "Found"},
        {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
        {410, "Gone"}, {416, "Range Not Satisfiable"}, {418, "I'm a teapot"}, {429, "Too Many Requests"},
        {500, "Internal Server Error"}, {502, "Bad Gateway"}, {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return reasons.value(status, "Status");
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

// One response body being sent; a child of its socket, so it dies with the connection.
struct BodyStream : QObject {
    QFile file;
    qint64 remaining = 0;
    qint64 sent = 0;
    qint64 dropAt = -1;
    qint64 stallAt = -1;
    int stallMs = 0;
    int chunkDelayMs = 0;
    bool waiting = false;
    bool closing = false;
};

}  // namespace

class LocalHttpServer::Worker : public QObject {
public:
    explicit Worker(QString root) : m_root(std::move(root)) {}
    ~Worker() override { delete m_server; }  // its sockets' signals still find our members

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    m_buffers.remove(s);
                    s->deleteLater();
                });
            }
        });
        return m_server->serverPort();
    }

    std::atomic_int requests{0};
    mutable QMutex mutex;  // guards the two below
    QHash<QString, Fault> faults;
    QHash<QString, QList<Request>> log;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        const QByteArray head = buf.left(buf.indexOf("\r\n\r\n"));
        m_buffers.remove(s);
        disconnect(s, &QTcpSocket::readyRead, this, nullptr);  // one request per connection
        ++requests;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QByteArray method = first.value(0);
        const QString path = QUrl::fromPercentEncoding(first.value(1)).section(QLatin1Char('?'), 0, 0);
        QHash<QByteArray, QByteArray> headers;
        for (const QByteArray &l : lines.mid(1)) {
            const int colon = l.indexOf(':');
            if (colon > 0)
                headers.insert(l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed());
        }
        const QString key = path.mid(1);
        Fault fault;
        {
            QMutexLocker lock(&mutex);
            log[key].append({method, headers.value("range"), headers.value("if-range")});
            fault = faults.value(key);
            if (fault.times > 0 && (fault.dropAfterBytes >= 0 || fault.stallMs > 0))
                --faults[key].times;
        }
        const bool withBody = method != "HEAD";
        if (!fault.redirectTo.isEmpty()) {
            const QByteArray location = fault.redirectTo.contains(QLatin1String("://"))
                ? fault.redirectTo.toUtf8()
                : '/' + QUrl::toPercentEncoding(fault.redirectTo);
            reply(s, 302, "Location: " + location + "\r\n", "redirect", withBody);
            return;
        }
        if (fault.status > 0) {
            QByteArray extra;
            if (fault.retryAfterSeconds >= 0)
                extra += "Retry-After: " + QByteArray::number(fault.retryAfterSeconds) + "\r\n";
            if (!fault.retryAfter.isEmpty())
                extra += "Retry-After: " + fault.retryAfter + "\r\n";
            reply(s, fault.status, extra + "Content-Type: text/plain\r\n", reasonPhrase(fault.status), withBody);
            return;
        }
        auto *body = new BodyStream;
        body->setParent(s);
        body->file.setFileName(QDir(m_root).filePath(key));
        if (path.contains(QStringLiteral("..")) || !body->file.open(QIODevice::ReadOnly)) {
            reply(s, 404, {}, "not found", withBody);
            return;
        }
        const qint64 size = body->file.size();
        const QDateTime modified = QFileInfo(body->file).lastModified();
        const QByteArray etag = '"' + QByteArray::number(size, 16) + '-'
            + QByteArray::number(modified.toMSecsSinceEpoch(), 16) + '"';
        const QByteArray lastModified = httpDate(modified);
        QByteArray extra = "Accept-Ranges: bytes\r\nETag: " + etag + "\r\nLast-Modified: " + lastModified
            + "\r\nContent-Type: "
            + (fault.contentType.isEmpty() ? contentTypeFor(path) : fault.contentType) + "\r\n" + fault.headers;
        qint64 from = 0, to = size - 1;
        int status = 200;
        const QByteArray ifRange = headers.value("if-range");
        const bool rangeValid = ifRange.isEmpty() || ifRange == etag || ifRange == lastModified;
        const QByteArray range = headers.value("range");
        if (range.startsWith("bytes=") && !fault.ignoreRange && rangeValid) {
            const QByteArray spec = range.mid(6);
            const int dash = spec.indexOf('-');
            const qint64 rangeStart = dash > 0 ? spec.left(dash).toLongLong() : 0;
            const qint64 rangeEnd = dash >= 0 && dash + 1 < spec.size() ? spec.mid(dash + 1).toLongLong() : -1;
            if (rangeStart >= size) {
                reply(s, 416, "Content-Range: bytes */" + QByteArray::number(size) + "\r\n", {}, false);
                return;
            }
            from = rangeStart;
            to = rangeEnd >= 0 ? std::min(rangeEnd, size - 1) : size - 1;
            status = 206;
            extra += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                + QByteArray::number(size) + "\r\n";
        }
        body->file.seek(from);
        body->remaining = withBody ? to - from + 1 : 0;
        body->dropAt = fault.times != 0 ? fault.dropAfterBytes : -1;
        body->stallAt = fault.times != 0 && fault.stallMs > 0 ? fault.stallAfterBytes : -1;
        body->stallMs = fault.stallMs;
        body->chunkDelayMs = fault.chunkDelayMs;
        s->write(statusHead(status, extra, fault.noContentLength ? -1 : to - from + 1));
        connect(s, &QTcpSocket::bytesWritten, body, [this, s, body] { pump(s, body); });
        pump(s, body);
    }

    static QByteArray statusHead(int status, const QByteArray &headers, qint64 length)  // length -1: none
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n" + headers
            + (length >= 0 ? "Content-Length: " + QByteArray::number(length) + "\r\n" : QByteArray())
            + "Connection: close\r\n\r\n";
    }

    // Sends the next chunks while the socket's buffer is low; closes, drops or stalls on cue.
    void pump(QTcpSocket *s, BodyStream *b)
    {
        if (b->waiting || b->closing || s->state() != QAbstractSocket::ConnectedState)
            return;
        while (b->remaining > 0 && s->bytesToWrite() < kChunk) {
            if (b->dropAt >= 0 && b->sent >= b->dropAt)
                break;
            if (b->stallAt >= 0 && b->sent >= b->stallAt) {
                b->stallAt = -1;
                wait(s, b, b->stallMs);
                return;
            }
            qint64 n = std::min(kChunk, b->remaining);
            if (b->dropAt >= 0)
                n = std::min(n, b->dropAt - b->sent);
            if (b->stallAt >= 0)
                n = std::min(n, b->stallAt - b->sent);
            const QByteArray data = b->file.read(n);
            if (data.size() != n)
                break;
            s->write(data);
            b->sent += n;
            b->remaining -= n;
            if (b->chunkDelayMs > 0 && b->remaining > 0) {
                wait(s, b, b->chunkDelayMs);
                return;
            }
        }
        if (b->remaining == 0 || (b->dropAt >= 0 && b->sent >= b->dropAt) || b->file.atEnd()) {
            b->closing = true;
            s->disconnectFromHost();  // once the bytes already written are out
        }
    }

    void wait(QTcpSocket *s, BodyStream *b, int ms)
    {
        b->waiting = true;
        QTimer::singleShot(ms, b, [this, s, b] {
            b->waiting = false;
            pump(s, b);
        });
    }

    void reply(QTcpSocket *s, int status, const QByteArray &headers, const QByteArray &body, bool withBody)
    {
        s->write(statusHead(status, headers, body.size()));
        if (withBody)
            s->write(body);
        s->disconnectFromHost();
    }

    QString m_root;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

LocalHttpServer::LocalHttpServer(QString rootDir) : m_root(std::move(rootDir))
{
    m_worker = new Worker(m_root);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

LocalHttpServer::~LocalHttpServer()
{
    QMetaObject::invokeMethod(m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString LocalHttpServer::url(const QString &fileName) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(QString::fromUtf8(QUrl::toPercentEncoding(fileName)));
}

int LocalHttpServer::requestCount() const
{
    return m_worker->requests.load();
}

void LocalHttpServer::setFault(const QString &fileName, const Fault &fault)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->faults.insert(fileName, fault);
}

void LocalHttpServer::clearFaults()
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->faults.clear();
}

int LocalHttpServer::requestCount(const QString &fileName) const
{
    QMutexLocker lock(&m_worker->mutex);
    return int(m_worker->log.value(fileName).size());
}

QList<LocalHttpServer::Request> LocalHttpServer::requests(const QString &fileName) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->log.value(fileName);
}

QList<QByteArray> LocalHttpServer::rangeHeaders(const QString &fileName) const
{
    QList<QByteArray> ranges;
    for (const Request &r : requests(fileName))
        ranges.append(r.range);
    return ranges;
}

}  // namespace tunedrop::test
