#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace tunedrop {

// The web server's listening socket with connection limits: at most `maxConnections` open
// connections in all and `maxPerAddress` from one address (more get "503 Service Unavailable"
// with Retry-After and are closed at once, never handed on), and a connection that neither
// sends nor receives anything for `idleTimeoutMs` is closed (slow-loris: headers trickled byte
// by byte, or a client that never reads).
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(int maxConnections, int maxPerAddress, int idleTimeoutMs, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;
    int openConnections() const;

private:
    void guard(QTcpSocket *socket);
    static void turnAway(QTcpSocket *socket);

    int m_maxConnections;
    int m_maxPerAddress;
    int m_idleTimeoutMs;
    QHash<QString, int> m_perAddress;
    int m_open = 0;
};

}  // namespace tunedrop
