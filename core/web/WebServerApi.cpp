// WebServer: the JSON API's commands and the checks every request passes. The original
// endpoint and the read-only routes are in WebServer.cpp.
#include "WebServer.h"

#include "HttpServer.h"
#include "JobJson.h"
#include "WebAuth.h"
#include "WebReplies.h"
#include "WebSubmission.h"
#include "WebText.h"
#include "queue/JobQueue.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QUrlQuery>

namespace tunedrop {

using namespace webdetail;
using Status = HttpStatus;

namespace {
const char *const kTooManyLinks = QT_TRANSLATE_NOOP("tunedrop::WebServer", "Send {\"links\": [...]} with 1 to %1 links.");

bool changesState(const HttpRequest &request)
{
    return request.method() != "GET" && request.method() != "HEAD";
}
}  // namespace

namespace webdetail {

QByteArray header(const HttpRequest &request, const QByteArray &name)
{
    return request.header(name);
}

QByteArray sessionCookieValue(const HttpRequest &request)
{
    return sessionCookieFromHeader(header(request, "Cookie"));
}

QByteArray sessionCookieFromHeader(const QByteArray &cookieHeader)
{
    static const QByteArray prefix = "tunedrop_session=";
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray kv = part.trimmed();
        if (kv.startsWith(prefix))
            return kv.mid(prefix.size());
    }
    return {};
}

QStringList submittedLinks(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    // The page sends its box as it is; the server splits it (one entry per line).
    if (object.value(QStringLiteral("text")).isString())
        return WebSubmission::splitLines(object.value(QStringLiteral("text")).toString());
    const QJsonArray array = object.value(QStringLiteral("links")).toArray();
    QStringList links;
    for (const QJsonValue &value : array)
        links << value.toString().trimmed();
    return links;
}

}  // namespace webdetail

void WebServer::collectServerNames()
{
    // Interface addresses and the host name cost system calls: once per start, not per request.
    QStringList names{QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("::1"),
                      m_config.address.toString()};
    if (!m_config.address.isLoopback()) {
        names << QHostInfo::localHostName();
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            names << a.toString();
    }
    m_serverNames = names;
}

bool WebServer::accept(const HttpRequest &request, HttpResponder &responder)
{
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still says "evil.example".
    if (!WebAuth::hostAllowed(header(request, "Host"), serverNames(), m_port)) {
        replyJson(responder, jsonError(textFor(request).lookUp("tunedrop::WebServer", QT_TRANSLATE_NOOP("tunedrop::WebServer", "Unknown host."))),
                  Status::MisdirectedRequest);
        return false;
    }
    // Head and body sizes were enforced while the request arrived (HttpConnection, 431/413).
    const bool isLogin = request.url().path() == QLatin1String("/login");
    if (changesState(request)) {
        // Cross-site requests: a browser always sends Origin on them; it must be us.
        const QByteArray origin = header(request, "Origin");
        if (!origin.isEmpty() && !WebAuth::sameOrigin(origin, serverNames(), m_port)) {
            replyJson(responder, jsonError(textFor(request).lookUp("tunedrop::WebServer", QT_TRANSLATE_NOOP("tunedrop::WebServer", "Cross-site requests are refused."))),
                      Status::Forbidden);
            return false;
        }
        // Commands take JSON only, which no cross-site form can send without a CORS preflight
        // that is never granted. The login form is the one exception.
        if (!isLogin && !request.body().isEmpty() && !header(request, "Content-Type").toLower().startsWith("application/json")) {
            replyJson(responder, jsonError(textFor(request).lookUp("tunedrop::WebServer", QT_TRANSLATE_NOOP("tunedrop::WebServer", "Send JSON (Content-Type: application/json)."))),
                      Status::UnsupportedMediaType);
            return false;
        }
    }
    return isLogin || credentialsOk(request, responder);
}

bool WebServer::credentialsOk(const HttpRequest &request, HttpResponder &responder)
{
    if (!m_config.requireCredentials)
        return true;
    const QByteArray authorization = header(request, "Authorization");
    if (!authorization.isEmpty() && m_auth->checkBearer(authorization))
        return true;  // API clients: no cookie, so no CSRF to guard against
    const WebAuth::Session *session = m_auth->session(sessionCookieValue(request));
    if (session) {
        if (!changesState(request) || m_auth->checkCsrf(session->id, header(request, "X-CSRF-Token")))
            return true;
        replyJson(responder, jsonError(textFor(request).lookUp("tunedrop::WebServer", QT_TRANSLATE_NOOP("tunedrop::WebServer", "The page is out of date: reload it."))),
                  Status::Forbidden);
        return false;
    }
    const QString path = request.url().path();
    if (request.method() == "GET" && !path.startsWith(QLatin1String("/api/"))) {
        reply(responder, "text/plain; charset=utf-8", "Log in first.", Status::SeeOther, {{"Location", "/login"}});
        return false;
    }
    replyJson(responder, jsonError(textFor(request).lookUp("tunedrop::WebServer", QT_TRANSLATE_NOOP("tunedrop::WebServer", "Log in or send the API token."))),
              Status::Unauthorized);
    return false;
}

void WebServer::handleJobList(const HttpRequest &req, HttpResponder &r)
{
    // A page of the history from the store, never every job ever made (issue 14): the newest
    // `limit` (default 200), `next` asks for the ones before them.
    const QUrlQuery query(req.url());
    JobPageQuery page;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        page.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > JobPageQuery::kMaxLimit)
            return replyJson(r, QByteArray(R"({"error":"limit must be 1 to )") + QByteArray::number(JobPageQuery::kMaxLimit) + "\"}",
                             Status::BadRequest);
    }
    page.before = query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded);
    page.search = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    const WebText words = textFor(req);
    const double revision = double(m_queue->revision());  // taken with the page, on one thread
    const JobPage found = m_queue->page(page);
    QJsonArray jobs;
    for (const Job &j : found.jobs)
        jobs.append(jobToJson(j, words));
    const QJsonValue next = found.next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(found.next);
    replyJson(r, QJsonDocument(QJsonObject{{QStringLiteral("jobs"), jobs}, {QStringLiteral("revision"), revision},
                                           {QStringLiteral("next"), next}})
                     .toJson(QJsonDocument::Compact), Status::Ok);
}

void WebServer::setUpApiRoutes()
{
    // POST /api/jobs {"links": [...]}: several links at once.
    m_server->route(QStringLiteral("/api/jobs"), {"POST"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (!accept(req, r) || refusedWhileStopping(r))
            return;
        const QStringList links = submittedLinks(req.body());
        const WebText text = textFor(req);
        if (links.isEmpty() || links.size() > kMaxLinksPerRequest)
            return replyJson(r, jsonError(text.lookUp("tunedrop::WebServer", kTooManyLinks).arg(kMaxLinksPerRequest)),
                             Status::BadRequest);
        QJsonArray results;
        WebSubmission::Counts counts;
        for (const QString &link : links) {
            QString why = refusalFor(link, m_config.allowLocalSources, &text);
            AddResult added;
            if (why.isEmpty()) {
                added = m_queue->add(link, AddOptions{{}, false, !m_config.allowLocalSources});
                why = added.error;
            }
            QJsonObject o{{QStringLiteral("url"), link}};
            if (!why.isEmpty()) {
                o.insert(QStringLiteral("error"), why);
                ++counts.refused;
            } else {
                ++(added.alreadyConverted ? counts.converted : added.duplicate ? counts.inList : counts.added);
                o.insert(QStringLiteral("id"), added.id.toString(QUuid::WithoutBraces));
                o.insert(QStringLiteral("duplicate"), added.duplicate);
                o.insert(QStringLiteral("alreadyConverted"), added.alreadyConverted);
            }
            results.append(o);
        }
        replyJson(r, QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                               {QStringLiteral("message"), WebSubmission::summary(counts, text)}})
                         .toJson(QJsonDocument::Compact),
                  Status::Created);
    });
    // POST /api/jobs/<id>/cancel and /retry; DELETE /api/jobs/<id>[?deleteFile=1].
    m_server->route(QStringLiteral("/api/jobs/<arg>/<arg>"), {"POST"},
                    [this](const HttpRequest &req, HttpResponder &r) {
                        if (!accept(req, r))
                            return;
                        const QUuid uuid = jobIdFromPath(req.arg(0));
                        const QString command = req.arg(1);
                        if (uuid.isNull() || !m_queue->job(uuid))
                            return replyJson(r, R"({"error":"no such job"})", Status::NotFound);
                        bool done = false;
                        if (command == QLatin1String("cancel"))
                            done = m_queue->cancel(uuid);
                        else if (command == QLatin1String("retry"))
                            done = m_queue->retry(uuid);
                        else if (command == QLatin1String("pin") || command == QLatin1String("unpin"))
                            done = m_queue->setPinned(uuid, command == QLatin1String("pin"));
                        else
                            return replyJson(r, R"({"error":"unknown command"})", Status::NotFound);
                        if (!done)
                            return replyJson(r, jsonError(textFor(req).lookUp("tunedrop::WebServer",
                                                                                      QT_TRANSLATE_NOOP("tunedrop::WebServer", "The job is not in a state that allows this."))),
                                             Status::Conflict);
                        replyJson(r, R"({"ok":true})", Status::Ok);
                    });
    m_server->route(QStringLiteral("/api/jobs/<arg>"), {"DELETE"},
                    [this](const HttpRequest &req, HttpResponder &r) {
                        if (!accept(req, r))
                            return;
                        const QUuid uuid = jobIdFromPath(req.arg(0));
                        const bool deleteFile = QUrlQuery(req.url()).queryItemValue(QStringLiteral("deleteFile")) == QLatin1String("1");
                        if (uuid.isNull() || !m_queue->remove(uuid, deleteFile))
                            return replyJson(r, R"({"error":"no such job"})", Status::NotFound);
                        replyJson(r, R"({"ok":true})", Status::Ok);
                    });
}

}  // namespace tunedrop
