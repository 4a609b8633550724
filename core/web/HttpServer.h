#pragma once

#include "HttpConnection.h"
#include "HttpRequestParser.h"

#include <QByteArrayList>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace tunedrop {

class GuardedTcpServer;
class ServeTimings;

// TuneDrop's own small HTTP/1.1 server (it replaced QHttpServer 6.4, which buffered whatever a
// client sent, with no limits and lenient parsing): a listener with connection caps
// (GuardedTcpServer), one HttpConnection per socket (strict parsing, bounded buffers, ordered
// pipelining, keep-alive rules), and a router from method + path to a handler.
class HttpServer : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 256;        // all addresses together
        int maxConnectionsPerAddress = 64;
        int idleTimeoutMs = 20000;
        HttpRequestParser::Limits request;
        // Reverse proxies whose X-Forwarded-For is believed (ForwardedFor); they are held only
        // to the global connection cap, since all their clients share their address.
        QList<QHostAddress> trustedProxies;
    };
    using Handler = std::function<void(const HttpRequest &request, HttpResponder &responder)>;

    explicit HttpServer(Limits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    // `pattern` is a path whose "<arg>" segments match any one non-empty segment of the decoded
    // path (handed to the handler as request.args); the first route whose path and method match
    // answers. Nothing matching: the error handler answers 404.
    void route(const QString &pattern, const QByteArrayList &methods, Handler handler);
    // Answers refused requests (400, 404, 413, 431, 500, ...); it must call responder.send().
    void setErrorHandler(HttpConnection::ErrorHandler handler) { m_onError = std::move(handler); }

    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    void stopListening();  // open connections stay
    int openConnections() const;

private:
    struct Route {
        QStringList segments;
        QByteArrayList methods;
        Handler handler;
    };
    void accept();
    void handle(HttpRequest &request, HttpResponder &responder);

    Limits m_limits;
    QList<Route> m_routes;
    HttpConnection::ErrorHandler m_onError;
    GuardedTcpServer *m_listener;
    std::unique_ptr<ServeTimings> m_timings;  // TUNEDROP_WEB_TIMINGS set: benchmarks
};

}  // namespace tunedrop
