#pragma once

// Private to core/web: writing answers for WebServer's handlers (WebServer.cpp, WebServerApi.cpp)
// and reading what requests carry.

#include "HttpRequest.h"
#include "HttpResponder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace tunedrop {
class WebText;
}

namespace tunedrop::webdetail {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// CSP without inline script, no framing, no sniffing, no referrer: on every answer.
Headers securityHeaders();
void reply(HttpResponder &responder, const QByteArray &contentType, const QByteArray &body,
           HttpStatus status, const Headers &extra = {});
// A small HTML notice page in `words`' language (WebText: the request's).
QByteArray htmlPage(const QString &title, const QString &text, const WebText &words);
void replyJson(HttpResponder &responder, const QByteArray &json, HttpStatus status);
QByteArray jsonError(const QString &message);
// A request header by name (case-insensitive), empty when absent.
QByteArray header(const HttpRequest &request, const QByteArray &name);
// The value of our session cookie in the request's Cookie header, empty when absent.
QByteArray sessionCookieValue(const HttpRequest &request);

// What the handlers read from untrusted request text: pure functions, so that tests and the
// fuzz targets (tests/fuzz) reach them without a server.
// The value of tunedrop_session in a Cookie header value, empty when absent.
QByteArray sessionCookieFromHeader(const QByteArray &cookieHeader);
// POST /submit {"video_url": "..."}: the link, trimmed; empty unless the body is a JSON object
// with a string there.
QString submittedLink(const QByteArray &body);
// POST /api/jobs {"links": [...]}: each element as a trimmed string (empty for a non-string);
// empty when the body is not a JSON object with a "links" array.
QStringList submittedLinks(const QByteArray &body);
// POST /login: the form field "password" (application/x-www-form-urlencoded, '+' is a space).
QString loginPassword(const QByteArray &body);
// A job id in a path: exactly a UUID in its 36-character form (any case), else null. QUuid's
// own parser also takes braces and ignores what follows ("<uuid>.mp3"), which a link must not.
QUuid jobIdFromPath(const QString &segment);

}  // namespace tunedrop::webdetail
