// WebServer: logging in from a browser (LAN access). The checks themselves live in WebAuth.
#include "WebServer.h"

#include "HttpServer.h"
#include "WebAuth.h"
#include "WebReplies.h"
#include "WebText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

namespace tunedrop {

using namespace webdetail;
using Status = HttpStatus;

namespace {

constexpr const char *kContext = "tunedrop::WebServer";

// In the browser's language (WebText), like the page itself.
QByteArray loginPage(const QString &message, const WebText &text)
{
    const QString error = message.isEmpty() ? QString() : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(message.toHtmlEscaped());
    return QStringLiteral("<!DOCTYPE html><html lang=\"%5\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>"
                          "<header><img src=\"/static/icon.svg\" alt=\"\" width=\"40\" height=\"40\"><h1>TuneDrop</h1></header>"
                          "<main class=\"login\"><h2>%1</h2>%2<form method=\"post\" action=\"/login\">"
                          "<label for=\"password\">%3</label>"
                          "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required autofocus>"
                          "<button type=\"submit\">%4</button></form></main></body></html>")
        .arg(text.lookUp(kContext, QT_TRANSLATE_NOOP("tunedrop::WebServer", "Log in")).toHtmlEscaped(), error,
             text.lookUp(kContext, QT_TRANSLATE_NOOP("tunedrop::WebServer", "Access password")).toHtmlEscaped(),
             text.lookUp(kContext, QT_TRANSLATE_NOOP("tunedrop::WebServer", "Log in")).toHtmlEscaped(), text.language())
        .toUtf8();
}

}  // namespace

namespace webdetail {

QString loginPassword(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')))
        .queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
}

}  // namespace webdetail

void WebServer::setUpLoginRoutes()
{
    m_server->route(QStringLiteral("/login"), {"GET"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (accept(req, r))
            reply(r, "text/html; charset=utf-8", loginPage({}, textFor(req)), Status::Ok);
    });
    m_server->route(QStringLiteral("/login"), {"POST"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (!accept(req, r))
            return;
        if (!m_auth)  // nothing to log in to on a loopback-only server
            return reply(r, "text/plain; charset=utf-8", "", Status::SeeOther, {{"Location", "/"}});
        const QString password = loginPassword(req.body());
        const WebText text = textFor(req);
        WebAuth::Session session;
        switch (m_auth->login(r.peerAddress(), password, &session)) {
        case WebAuth::LoginResult::Ok:
            return reply(r, "text/plain; charset=utf-8", "", Status::SeeOther,
                         {{"Location", "/"}, {"Set-Cookie", WebAuth::sessionCookie(session)}});
        case WebAuth::LoginResult::WrongPassword:
            return reply(r, "text/html; charset=utf-8", loginPage(text.lookUp(kContext, QT_TRANSLATE_NOOP("tunedrop::WebServer", "Wrong password.")), text),
                         Status::Unauthorized);
        case WebAuth::LoginResult::Banned: {
            // Either this device's own ban or the lock on every remote device (too many wrong
            // passwords from anywhere): say how long, whichever it is.
            const qint64 seconds = std::max<qint64>(1, m_auth->retryAfterSeconds(r.peerAddress()));
            const int minutes = int((seconds + 59) / 60);
            const QString wait = seconds < 60
                ? text.lookUp(kContext, QT_TRANSLATE_N_NOOP("tunedrop::WebServer", "Too many wrong passwords. Try again in %n second(s)."), int(seconds))
                : text.lookUp(kContext, QT_TRANSLATE_N_NOOP("tunedrop::WebServer", "Too many wrong passwords. Try again in %n minute(s)."), minutes);
            return reply(r, "text/html; charset=utf-8", loginPage(wait, text), Status::TooManyRequests,
                         {{"Retry-After", QByteArray::number(seconds)}});
        }
        }
    });
    // The page asks for its CSRF token here and sends it back with every command.
    m_server->route(QStringLiteral("/api/session"), {"GET"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (!accept(req, r))
            return;
        const WebAuth::Session *session = m_auth ? m_auth->session(sessionCookieValue(req)) : nullptr;
        replyJson(r, QJsonDocument(QJsonObject{{QStringLiteral("csrf"), session ? QString::fromLatin1(session->csrfToken) : QString()},
                                               {QStringLiteral("loginRequired"), m_config.requireCredentials}})
                         .toJson(QJsonDocument::Compact),
                  Status::Ok);
    });
    m_server->route(QStringLiteral("/logout"), {"POST"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (!accept(req, r))
            return;
        if (m_auth)
            m_auth->logout(sessionCookieValue(req));
        reply(r, "text/plain; charset=utf-8", "", Status::SeeOther,
              {{"Location", "/login"}, {"Set-Cookie", "tunedrop_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"}});
    });
}

}  // namespace tunedrop
