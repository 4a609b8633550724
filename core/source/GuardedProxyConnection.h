#pragma once

// Private to GuardedProxy: one client connection, from its request head to the end of the
// relay. Blocking POSIX sockets polled in 100 ms slices so the owner's stop flag and the
// job's cancel flag end it promptly.

#include "GuardedProxy.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace tunedrop {

class GuardedProxyConnection {
public:
    struct Context {
        QByteArray expectedAuthorization;  // "Basic base64(tunedrop:token)"
        GuardedProxy::Options options;
        const std::atomic_bool *stop = nullptr;
        std::function<void(const GuardedProxy::Refusal &)> refused;
    };

    GuardedProxyConnection(int clientFd, const Context &context) : m_client(clientFd), m_ctx(context) {}
    ~GuardedProxyConnection();
    GuardedProxyConnection(const GuardedProxyConnection &) = delete;
    GuardedProxyConnection &operator=(const GuardedProxyConnection &) = delete;

    void run();

    // Parsed request line and headers of a proxy request; public for tests and fuzzing.
    struct Request {
        QByteArray method, target, version;
        QList<QPair<QByteArray, QByteArray>> headers;
        qsizetype headLength = 0;  // bytes up to and including the blank line
        QByteArray header(const QByteArray &name) const;
    };
    static bool parseRequest(const QByteArray &head, Request &out);
    // `Connection: close` (and no keep-alive) in a relayed response head.
    static QByteArray closingResponseHead(const QByteArray &head);

private:
    bool interrupted() const;
    bool readHead(int fd, QByteArray &buffer, qsizetype &headEnd, int timeoutMs);
    bool writeAll(int fd, const QByteArray &data);
    void reply(const QByteArray &status, const QByteArray &extraHeaders, const QByteArray &body);
    // Resolves `host` once, refuses what leads into this machine; -1 after replying.
    int connectChecked(const QString &host, quint16 port);
    int connectTo(const QHostAddress &address, quint16 port, QString &why);
    void relay(int upstream, QByteArray toUpstream, bool rewriteResponseHead);

    int m_client;
    const Context &m_ctx;
};

}  // namespace tunedrop
