#pragma once

// Private to core/web: writing answers for WebServer's handlers (WebServer.cpp, WebServerApi.cpp).

#include <QByteArray>
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

}  // namespace tunedrop::webdetail
