#pragma once

// Private to core/web: writing answers for WebServer's handlers (WebServer.cpp, WebServerApi.cpp).

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>

namespace tunedrop::webdetail {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// CSP without inline script, no framing, no sniffing, no referrer: on every answer.
Headers securityHeaders();
void reply(QHttpServerResponder &responder, const QByteArray &contentType, const QByteArray &body,
           QHttpServerResponder::StatusCode status, const Headers &extra = {});
QByteArray htmlPage(const QString &title, const QString &text);
void replyJson(QHttpServerResponder &responder, const QByteArray &json, QHttpServerResponder::StatusCode status);
QByteArray jsonError(const QString &message);
// A request header by name (case-insensitive), empty when absent.
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
// The value of our session cookie in the request's Cookie header, empty when absent.
QByteArray sessionCookieValue(const QHttpServerRequest &request);

}  // namespace tunedrop::webdetail
