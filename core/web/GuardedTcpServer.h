#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace tunedrop {

// The web server's listening socket with the limits QHttpServer lacks: at most
// `maxPerAddress` open connections from one address (more are closed at once), and a
// connection that neither sends nor receives anything for `idleTimeoutMs` is closed
// (slow-loris: headers trickled byte by byte, or a client that never reads).
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(int maxPerAddress, int idleTimeoutMs, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;
    int openConnections() const;

private:
    void guard(QTcpSocket *socket);

    int m_maxPerAddress;
    int m_idleTimeoutMs;
    QHash<QString, int> m_perAddress;
};

}  // namespace tunedrop
