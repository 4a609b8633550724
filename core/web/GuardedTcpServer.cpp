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

GuardedTcpServer::GuardedTcpServer(int maxPerAddress, int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent), m_maxPerAddress(maxPerAddress), m_idleTimeoutMs(idleTimeoutMs)
{
}

int GuardedTcpServer::openConnections() const
{
    int n = 0;
    for (int count : m_perAddress)
        n += count;
    return n;
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    // Connections over the per-address limit are dropped here; the next acceptable one (if
    // any) is handed to QHttpServer, which keeps asking until this returns null.
    while (QTcpSocket *socket = QTcpServer::nextPendingConnection()) {
        const QString key = keyOf(socket->peerAddress());
        if (m_perAddress.value(key) >= m_maxPerAddress) {
            socket->abort();
            socket->deleteLater();
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
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    // Any traffic in either direction proves the peer alive (a slow download still reads).
    const auto alive = [idle] { idle->start(); };
    connect(socket, &QTcpSocket::readyRead, idle, alive);
    connect(socket, &QTcpSocket::bytesWritten, idle, alive);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    // Counted until it disconnects (QHttpServer deletes its sockets only later) or dies.
    auto counted = std::make_shared<bool>(true);
    const auto release = [this, key, counted] {
        if (!*counted)
            return;
        *counted = false;
        if (--m_perAddress[key] <= 0)
            m_perAddress.remove(key);
    };
    connect(socket, &QTcpSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    idle->start();
}

}  // namespace tunedrop
