#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QTcpSocket;

namespace tunedrop {

class HttpResponder;
class HttpServer;
class JobQueue;
class WebAuth;
class WebCatalogues;
class WebText;
struct HttpRequest;
struct Job;

struct WebServerConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    // Links from the web to loopback/link-local hosts are refused unless this is set (trusted
    // setups and tests): a page must not make TuneDrop fetch from the machine's own services.
    bool allowLocalSources = false;
    // Whether requests must log in (session cookie + CSRF token) or carry the API token. On by
    // itself for anything but loopback; tests turn it on for loopback.
    bool requireCredentials = false;
    bool passwordSet = false;  // LAN listening refuses to start without one
    int maxConnectionsPerAddress = 64;  // browsers open ~6; 50 API clients from one box still fit
    int maxConnections = 256;           // all addresses together (each holds at most ~300 KiB)
    int idleTimeoutMs = 20000;          // slow-loris: no byte either way for this long -> closed
    // Reverse proxies in front of TuneDrop: only from these is X-Forwarded-For believed (the
    // login budgets then key on the forwarded client), and they skip the per-address cap.
    QList<QHostAddress> trustedProxies;
};

// The embedded HTTP server: the original endpoint (`POST /submit`, `GET /download-music/<uuid>`,
// byte-compatible) and a JSON API over the same JobQueue, with a live event stream (SSE).
// It runs on the queue's (main) thread; handlers only read job snapshots and send commands, and
// downloads stream from disk with back-pressure (FileStreamer), so nothing here blocks.
// Docs: docs/API.md.
class WebServer : public QObject {
    Q_OBJECT
public:
    // `auth` (not owned) decides logins, sessions and tokens; it may be null for a loopback-only
    // server that needs no credentials.
    WebServer(JobQueue *queue, WebServerConfig config, WebAuth *auth = nullptr, QObject *parent = nullptr);
    ~WebServer() override;

    // Listens; false with a message naming the port and what to do when it cannot.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    int openConnections() const;
    // The first step of an ordered shutdown: no new connections, and links sent on open ones
    // are refused (503) instead of queued. Pages, job lists and event streams keep answering
    // (a watching browser sees the running jobs go back to queued) until the server goes away.
    void stopIntake();
    bool isTakingLinks() const { return !m_intakeStopped; }

    // Why a submitted link is refused, or empty when it may be queued; in `text`'s language
    // (a request's, see WebCatalogues), else the desktop's.
    static QString refusalFor(const QString &link, bool allowLocalSources, const WebText *text = nullptr);

    // Enforced by the HTTP layer while the request arrives (HttpRequestParser): a longer head
    // gets 431, a longer body 413, before the rest is read.
    static constexpr qsizetype kMaxBody = 64 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 8 * 1024;  // request line and headers
    static constexpr int kMaxHeaders = 100;
    static constexpr int kMaxLinksPerRequest = 100;

private:
    void setUpRoutes();
    void setUpApiRoutes();  // WebServerApi.cpp
    // Host (DNS rebinding), Origin (cross-site), content type and credential checks for every
    // request; false when it already answered with the refusal.
    bool accept(const HttpRequest &request, HttpResponder &responder);
    QStringList serverNames() const { return m_serverNames; }
    void collectServerNames();
    bool credentialsOk(const HttpRequest &request, HttpResponder &responder);
    void replyRefused(int status, HttpResponder &responder);  // what the HTTP layer refuses
    void setUpLoginRoutes();  // WebServerLogin.cpp
    void handleSubmit(const HttpRequest &request, HttpResponder &responder);
    // GET /api/jobs[?limit=&before=&q=]: one page of the history (WebServerApi.cpp).
    void handleJobList(const HttpRequest &request, HttpResponder &responder);
    bool refusedWhileStopping(HttpResponder &responder);  // true when it answered 503
    void handleDownload(const HttpRequest &request, HttpResponder &responder);
    void handleEvents(HttpResponder &responder, const QString &language);
    void broadcast(const Job &job);
    // The language a request asked for: ?lang=, else Accept-Language (docs/API.md).
    WebText textFor(const HttpRequest &request) const;

    JobQueue *m_queue;
    WebServerConfig m_config;
    WebAuth *m_auth = nullptr;
    std::unique_ptr<HttpServer> m_server;
    QList<QTcpSocket *> m_eventStreams;
    quint16 m_port = 0;
    bool m_intakeStopped = false;
    QStringList m_serverNames;  // what Host/Origin may name; collected once at start()
    std::unique_ptr<WebCatalogues> m_catalogues;  // the page's languages, loaded on first use
};

}  // namespace tunedrop
