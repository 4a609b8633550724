#include "GuardedTcpServer.h"

#include "ForwardedFor.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <cerrno>

namespace tunedrop {

namespace {
QString keyOf(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : address.toString();
}

// Whether the peer has closed (FIN or reset) a socket whose unread bytes Qt has all taken:
// a peek that returns 0 is end-of-stream; EAGAIN means open and quiet. Bytes still waiting
// mean a request is in flight, so the connection counts as live.
bool peerGone(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    if (descriptor < 0)
        return true;
    char byte = 0;
    const ssize_t n = ::recv(int(descriptor), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
#else
    Q_UNUSED(descriptor);
    return false;
#endif
}
}  // namespace

GuardedTcpServer::GuardedTcpServer(int maxConnections, int maxPerAddress, int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent), m_maxConnections(maxConnections), m_maxPerAddress(maxPerAddress), m_idleTimeoutMs(idleTimeoutMs)
{
}

int GuardedTcpServer::openConnections() const
{
    return m_open;
}

void GuardedTcpServer::turnAway(QTcpSocket *socket)
{
    // An answer the client can act on (try again later) rather than a reset; the socket is
    // closed once it is written, and aborted if even that does not go out quickly.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, &QTcpSocket::abort);
    socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                  "Connection: close\r\n\r\n");
    socket->disconnectFromHost();
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    // Connections over a limit are turned away here; the next acceptable one (if any) is
    // handed to the HTTP server, which keeps asking until this returns null.
    while (QTcpSocket *socket = QTcpServer::nextPendingConnection()) {
        const QString key = keyOf(socket->peerAddress());
        const bool perAddressCap = !ForwardedFor::isTrusted(socket->peerAddress(), m_trustedProxies);
        // Clients that open a connection per request close the previous one just before the
        // next arrives, and this accept can run before the event loop has read those closes:
        // without reaping, a busy thread refused 288 of 2,000 such requests (docs/PERFORMANCE.md).
        if (m_open >= m_maxConnections)
            reapClosed(QString());
        else if (perAddressCap && m_perAddress.value(key) >= m_maxPerAddress)
            reapClosed(key);
        if (m_open >= m_maxConnections || (perAddressCap && m_perAddress.value(key) >= m_maxPerAddress)) {
            turnAway(socket);
            continue;
        }
        guard(socket);
        return socket;
    }
    return nullptr;
}

void GuardedTcpServer::guard(QTcpSocket *socket)
{
    const QString key = keyOf(socket->peerAddress());
    ++m_perAddress[key];
    ++m_open;
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    // Any traffic in either direction proves the peer alive (a slow download still reads).
    const auto alive = [idle] { idle->start(); };
    connect(socket, &QTcpSocket::readyRead, idle, alive);
    connect(socket, &QTcpSocket::bytesWritten, idle, alive);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    // Counted until it disconnects (its deletion comes later) or dies.
    m_counted.insert(socket, key);
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { release(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { release(socket); });
    idle->start();
}

void GuardedTcpServer::release(QTcpSocket *socket)
{
    const auto it = m_counted.constFind(socket);
    if (it == m_counted.cend())
        return;
    const QString key = it.value();
    m_counted.erase(it);
    --m_open;
    if (--m_perAddress[key] <= 0)
        m_perAddress.remove(key);
}

void GuardedTcpServer::reapClosed(const QString &key)
{
    // Stops counting the sockets (of `key`, or all when empty) whose peer has gone; Qt still
    // delivers their `disconnected` later, which then finds nothing left to release.
    QList<QTcpSocket *> gone;
    for (auto it = m_counted.cbegin(); it != m_counted.cend(); ++it) {
        if ((key.isEmpty() || it.value() == key) && peerGone(it.key()->socketDescriptor()))
            gone.append(it.key());
    }
    for (QTcpSocket *socket : gone)
        release(socket);
}

}  // namespace tunedrop
