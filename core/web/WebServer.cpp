#include "WebServer.h"

#include "FileStreamer.h"
#include "HttpServer.h"
#include "JobJson.h"
#include "WebAuth.h"
#include "WebCatalogues.h"
#include "WebPageStrings.h"
#include "WebReplies.h"
#include "WebText.h"
#include "queue/JobQueue.h"
#include "source/OwnAddress.h"
#include "source/UrlClassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace tunedrop {

namespace {
constexpr const char *kStreamLanguage = "tunedropLanguage";  // an event stream's page language
}  // namespace

namespace webdetail {

Headers securityHeaders()
{
    return WebAuth::securityHeaders();
}

void reply(HttpResponder &responder, const QByteArray &contentType, const QByteArray &body, HttpStatus status,
           const Headers &extra)
{
    Headers headers = securityHeaders();
    headers.append({"Content-Type", contentType});
    headers.append(extra);
    responder.send(status, headers, body);
}

void replyJson(HttpResponder &responder, const QByteArray &json, HttpStatus status)
{
    reply(responder, "application/json", json, status);
}

QByteArray jsonError(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
}

// The original service's bodies, byte for byte: clients match on them (note "SUBMITED").
QByteArray originalSubmitted(const QString &id)
{
    return "{\"data\":{\"filename\":\"" + id.toUtf8()
        + "\"},\"message\":\"The request has been sent\",\"message_code\":\"REQUEST_SUBMITED\",\"error_fields\":{}}";
}

QByteArray originalRefused(const QByteArray &code, const QByteArray &message)
{
    return "{\"data\":{},\"message\":\"" + message + "\",\"message_code\":\"" + code + "\",\"error_fields\":{}}";
}

QByteArray htmlPage(const QString &title, const QString &text, const WebText &words)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"%4\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>"
                          "<body><main class=\"notice\"><h1>%1</h1><p>%2</p><p><a href=\"/\">%3</a></p></main></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped(),
             words.lookUp("tunedrop::WebServer", QT_TRANSLATE_NOOP("tunedrop::WebServer", "Back to TuneDrop")).toHtmlEscaped(),
             words.language())
        .toUtf8();
}

QString submittedLink(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object().value(QStringLiteral("video_url")).toString().trimmed();
}

QUuid jobIdFromPath(const QString &segment)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return shape.match(segment).hasMatch() ? QUuid::fromString(segment) : QUuid();
}

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/web/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace webdetail

using namespace webdetail;

WebServer::WebServer(JobQueue *queue, WebServerConfig config, WebAuth *auth, QObject *parent)
    : QObject(parent), m_queue(queue), m_config(std::move(config)), m_auth(auth),
      m_catalogues(std::make_unique<WebCatalogues>())
{
    if (!m_config.address.isLoopback())
        m_config.requireCredentials = true;
    HttpServer::Limits limits;
    limits.maxConnections = m_config.maxConnections;
    limits.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    limits.idleTimeoutMs = m_config.idleTimeoutMs;
    limits.trustedProxies = m_config.trustedProxies;
    limits.request = {kMaxHeaderBytes, kMaxHeaders, kMaxBody};
    m_server = std::make_unique<HttpServer>(limits);
    m_server->setErrorHandler([this](int status, HttpResponder &responder) { replyRefused(status, responder); });
    setUpRoutes();
    connect(m_queue, &JobQueue::jobChanged, this, &WebServer::broadcast);
    connect(m_queue, &JobQueue::jobAdded, this, &WebServer::broadcast);
}

WebServer::~WebServer()
{
    // The server deletes its sockets; their signals must not reach a half-destroyed us.
    for (QTcpSocket *socket : std::as_const(m_eventStreams))
        socket->disconnect(this);
    m_eventStreams.clear();
    m_server.reset();
}

bool WebServer::start(QString *error)
{
    if (m_config.requireCredentials && (!m_config.passwordSet || !m_auth)) {
        // Never open the queue to the network unprotected.
        *error = tr("Listening on %1 (the local network) needs an access password. Set one in Settings or with "
                    "“tunedrop --set-web-password”.")
                     .arg(m_config.address.toString());
        return false;
    }
    collectServerNames();
    m_port = m_server->listen(m_config.address, m_config.port) ? m_server->serverPort() : 0;
    if (m_port == 0) {
        *error = tr("Port %1 is already in use by another program. Choose another port in Settings or with "
                    "--web-port, or stop the other program.")
                     .arg(m_config.port);
        return false;
    }
    return true;
}

int WebServer::openConnections() const
{
    return m_server->openConnections();
}

void WebServer::stopIntake()
{
    m_intakeStopped = true;
    m_server->stopListening();  // open connections stay
}

bool WebServer::refusedWhileStopping(HttpResponder &responder)
{
    if (!m_intakeStopped)
        return false;
    replyJson(responder, jsonError(tr("TuneDrop is shutting down. Send the link again once it runs.")),
              HttpStatus::ServiceUnavailable);
    return true;
}

QString WebServer::refusalFor(const QString &link, bool allowLocalSources, const WebText *text)
{
    // QT_TRANSLATE_NOOP + the request's catalogue: the browser's language, not the desktop's.
    const auto say = [text](const char *source) {
        return text ? text->lookUp("tunedrop::WebServer", source)
                    : QCoreApplication::translate("tunedrop::WebServer", source);
    };
    const ClassifiedInput c = UrlClassifier::classify(link);
    if (c.kind == ClassifiedInput::Kind::Invalid) {
        if (c.plainText)  // "not a link": what the page's users paste by mistake
            return say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "This is not a link. Paste a link that starts with http:// or https://."));
        if (!text || !c.errorSource)
            return c.error;
        const QString reason = text->lookUp("UrlClassifier", c.errorSource);
        return QByteArray(c.errorSource).contains("%1") ? reason.arg(c.errorArg) : reason;
    }
    if (c.kind == ClassifiedInput::Kind::LocalFile)
        return say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "Only web links (http or https) can be sent from a browser."));
    const QUrl url(c.url);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "Only web links (http or https) can be sent from a browser."));
    if (!allowLocalSources) {
        // Canonical forms ("localhost.", "0x7f.1", "[::ffff:127.0.0.1]"...): see OwnAddress.h.
        // Names are checked again at every connection the job makes (GuardedProxy).
        if (isOwnMachineHost(url.host(QUrl::FullyDecoded)))
            return say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "Links to this computer's own services are not accepted from the web."));
    }
    return {};
}

WebText WebServer::textFor(const HttpRequest &request) const
{
    return m_catalogues->forRequest(header(request, "Accept-Language"),
                                    QUrlQuery(request.url()).queryItemValue(QStringLiteral("lang")));
}

void WebServer::setUpRoutes()
{
    using Status = HttpStatus;
    m_server->route(QStringLiteral("/"), {"GET"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (!accept(req, r))
            return;
        const WebText text = textFor(req);
        reply(r, "text/html; charset=utf-8", WebPageStrings::renderPage(resource(QStringLiteral("index.html")), text),
              Status::Ok, {{"Content-Language", text.language().toLatin1()}, {"Vary", "Accept-Language"}});
    });
    // The page's words for its script, in the language it was served in.
    m_server->route(QStringLiteral("/api/strings"), {"GET"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (!accept(req, r))
            return;
        const WebText text = textFor(req);
        // TuneDrop's own job messages come in the page's language (each job's errorLanguage);
        // others' (yt-dlp's, records from older versions) in the desktop's: the page then says
        // why in its own words.
        const QString jobLanguage = WebCatalogues::negotiate(QLocale().name().toLatin1());
        replyJson(r, QJsonDocument(QJsonObject{{QStringLiteral("lang"), text.language()},
                                               {QStringLiteral("jobLanguage"), jobLanguage},
                                               {QStringLiteral("strings"), WebPageStrings::table(text)}})
                         .toJson(QJsonDocument::Compact),
                  Status::Ok);
    });
    m_server->route(QStringLiteral("/static/<arg>"), {"GET"}, [](const HttpRequest &req, HttpResponder &r) {
        // Only the page's own files, by exact name: no path from a request reaches the disk.
        static const QHash<QString, QByteArray> types = {
            {QStringLiteral("app.js"), "text/javascript; charset=utf-8"},
            {QStringLiteral("style.css"), "text/css; charset=utf-8"},
            {QStringLiteral("icon.svg"), "image/svg+xml"}};
        const QString name = req.arg(0);
        if (!types.contains(name))
            return reply(r, "text/plain", "not found", Status::NotFound);
        reply(r, types.value(name), resource(name), Status::Ok);
    });
    m_server->route(QStringLiteral("/submit"), {"POST"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (accept(req, r))
            handleSubmit(req, r);
    });
    m_server->route(QStringLiteral("/download-music/<arg>"), {"GET", "HEAD"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (accept(req, r))
            handleDownload(req, r);
    });
    m_server->route(QStringLiteral("/api/jobs"), {"GET"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (accept(req, r))
            handleJobList(req, r);
    });
    m_server->route(QStringLiteral("/api/jobs/<arg>"), {"GET"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (!accept(req, r))
            return;
        const QUuid id = jobIdFromPath(req.arg(0));
        const auto job = id.isNull() ? std::nullopt : m_queue->job(id);
        if (!job)
            return replyJson(r, R"({"error":"no such job"})", Status::NotFound);
        replyJson(r, QJsonDocument(jobToJson(*job, textFor(req))).toJson(QJsonDocument::Compact), Status::Ok);
    });
    m_server->route(QStringLiteral("/api/events"), {"GET"}, [this](const HttpRequest &req, HttpResponder &r) {
        if (accept(req, r))
            handleEvents(r, textFor(req).language());
    });
    setUpApiRoutes();
    setUpLoginRoutes();
}

void WebServer::replyRefused(int status, HttpResponder &responder)
{
    // What the HTTP layer refuses before any route runs (HttpRequestParser), no route for the
    // path, or a handler that did not answer. The connection closes after it unless it is 404.
    QString message;
    switch (status) {
    case 404:
        message = tr("Not found.");
        break;
    case 413:
    case 431:
        message = tr("The request is too large.");
        break;
    default:
        message = tr("The request is malformed.");
        break;
    }
    replyJson(responder, jsonError(message), HttpStatus(status));
}

void WebServer::handleSubmit(const HttpRequest &request, HttpResponder &responder)
{
    using Status = HttpStatus;
    if (refusedWhileStopping(responder))
        return;
    const QString link = submittedLink(request.body());
    if (link.isEmpty() || link.size() > 4096
        || !refusalFor(link, m_config.allowLocalSources).isEmpty())
        return replyJson(responder, originalRefused("VIDEO_DONT_EXISTS_INVALID", "Invalid video url"), Status::BadRequest);
    // The old service remembered videos that do not exist; the queue remembers failed jobs.
    const QList<Job> earlier = m_queue->jobsFor(link);
    const bool knownMissing = !earlier.isEmpty() && std::all_of(earlier.cbegin(), earlier.cend(), [](const Job &j) {
        return j.state == JobState::Failed && j.errorCategory == ErrorCategory::NotFound;
    });
    if (knownMissing)
        return replyJson(responder, originalRefused("VIDEO_DONT_EXISTS", "The video doesn't exist"), Status::BadRequest);
    const AddResult added = m_queue->add(link, AddOptions{{}, false, !m_config.allowLocalSources});
    if (added.id.isNull())
        return replyJson(responder, originalRefused("VIDEO_DONT_EXISTS_INVALID", "Invalid video url"), Status::BadRequest);
    replyJson(responder, originalSubmitted(added.id.toString(QUuid::WithoutBraces)), Status::Created);
}

void WebServer::handleDownload(const HttpRequest &request, HttpResponder &responder)
{
    using Status = HttpStatus;
    const QUuid uuid = jobIdFromPath(request.arg(0));
    // These pages open on the phone: in its language.
    const WebText words = textFor(request);
    const auto say = [&words](const char *source) { return words.lookUp("tunedrop::WebServer", source); };
    const auto invalidPage = [&] {
        return htmlPage(say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "Invalid link")),
                        say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "This download link is not valid, or its file has expired.")), words);
    };
    if (uuid.isNull())  // "<uuid>.mp3", braces, garbage: not a download link at all
        return reply(responder, "text/html; charset=utf-8", invalidPage(), Status::NotFound);
    const auto job = m_queue->job(uuid);
    if (!job || job->state == JobState::Failed || job->state == JobState::Cancelled || job->state == JobState::Expired
        || (job->state == JobState::Done && !QFileInfo::exists(job->outputPath)))
        return reply(responder, "text/html; charset=utf-8", invalidPage(), Status::Ok);
    if (job->state != JobState::Done)
        return reply(responder, "text/html; charset=utf-8",
                     htmlPage(say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "Not ready yet")),
                              say(QT_TRANSLATE_NOOP("tunedrop::WebServer", "The MP3 is still being prepared. Try again in a moment.")), words),
                     Status::Ok);
    FileStreamer::Request r;
    r.method = request.isHead() ? QByteArrayLiteral("HEAD") : QByteArrayLiteral("GET");
    for (const auto &h : request.headers())
        r.headers.append({h.first, h.second});
    // The streamer owns the socket from here (and closes it when done).
    FileStreamer::serve(responder.takeOver(), job->outputPath, QFileInfo(job->outputPath).fileName(), r, "audio/mpeg",
                        securityHeaders());
}

void WebServer::handleEvents(HttpResponder &responder, const QString &language)
{
    // Server-Sent Events: the socket stays open and gets one "job" event per change; the HTTP
    // connection hands it over and parses nothing more on it.
    QTcpSocket *socket = responder.takeOver();
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                      "Connection: keep-alive\r\n";
    for (const auto &h : securityHeaders())
        head += h.first + ": " + h.second + "\r\n";
    socket->write(head + "\r\nretry: 2000\n\n");
    m_eventStreams.append(socket);
    socket->setProperty(kStreamLanguage, language);  // its events speak the page's language
    // A comment now and then keeps a quiet stream from looking idle (and proxies awake).
    auto *keepAlive = new QTimer(socket);
    connect(keepAlive, &QTimer::timeout, socket, [socket] { socket->write(": ping\n\n"); });
    keepAlive->start(std::max(1000, m_config.idleTimeoutMs / 2));
    connect(socket, &QObject::destroyed, this, [this, socket] { m_eventStreams.removeAll(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_eventStreams.removeAll(socket); });
}

void WebServer::broadcast(const Job &job)
{
    if (m_eventStreams.isEmpty())
        return;
    QHash<QString, QByteArray> events;  // one per language the open pages speak
    for (QTcpSocket *s : std::as_const(m_eventStreams)) {
        if (s->bytesToWrite() >= 1024 * 1024)  // a client that stopped reading gets no more
            continue;
        const QString language = s->property(kStreamLanguage).toString();
        auto event = events.find(language);
        if (event == events.end())
            event = events.insert(language, "event: job\ndata: "
                                                + QJsonDocument(jobToJson(job, m_catalogues->forLanguage(language)))
                                                      .toJson(QJsonDocument::Compact)
                                                + "\n\n");
        s->write(*event);
    }
}

}  // namespace tunedrop
