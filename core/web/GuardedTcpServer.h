#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace tunedrop {

// The web server's listening socket with connection limits: at most `maxConnections` open
// connections in all and `maxPerAddress` from one address (more get "503 Service Unavailable"
// with Retry-After and are closed at once, never handed on), and a connection that neither
// sends nor receives anything for `idleTimeoutMs` is closed (slow-loris: headers trickled byte
// by byte, or a client that never reads). Only live connections count: a socket whose peer has
// already closed it is not held against the caps even before Qt has noticed (see reapClosed).
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(int maxConnections, int maxPerAddress, int idleTimeoutMs, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;
    int openConnections() const;
    // Reverse proxies (all their clients share one address) are held to the global cap only.
    void setTrustedProxies(const QList<QHostAddress> &proxies) { m_trustedProxies = proxies; }

private:
    void guard(QTcpSocket *socket);
    static void turnAway(QTcpSocket *socket);
    void release(QTcpSocket *socket);
    void reapClosed(const QString &key);

    int m_maxConnections;
    int m_maxPerAddress;
    int m_idleTimeoutMs;
    QHash<QString, int> m_perAddress;
    // The counted sockets and their address keys; the pointer is only a key here, never
    // dereferenced after the socket's destruction (release runs on `destroyed`).
    QHash<QTcpSocket *, QString> m_counted;
    int m_open = 0;
    QList<QHostAddress> m_trustedProxies;
};

}  // namespace tunedrop
