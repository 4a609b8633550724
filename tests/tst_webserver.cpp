// The embedded web server over a real JobQueue, spoken to over real sockets on 127.0.0.1:
// the original endpoint byte for byte, the JSON API, the event stream and downloads.
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "queue/JobQueue.h"
#include "queue/JobStore.h"
#include "queue/LocalAttemptFactory.h"
#include "settings/SecretStore.h"
#include "web/WebAuth.h"
#include "web/WebServer.h"

#include <QtTest>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTcpSocket>

#include <atomic>
#include <thread>

using namespace tunedrop;
using namespace tunedrop::test;

class TestWebServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_fx;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<WebServer> m_server;
    std::unique_ptr<LocalHttpServer> m_media;
    QNetworkAccessManager m_net;

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

    struct Answer {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QHash<QByteArray, QByteArray> headers;
    };
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {}, const QByteArray &type = "application/json",
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, WebServer *server = nullptr)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1").arg((server ? server : m_server.get())->port()) + path));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = m_net.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->error();
        for (const auto &h : reply->rawHeaderPairs())
            a.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        return a;
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<MediaFixtures>(m_dir.path());
        QVERIFY(!m_fx->make(QStringLiteral("song.webm"),
                            MediaFixtures::stereoTones(2) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"),
                                                                        QStringLiteral("-metadata"), QStringLiteral("title=Wëb Sóng")}).isEmpty());
        m_store = std::make_unique<JobStore>(m_dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(m_store->open());
        QueueConfig c;
        c.workers = 1;
        c.defaultOutputDir = m_dir.filePath(QStringLiteral("out"));
        c.workRoot = m_dir.filePath(QStringLiteral("work"));
        m_queue = std::make_unique<JobQueue>(m_store.get(), std::make_unique<LocalAttemptFactory>(), c);
        m_queue->restore();
        WebServerConfig wc;
        wc.port = 0;  // any free port
        wc.allowLocalSources = true;  // the media server below is on 127.0.0.1
        m_server = std::make_unique<WebServer>(m_queue.get(), wc);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_media = std::make_unique<LocalHttpServer>(m_dir.path());
    }

    void pageAndStaticFiles()
    {
        const Answer page = send("GET", QStringLiteral("/"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("video_url"));
        QVERIFY(page.headers.value("content-security-policy").contains("script-src 'self'"));
        QCOMPARE(page.headers.value("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(page.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(send("GET", QStringLiteral("/static/app.js")).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/static/..%2F..%2Fetc%2Fpasswd")).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/static/secrets")).status, 404);
    }

    void submitIsByteCompatibleAndDownloads()
    {
        const Answer a = send("POST", QStringLiteral("/submit"),
                              "{\"video_url\": \"" + m_media->url(QStringLiteral("song.webm")).toUtf8() + "\"}");
        QCOMPARE(a.status, 201);
        const QRegularExpression shape(QString::fromLatin1(
            R"re(^\{"data":\{"filename":"([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})"\},"message":"The request has been sent","message_code":"REQUEST_SUBMITED","error_fields":\{\}\}$)re"));
        const auto m = shape.match(QString::fromUtf8(a.body));
        QVERIFY2(m.hasMatch(), a.body.constData());
        const QString id = m.captured(1);
        // Not ready yet, then the MP3.
        const Answer early = send("GET", QStringLiteral("/download-music/") + id);
        QCOMPARE(early.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_queue->job(QUuid::fromString(id))->state == JobState::Done, 30000);
        const Answer mp3 = send("GET", QStringLiteral("/download-music/") + id);
        QCOMPARE(mp3.status, 200);
        QCOMPARE(mp3.headers.value("content-type"), QByteArray("audio/mpeg"));
        QVERIFY(mp3.body.startsWith("ID3"));
        QFile file(m_queue->job(QUuid::fromString(id))->outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(mp3.body, file.readAll());
        // The same job through the JSON API.
        const Answer list = send("GET", QStringLiteral("/api/jobs"));
        QCOMPARE(list.status, 200);
        const QJsonArray jobs = QJsonDocument::fromJson(list.body).object().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(job.value(QStringLiteral("progress")).toInt(), 100);
        QCOMPARE(job.value(QStringLiteral("title")).toString(), QStringLiteral("Wëb Sóng"));
        QVERIFY(job.value(QStringLiteral("error")).isNull());
        QVERIFY(!job.contains(QStringLiteral("outputPath")));  // no file-system paths leave the server
        // The list is as new as the job's latest change: the page keeps whichever copy is newer.
        const double listRevision = QJsonDocument::fromJson(list.body).object().value(QStringLiteral("revision")).toDouble();
        QCOMPARE(job.value(QStringLiteral("revision")).toDouble(), double(m_queue->job(QUuid::fromString(id))->revision));
        QVERIFY(job.value(QStringLiteral("revision")).toDouble() > 0);
        QCOMPARE(listRevision, double(m_queue->revision()));
        QVERIFY(listRevision >= job.value(QStringLiteral("revision")).toDouble());
    }

    void refusedLinks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("video_url=x");
        QTest::newRow("wrong key") << QByteArray("{\"url\": \"https://youtu.be/dQw4w9WgXcQ\"}");
        QTest::newRow("not a link") << QByteArray("{\"video_url\": \"hello\"}");
        QTest::newRow("local file") << QByteArray("{\"video_url\": \"/etc/passwd\"}");
        QTest::newRow("file url") << QByteArray("{\"video_url\": \"file:///etc/passwd\"}");
        QTest::newRow("javascript") << QByteArray("{\"video_url\": \"javascript:alert(1)\"}");
        QTest::newRow("bad youtube id") << QByteArray("{\"video_url\": \"https://www.youtube.com/watch?v=short\"}");
    }
    void refusedLinks()
    {
        QFETCH(QByteArray, body);
        const Answer a = send("POST", QStringLiteral("/submit"), body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body, QByteArray("{\"data\":{},\"message\":\"Invalid video url\",\"message_code\":\"VIDEO_DONT_EXISTS_INVALID\",\"error_fields\":{}}"));
    }

    void knownMissingVideoIsReportedAsSuch()
    {
        const QByteArray body = "{\"video_url\": \"" + m_media->url(QStringLiteral("gone.webm")).toUtf8() + "\"}";
        const Answer first = send("POST", QStringLiteral("/submit"), body);
        QCOMPARE(first.status, 201);
        const QString id = QJsonDocument::fromJson(first.body).object().value(QStringLiteral("data")).toObject()
                               .value(QStringLiteral("filename")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_queue->job(QUuid::fromString(id))->state == JobState::Failed, 20000);
        const Answer again = send("POST", QStringLiteral("/submit"), body);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.body, QByteArray("{\"data\":{},\"message\":\"The video doesn't exist\",\"message_code\":\"VIDEO_DONT_EXISTS\",\"error_fields\":{}}"));
    }

    void hostNamesResolvingHereAreRefused()
    {
        // Debian maps the machine's own name to 127.0.1.1: a name that passes the literal check
        // but leads back here. The job refuses it when it runs (the name is resolved there).
        const QString name = QHostInfo::localHostName();
        const QList<QHostAddress> addresses = QHostInfo::fromName(name).addresses();
        if (!std::any_of(addresses.cbegin(), addresses.cend(), [](const QHostAddress &a) { return a.isLoopback(); }))
            QSKIP("this machine's name does not resolve to a loopback address");
        WebServerConfig wc;
        wc.port = 0;  // allowLocalSources stays false
        WebServer server(m_queue.get(), wc);
        QString error;
        QVERIFY(server.start(&error));
        QFile::copy(m_dir.filePath(QStringLiteral("song.webm")), m_dir.filePath(QStringLiteral("only-here.webm")));
        const QByteArray link = QStringLiteral("http://%1:%2/only-here.webm").arg(name).arg(m_media->port()).toUtf8();
        const Answer a = send("POST", QStringLiteral("/submit"), "{\"video_url\": \"" + link + "\"}", "application/json", {}, &server);
        QCOMPARE(a.status, 201);
        const QString id = QJsonDocument::fromJson(a.body).object().value(QStringLiteral("data")).toObject()
                               .value(QStringLiteral("filename")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_queue->job(QUuid::fromString(id))->state == JobState::Failed, 20000);
        QCOMPARE(m_queue->job(QUuid::fromString(id))->errorCategory, ErrorCategory::PermissionDenied);
        QCOMPARE(m_media->requestCount(QStringLiteral("only-here.webm")), 0);  // never fetched
    }

    void localSourcesAreRefusedByDefault()
    {
        QVERIFY(!WebServer::refusalFor(QStringLiteral("http://127.0.0.1:8080/x.mp3"), false).isEmpty());
        QVERIFY(!WebServer::refusalFor(QStringLiteral("http://localhost/x.mp3"), false).isEmpty());
        QVERIFY(!WebServer::refusalFor(QStringLiteral("http://[::1]/x.mp3"), false).isEmpty());
        QVERIFY(!WebServer::refusalFor(QStringLiteral("http://169.254.1.1/x.mp3"), false).isEmpty());
        QVERIFY(WebServer::refusalFor(QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ"), false).isEmpty());
        QVERIFY(WebServer::refusalFor(QStringLiteral("http://127.0.0.1:8080/x.mp3"), true).isEmpty());
    }

    // Every spelling a resolver or the kernel reads as this machine (issue 20 item 1).
    void ownMachineSpellingsAreRefused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("refused");
        const char *refused[] = {"http://localhost./x.mp3", "http://LOCALHOST./x.mp3", "http://a.localhost./x.mp3",
                                 "http://127.0.0.1./x.mp3", "http://[::127.0.0.1]/x.mp3",
                                 "http://[::ffff:127.0.0.1]/x.mp3", "http://[::ffff:7f00:1]/x.mp3",
                                 "http://[::ffff:169.254.169.254]/x.mp3", "http://[0:0:0:0:0:0:0:1]/x.mp3",
                                 "http://[fe80::1]/x.mp3", "http://[::]/x.mp3", "http://0/x.mp3",
                                 "http://0.0.0.0/x.mp3", "http://2130706433/x.mp3", "http://0x7f.1/x.mp3",
                                 "http://0177.0.0.1/x.mp3", "http://127.1/x.mp3", "http://0x7f000001/x.mp3",
                                 "http://169.254.169.254./latest", "http://0.1.2.3/x.mp3"};
        for (const char *link : refused)
            QTest::newRow(link) << QString::fromLatin1(link) << true;
        const char *accepted[] = {"http://example.com./x.mp3", "http://10.200.0.1/x.mp3", "http://[2001:db8::1]/x.mp3",
                                  "http://128.0.0.1/x.mp3", "http://0x80.1/x.mp3", "http://localhost.example.com/x.mp3"};
        for (const char *link : accepted)
            QTest::newRow(link) << QString::fromLatin1(link) << false;
    }

    void ownMachineSpellingsAreRefused()
    {
        QFETCH(QString, link);
        QFETCH(bool, refused);
        QCOMPARE(!WebServer::refusalFor(link, false).isEmpty(), refused);
        QVERIFY(WebServer::refusalFor(link, true).isEmpty());  // --allow-local-sources
    }

    void invalidDownloadLinks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("not a uuid") << QStringLiteral("..%2F..%2Fetc%2Fpasswd");
        QTest::newRow("unknown uuid") << QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("garbage") << QStringLiteral("x");
        QTest::newRow("uuid.mp3") << QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".mp3");
        QTest::newRow("braces") << QUuid::createUuid().toString();
    }
    void invalidDownloadLinks()
    {
        QFETCH(QString, id);
        const Answer a = send("GET", QStringLiteral("/download-music/") + id);
        QVERIFY(!a.body.contains("root:"));  // nothing from the file system, ever
        if (id.contains(QStringLiteral("%2F"))) {
            QCOMPARE(a.status, 404);  // a decoded '/' makes it another path: no route answers it
            return;
        }
        if (QUuid::fromString(id).isNull() || id.size() != 36) {
            QCOMPARE(a.status, 404);  // not a job id at all (parsed strictly)
            QVERIFY(a.body.contains("Invalid link"));
            return;
        }
        QCOMPARE(a.status, 200);  // the original answered an HTML page, not an error status
        QVERIFY(a.body.contains("Invalid link"));
    }

    void eventStreamReportsChanges()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port())
                     + "\r\nAccept: text/event-stream\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("text/event-stream"), 5000);
        m_queue->add(m_dir.filePath(QStringLiteral("missing.webm")));
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("event: job"), 10000);
        QVERIFY(received.contains("\"state\":"));
    }

    QByteArray raw(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        // The server shares this thread: keep its event loop turning while waiting.
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (!answer.contains("\r\n\r\n") && t.elapsed() < 5000) {
            QTest::qWait(10);
            answer += socket.readAll();
        }
        return answer;
    }

    void hostileRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        const QByteArray json = "{\"video_url\": \"https://youtu.be/dQw4w9WgXcQ\"}";
        const QByteArray len = QByteArray::number(json.size());
        QTest::newRow("DNS rebinding host") << QByteArray("GET /api/jobs HTTP/1.1\r\nHost: evil.example:8080\r\n\r\n") << QByteArray("421");
        // HTTP/1.1 requires one Host (RFC 9112 3.2): refused by the parser; HTTP/1.0 may omit it,
        // and then it names no host of ours.
        QTest::newRow("no host") << QByteArray("GET /api/jobs HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("no host, 1.0") << QByteArray("GET /api/jobs HTTP/1.0\r\n\r\n") << QByteArray("421");
        QTest::newRow("cross-site origin") << "POST /submit HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nOrigin: https://evil.example\r\nContent-Type: application/json\r\nContent-Length: " + len + "\r\n\r\n" + json << QByteArray("403");
        QTest::newRow("form, not JSON") << "POST /submit HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Type: text/plain\r\nContent-Length: " + len + "\r\n\r\n" + json << QByteArray("415");
        const QByteArray huge(200 * 1024, 'x');
        QTest::newRow("8 KiB of headers") << "GET /api/jobs HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nX-Pad: " + QByteArray(9000, 'p') + "\r\n\r\n" << QByteArray("431");
        QTest::newRow("huge body") << "POST /submit HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(huge.size()) + "\r\n\r\n" + huge << QByteArray("413");
    }
    void hostileRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        request.replace("PORT", QByteArray::number(m_server->port()));
        const QByteArray answer = raw(request);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.left(200).constData());
        QVERIFY(answer.contains("X-Frame-Options: DENY"));
        // ...and the server still answers afterwards.
        QCOMPARE(send("GET", QStringLiteral("/api/jobs")).status, 200);
    }

    void apiCommands()
    {
        m_queue->pause();
        const Answer added = send("POST", QStringLiteral("/api/jobs"),
                                  "{\"links\": [\"" + m_media->url(QStringLiteral("song.webm")).toUtf8()
                                      + "\", \"https://example.org/b.mp3\", \"file:///etc/passwd\"]}");
        QCOMPARE(added.status, 201);
        const QJsonArray results = QJsonDocument::fromJson(added.body).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).toObject().value(QStringLiteral("duplicate")).toBool());  // submitted earlier, file exists
        const QString id = results.at(1).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(results.at(2).toObject().contains(QStringLiteral("error")));
        QCOMPARE(send("POST", QStringLiteral("/api/jobs/%1/cancel").arg(id)).status, 200);
        QCOMPARE(m_queue->job(QUuid::fromString(id))->state, JobState::Cancelled);
        QCOMPARE(send("POST", QStringLiteral("/api/jobs/%1/cancel").arg(id)).status, 409);
        QCOMPARE(send("POST", QStringLiteral("/api/jobs/%1/retry").arg(id)).status, 200);
        QCOMPARE(m_queue->job(QUuid::fromString(id))->state, JobState::Queued);
        QCOMPARE(send("POST", QStringLiteral("/api/jobs/%1/explode").arg(id)).status, 404);
        QCOMPARE(send("DELETE", QStringLiteral("/api/jobs/%1").arg(id)).status, 200);
        QVERIFY(!m_queue->job(QUuid::fromString(id)));
        QCOMPARE(send("DELETE", QStringLiteral("/api/jobs/%1").arg(id)).status, 404);
        QCOMPARE(send("POST", QStringLiteral("/api/jobs"), "{\"links\": []}").status, 400);
        m_queue->resume();
    }

    // LAN mode's protection, exercised on loopback with credentials required.
    void credentialsAreRequiredWhenAsked()
    {
        QTemporaryDir secretsDir;
        SecretStore secrets(QStringLiteral("TuneDrop-test"), secretsDir.path(), secretsDir.path());
        WebAuth auth([](const QString &p) { return p == QStringLiteral("sesame"); }, &secrets);
        auth.setLoopbackOnly(false);
        WebServerConfig wc;
        wc.port = 0;
        wc.requireCredentials = true;
        {
            WebServer noPassword(m_queue.get(), wc, &auth);
            QString error;
            QVERIFY(!noPassword.start(&error));  // never unprotected
            QVERIFY(error.contains(QStringLiteral("password")));
        }
        wc.passwordSet = true;
        WebServer server(m_queue.get(), wc, &auth);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        m_net.setCookieJar(new QNetworkCookieJar(&m_net));  // a fresh browser

        QCOMPARE(send("GET", QStringLiteral("/api/jobs"), {}, {}, {}, &server).status, 401);
        const Answer page = send("GET", QStringLiteral("/"), {}, {}, {}, &server);
        QCOMPARE(page.status, 303);
        QCOMPARE(page.headers.value("location"), QByteArray("/login"));
        QCOMPARE(send("GET", QStringLiteral("/login"), {}, {}, {}, &server).status, 200);
        QCOMPARE(send("POST", QStringLiteral("/login"), "password=wrong", "application/x-www-form-urlencoded", {}, &server).status, 401);
        const Answer ok = send("POST", QStringLiteral("/login"), "password=sesame", "application/x-www-form-urlencoded", {}, &server);
        QCOMPARE(ok.status, 303);
        QVERIFY(ok.headers.value("set-cookie").contains("HttpOnly"));
        QVERIFY(ok.headers.value("set-cookie").contains("SameSite=Strict"));
        // The cookie jar now holds the session: reading works, commands need the CSRF token.
        QCOMPARE(send("GET", QStringLiteral("/api/jobs"), {}, {}, {}, &server).status, 200);
        const QByteArray link = "{\"links\": [\"https://example.org/csrf.mp3\"]}";
        m_queue->pause();
        QCOMPARE(send("POST", QStringLiteral("/api/jobs"), link, "application/json", {}, &server).status, 403);
        const QByteArray csrf = QJsonDocument::fromJson(send("GET", QStringLiteral("/api/session"), {}, {}, {}, &server).body)
                                    .object().value(QStringLiteral("csrf")).toString().toLatin1();
        QVERIFY(!csrf.isEmpty());
        QCOMPARE(send("POST", QStringLiteral("/api/jobs"), link, "application/json", {{"X-CSRF-Token", csrf}}, &server).status, 201);

        // API clients: the bearer token, no cookie.
        m_net.setCookieJar(new QNetworkCookieJar(&m_net));
        QCOMPARE(send("GET", QStringLiteral("/api/jobs"), {}, {}, {{"Authorization", "Bearer " + auth.apiToken()}}, &server).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/jobs"), {}, {}, {{"Authorization", "Bearer nope"}}, &server).status, 401);

        // Five wrong passwords ban this address, even for the right one.
        for (int i = 0; i < WebAuth::kMaxFailures; ++i)
            QCOMPARE(send("POST", QStringLiteral("/login"), "password=x", "application/x-www-form-urlencoded", {}, &server).status, 401);
        const auto banned = send("POST", QStringLiteral("/login"), "password=sesame", "application/x-www-form-urlencoded", {}, &server);
        QCOMPARE(banned.status, 429);
        // It says how long, in the page and for clients: this device's 15-minute ban.
        const int retryAfter = banned.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter > 14 * 60 && retryAfter <= WebAuth::kBanMinutes * 60, banned.headers.value("retry-after").constData());
        // (No catalogue is installed here, so the English plural reads "minute(s)".)
        QVERIFY2(banned.body.contains("Try again in 15 minute"), banned.body.constData());
        m_queue->resume();
    }

    void twoHundredConnectionsAndOddRequests()
    {
        WebServerConfig wc;
        wc.port = 0;
        wc.idleTimeoutMs = 1000;  // closed-by-peer sockets are reaped by the idle timer too
        WebServer server(m_queue.get(), wc);
        QString error;
        QVERIFY(server.start(&error));
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 200; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, server.port());
        }
        int most = 0;
        for (int i = 0; i < 100; ++i) {  // never more than the per-address cap at once
            QTest::qWait(10);
            most = std::max(most, server.openConnections());
        }
        qInfo("at most %d of 200 connections from one address were open at once", most);
        QVERIFY(most > 0 && most <= wc.maxConnectionsPerAddress);
        sockets.clear();
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
        QCOMPARE(send("GET", QStringLiteral("/api/jobs"), {}, {}, {}, &server).status, 200);
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_server->port()) + "\r\n";
        for (const QByteArray &odd : {QByteArray("PUT /submit HTTP/1.1\r\n") + host + "\r\n",
                                      QByteArray("BREW /coffee HTTP/1.1\r\n") + host + "\r\n",
                                      QByteArray("GET /api/jobs HTTP/1.1\r\n") + host + "X-Evil: a\rInjected: b\r\n\r\n",
                                      QByteArray("GET /") + QByteArray(9000, 'a') + " HTTP/1.1\r\n" + host + "\r\n"}) {
            const QByteArray answer = raw(odd);
            QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), answer.left(100).constData());
            QVERIFY(!answer.contains("Injected"));
        }
        QCOMPARE(send("GET", QStringLiteral("/api/jobs")).status, 200);
    }

    // The server shares the window's thread: a large download to a slow reader must not
    // stall it. A 10 ms heartbeat on this thread records the longest gap.
    void largeDownloadDoesNotStallTheThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.mp3"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int i = 0; i < block.size(); ++i)
                block[i] = char((i * 131) ^ (i >> 7));
            for (int i = 0; i < 32; ++i)
                f.write(block);
        }
        JobStore store(dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(store.open());
        Job done;
        done.id = QUuid::createUuid();
        done.input = QStringLiteral("https://example.org/big");
        done.key = done.input;
        done.state = JobState::Done;
        done.outputPath = path;
        done.addedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.save(done));
        QueueConfig c;
        c.workRoot = dir.filePath(QStringLiteral("work"));
        JobQueue queue(&store, std::make_unique<LocalAttemptFactory>(), c);
        queue.restore();
        WebServerConfig wc;
        wc.port = 0;
        WebServer server(&queue, wc);
        QString error;
        QVERIFY(server.start(&error));

        std::atomic<qint64> received{0};
        std::atomic_bool finished{false};
        std::thread client([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, server.port());
            s.waitForConnected(5000);
            s.write("GET /download-music/" + done.idString().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + QByteArray::number(server.port()) + "\r\n\r\n");
            s.waitForBytesWritten(5000);
            while (s.state() == QAbstractSocket::ConnectedState || s.bytesAvailable() > 0) {
                if (s.bytesAvailable() == 0 && !s.waitForReadyRead(2000))
                    break;
                received += s.read(256 * 1024).size();  // a reader slower than the disk
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            finished = true;
        });
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worst = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            worst = std::max(worst, clock.elapsed() - last);
            last = clock.elapsed();
        });
        heartbeat.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 60000);
        client.join();
        qInfo("32 MiB to a slow reader in %lld ms; longest stall of the server's thread: %lld ms", clock.elapsed(), worst);
        QVERIFY(received.load() > 32 * 1024 * 1024);  // body plus headers
        QVERIFY(worst < 1000);  // a hang detector; the figure above is the measurement
    }

    void portInUseIsExplained()
    {
        WebServerConfig wc;
        wc.port = m_server->port();
        WebServer second(m_queue.get(), wc);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains(QString::number(m_server->port())) && error.contains(QStringLiteral("in use")), qPrintable(error));
    }

    // Last: its jobs stay in the store. 250 finished jobs older than the others: pages of 100.
    void jobListPagesAndSearches()
    {
        QSet<QString> saved;
        for (int i = 0; i < 250; ++i) {
            Job j;
            j.id = QUuid::createUuid();
            j.input = QStringLiteral("https://example.org/paged-%1").arg(i);
            j.key = j.input;
            j.title = QStringLiteral("Paged song %1").arg(i);
            j.state = JobState::Expired;
            j.position = -1000 + i;
            j.addedAt = QDateTime::currentDateTimeUtc().addDays(-30);
            j.finishedAt = j.addedAt;
            QVERIFY(m_store->save(j));
            saved << j.idString();
        }
        QSet<QString> seen;
        QString before;
        int pages = 0;
        for (;;) {
            const Answer a = send("GET", QStringLiteral("/api/jobs?q=PAGED%20song&limit=100")
                                             + (before.isEmpty() ? QString() : QStringLiteral("&before=") + QString::fromLatin1(QUrl::toPercentEncoding(before))));
            QCOMPARE(a.status, 200);
            const QJsonObject body = QJsonDocument::fromJson(a.body).object();
            const QJsonArray jobs = body.value(QStringLiteral("jobs")).toArray();
            ++pages;
            QCOMPARE(jobs.size(), pages < 3 ? 100 : 50);
            for (const QJsonValue &v : jobs)
                seen << v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(body.contains(QStringLiteral("next")));
            if (body.value(QStringLiteral("next")).isNull())
                break;
            before = body.value(QStringLiteral("next")).toString();
            QVERIFY(pages < 3);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, saved);
        // The default answer is bounded.
        const Answer all = send("GET", QStringLiteral("/api/jobs"));
        QCOMPARE(QJsonDocument::fromJson(all.body).object().value(QStringLiteral("jobs")).toArray().size(), JobPageQuery::kDefaultLimit);
        QVERIFY(QJsonDocument::fromJson(all.body).object().value(QStringLiteral("next")).isString());
        QCOMPARE(send("GET", QStringLiteral("/api/jobs?limit=0")).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/api/jobs?limit=many")).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/api/jobs?limit=1001")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestWebServer)
#include "tst_webserver.moc"
