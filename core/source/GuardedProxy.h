#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QNetworkProxy>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace tunedrop {

struct GuardedProxyWorker;

// An HTTP forward proxy on 127.0.0.1 (ephemeral port, threads of its own) through which every
// connection of a link sent from the web goes: TuneDrop's downloader (QNetworkProxy), yt-dlp
// (--proxy) and FFmpeg's HLS demuxer (http_proxy). A check before the fetch cannot hold while
// redirects, yt-dlp and FFmpeg each resolve and connect on their own; here the check sits
// where the connection is made, for every hop:
//
// - absolute-form requests (`GET http://host/...`, relayed with `Connection: close`, one
//   request per connection) and `CONNECT host:port` tunnels (https);
// - each host is resolved once; the request is refused when ANY address leads into this
//   machine (isOwnMachineAddress) or when the lookup fails in any way (no answer, NXDOMAIN,
//   SERVFAIL, timeout): a refusal never lets the client fall back to its own lookup;
// - the connection goes to exactly the checked address: no second lookup, so no rebinding;
// - a random per-instance credential (Proxy-Authorization: Basic "tunedrop:<token>") is
//   required, so other local programs cannot use it as a relay, and refusals belong to the
//   one job that owns the instance (JobRunner makes one per attempt of a web job).
class GuardedProxy {
public:
    // One lookup: the addresses, or ok = false on any resolver error.
    struct Resolution {
        bool ok = false;
        QList<QHostAddress> addresses;
        QString error;  // the resolver's words when !ok
    };
    using Resolver = std::function<Resolution(const QString &host)>;

    struct Options {
        bool allowOwnMachine = false;         // --allow-local-sources: resolve once, but refuse nothing
        int networkTimeoutMs = 30000;         // bound on a lookup and on a connect
        const std::atomic_bool *cancel = nullptr;  // the job's flag; ends lookups, connects, relays
        Resolver resolver;                    // default: getaddrinfo (tests inject faults)
        int maxConnections = 32;
    };

    // What was refused, for the job's message.
    struct Refusal {
        QString host;
        QString address;  // the address that leads into this machine; empty for a lookup failure
        QString lookupError;
    };

    explicit GuardedProxy(Options options);
    ~GuardedProxy();  // stops listening, ends every relay and joins the threads
    GuardedProxy(const GuardedProxy &) = delete;
    GuardedProxy &operator=(const GuardedProxy &) = delete;

    // Listens on 127.0.0.1 at an ephemeral port; an Error (internal; the system's reason as
    // its message) when it cannot.
    Result<void> start();
    quint16 port() const { return m_port; }
    static QString userName() { return QStringLiteral("tunedrop"); }
    QByteArray token() const { return m_token; }
    // "http://tunedrop:TOKEN@127.0.0.1:PORT" for yt-dlp's --proxy and FFmpeg's http_proxy.
    QString url() const;
    // The same for Qt Network (HttpProxy: absolute-form for http, CONNECT for https).
    QNetworkProxy networkProxy() const;

    QList<Refusal> refusals() const;  // thread-safe
    int handledConnections() const { return m_handled.load(); }

    // The default resolver: getaddrinfo on a helper thread, abandoned (not joined) on timeout
    // or cancel, since getaddrinfo itself cannot be interrupted.
    static Resolution systemResolve(const QString &host, int timeoutMs, const std::atomic_bool *cancel,
                                    const std::atomic_bool *stop);

private:
    void acceptLoop();
    void serve(int clientFd);

    Options m_options;
    QByteArray m_token;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::atomic_int m_active{0};
    std::atomic_int m_handled{0};
    std::thread m_acceptThread;
    mutable QMutex m_mutex;  // guards the two below
    std::vector<GuardedProxyWorker> m_workers;
    QList<Refusal> m_refusals;
};

}  // namespace tunedrop
