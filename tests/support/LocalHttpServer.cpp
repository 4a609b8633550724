#include "LocalHttpServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <atomic>

namespace tunedrop::test {

namespace {
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
}  // namespace

class LocalHttpServer::Worker : public QObject {
public:
    explicit Worker(QString root) : m_root(std::move(root)) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        });
        return m_server->serverPort();
    }

    std::atomic_int requests{0};

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        const QByteArray head = buf.left(buf.indexOf("\r\n\r\n"));
        m_buffers.remove(s);
        ++requests;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QByteArray method = first.value(0);
        const QString path = QUrl::fromPercentEncoding(first.value(1)).section(QLatin1Char('?'), 0, 0);
        qint64 rangeStart = -1, rangeEnd = -1;
        for (const QByteArray &l : lines) {
            static const QRegularExpression re(QStringLiteral("^range:\\s*bytes=(\\d*)-(\\d*)"),
                                               QRegularExpression::CaseInsensitiveOption);
            const auto m = re.match(QString::fromLatin1(l.trimmed()));
            if (m.hasMatch()) {
                rangeStart = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
                rangeEnd = m.captured(2).isEmpty() ? -1 : m.captured(2).toLongLong();
            }
        }
        QFile f(QDir(m_root).filePath(path.mid(1)));
        if (path.contains(QStringLiteral("..")) || !f.open(QIODevice::ReadOnly)) {
            reply(s, "404 Not Found", {}, "not found", method != "HEAD");
            return;
        }
        const qint64 size = f.size();
        QByteArray status = "200 OK";
        QByteArray extra = "Accept-Ranges: bytes\r\nContent-Type: " + contentTypeFor(path) + "\r\n";
        qint64 from = 0, to = size - 1;
        if (rangeStart >= 0) {
            if (rangeStart >= size) {
                reply(s, "416 Range Not Satisfiable", "Content-Range: bytes */" + QByteArray::number(size) + "\r\n", {}, false);
                return;
            }
            from = rangeStart;
            to = rangeEnd >= 0 ? std::min(rangeEnd, size - 1) : size - 1;
            status = "206 Partial Content";
            extra += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                + QByteArray::number(size) + "\r\n";
        }
        f.seek(from);
        reply(s, status, extra, f.read(to - from + 1), method != "HEAD");
    }

    void reply(QTcpSocket *s, const QByteArray &status, const QByteArray &headers, const QByteArray &body, bool withBody)
    {
        s->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n");
        if (withBody)
            s->write(body);
        s->disconnectFromHost();
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
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

}  // namespace tunedrop::test
