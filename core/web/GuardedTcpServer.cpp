#include "GuardedTcpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace tunedrop {

namespace {
QString keyOf(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : address.toString();
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
        if (m_open >= m_maxConnections || m_perAddress.value(key) >= m_maxPerAddress) {
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
    auto counted = std::make_shared<bool>(true);
    const auto release = [this, key, counted] {
        if (!*counted)
            return;
        *counted = false;
        --m_open;
        if (--m_perAddress[key] <= 0)
            m_perAddress.remove(key);
    };
    connect(socket, &QTcpSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    idle->start();
}

}  // namespace tunedrop
