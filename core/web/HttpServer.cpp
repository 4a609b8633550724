#include "HttpServer.h"

#include "ForwardedFor.h"
#include "GuardedTcpServer.h"
#include "HttpResponder.h"
#include "ServeTimings.h"

#include <cstdio>

#include <QTcpSocket>

namespace tunedrop {

HttpServer::HttpServer(Limits limits, QObject *parent)
    : QObject(parent), m_limits(limits),
      m_listener(new GuardedTcpServer(limits.maxConnections, limits.maxConnectionsPerAddress, limits.idleTimeoutMs, this))
{
    m_onError = [](int status, HttpResponder &responder) { responder.send(HttpStatus(status), {}, {}); };
    m_listener->setTrustedProxies(limits.trustedProxies);
    connect(m_listener, &QTcpServer::newConnection, this, &HttpServer::accept);
    if (qEnvironmentVariableIsSet("TUNEDROP_WEB_TIMINGS"))
        m_timings = std::make_unique<ServeTimings>();
}

HttpServer::~HttpServer()
{
    // Sockets (and their connections) are the listener's children; they must not call back
    // into routes whose owner is going away.
    delete m_listener;
    if (m_timings)  // for tests/bench/web_load.py, which reads it from stderr
        std::fprintf(stderr, "%s\n", qPrintable(m_timings->summary()));
}

void HttpServer::route(const QString &pattern, const QByteArrayList &methods, Handler handler)
{
    m_routes.append({pattern.split(QLatin1Char('/')), methods, std::move(handler)});
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_listener->listen(address, port);
}

quint16 HttpServer::serverPort() const
{
    return m_listener->isListening() ? m_listener->serverPort() : 0;
}

void HttpServer::stopListening()
{
    m_listener->close();
}

int HttpServer::openConnections() const
{
    return m_listener->openConnections();
}

void HttpServer::accept()
{
    // The listener has already answered the connections over its caps (503) and hands out
    // only the ones it counts.
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *connection = new HttpConnection(
            socket, m_limits.request, [this](HttpRequest &request, HttpResponder &responder) { handle(request, responder); },
            [this](int status, HttpResponder &responder) { m_onError(status, responder); });
        connection->setTimings(m_timings.get());
    }
}

void HttpServer::handle(HttpRequest &request, HttpResponder &responder)
{
    // Handlers and the per-address login budgets see the client behind a trusted proxy.
    if (!m_limits.trustedProxies.isEmpty()) {
        QByteArray forwarded;
        for (const auto &h : request.headers()) {
            if (h.first.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
                forwarded += (forwarded.isEmpty() ? "" : ",") + h.second;
        }
        request.peer = ForwardedFor::clientAddress(request.peer, forwarded, m_limits.trustedProxies);
        responder.setClientAddress(request.peer);
    }
    // Routing sees the decoded path: "%2F" is a '/', so "..%2F..%2Fetc" has more segments than
    // any route and reaches none.
    const QStringList segments = request.url().path().split(QLatin1Char('/'));
    for (const Route &route : std::as_const(m_routes)) {
        if (route.segments.size() != segments.size() || !route.methods.contains(request.method()))
            continue;
        QStringList args;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            if (route.segments[i] == QLatin1String("<arg>")) {
                match = !segments[i].isEmpty();
                args << segments[i];
            } else {
                match = route.segments[i] == segments[i];
            }
        }
        if (!match)
            continue;
        request.args = args;
        route.handler(request, responder);
        return;
    }
    m_onError(404, responder);
}

}  // namespace tunedrop
