// Issue 13 item 7: TuneDrop behind a reverse proxy. X-Forwarded-For is believed only from the
// configured proxy addresses (rightmost untrusted hop is the client) and ignored from anyone
// else; a trusted proxy is held only to the global connection cap, since all its clients share
// its address. Real sockets on 127.0.0.1 and ::1 against an in-process HttpServer whose one
// route answers with the client address its handlers (and the login budgets) see.
#include "settings/Profile.h"
#include "settings/Settings.h"
#include "web/HttpResponder.h"
#include "web/HttpServer.h"

#include <QtTest>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace tunedrop;

class TestTrustedProxy : public QObject {
    Q_OBJECT

    static std::unique_ptr<HttpServer> makeServer(const QList<QHostAddress> &trusted, const QHostAddress &on,
                                                  int maxPerAddress = 64)
    {
        HttpServer::Limits limits;
        limits.maxConnectionsPerAddress = maxPerAddress;
        limits.request = {16384, 100, 65536};
        limits.trustedProxies = trusted;
        auto server = std::make_unique<HttpServer>(limits);
        server->route(QStringLiteral("/whoami"), {"GET"}, [](const HttpRequest &req, HttpResponder &r) {
            // Both views must agree: the request's and the responder's (used by /login).
            r.send(HttpStatus(200), {}, req.peer.toString().toLatin1() + ' ' + r.peerAddress().toString().toLatin1());
        });
        if (!server->listen(on, 0))
            return nullptr;
        return server;
    }

    // The body of GET /whoami with `extraHeaders`, sent from `from`'s loopback to the server.
    static QByteArray whoami(const HttpServer &server, const QHostAddress &to, const QByteArray &extraHeaders)
    {
        QTcpSocket s;
        s.connectToHost(to, server.serverPort());
        s.write("GET /whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + extraHeaders + "\r\n");
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000 && s.state() != QAbstractSocket::UnconnectedState) {
            QTest::qWait(2);
            answer += s.readAll();
        }
        answer += s.readAll();
        return answer.mid(answer.indexOf("\r\n\r\n") + 4);
    }

private slots:
    void forwardedForIsBelievedOnlyFromTrustedProxies_data()
    {
        QTest::addColumn<QString>("trusted");  // comma-separated
        QTest::addColumn<bool>("ipv6");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("client");
        const QByteArray chain = "X-Forwarded-For: 203.0.113.9, 198.51.100.7\r\n";
        QTest::newRow("no proxy configured: ignored") << QString() << false << chain << "127.0.0.1";
        QTest::newRow("peer not a trusted proxy: ignored") << "::1" << false << chain << "127.0.0.1";
        QTest::newRow("trusted proxy: rightmost hop") << "127.0.0.1" << false << chain << "198.51.100.7";
        QTest::newRow("trusted hops are skipped") << "127.0.0.1,198.51.100.7" << false << chain << "203.0.113.9";
        QTest::newRow("malformed hop stops at the last trusted one")
            << "127.0.0.1" << false << QByteArray("X-Forwarded-For: 203.0.113.9, unknown\r\n") << "127.0.0.1";
        QTest::newRow("several headers are one list")
            << "127.0.0.1,198.51.100.7" << false
            << QByteArray("X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-For: 198.51.100.7\r\n") << "203.0.113.9";
        QTest::newRow("no header: the proxy itself") << "127.0.0.1" << false << QByteArray() << "127.0.0.1";
        QTest::newRow("IPv6 proxy, IPv6 client") << "::1" << true << QByteArray("X-Forwarded-For: 2001:db8::5\r\n") << "2001:db8::5";
        QTest::newRow("IPv6 peer not trusted: ignored")
            << "127.0.0.1" << true << QByteArray("X-Forwarded-For: 2001:db8::5\r\n") << "::1";
    }
    void forwardedForIsBelievedOnlyFromTrustedProxies()
    {
        QFETCH(QString, trusted);
        QFETCH(bool, ipv6);
        QFETCH(QByteArray, headers);
        QFETCH(QString, client);
        QList<QHostAddress> proxies;
        for (const QString &a : trusted.split(QLatin1Char(','), Qt::SkipEmptyParts))
            proxies << QHostAddress(a);
        const QHostAddress on = ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost);
        auto server = makeServer(proxies, on);
        if (!server && ipv6)
            QSKIP("no IPv6 loopback here");
        QVERIFY(server);
        QCOMPARE(whoami(*server, on, headers), (client + QLatin1Char(' ') + client).toLatin1());
    }

    // The setting (web/trustedProxies): none by default; hand-edited garbage is dropped.
    void settingKeepsOnlyAddresses()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        Settings s(profile);
        QCOMPARE(s.webTrustedProxies(), QStringList());
        s.setWebTrustedProxies({QStringLiteral("127.0.0.1"), QStringLiteral("proxy.lan"), QStringLiteral(" ::1 ")});
        QCOMPARE(s.webTrustedProxies(), (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
    }

    void trustedProxyIsHeldOnlyToTheGlobalCap()
    {
        for (const bool trusted : {false, true}) {
            auto server = makeServer(trusted ? QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)} : QList<QHostAddress>{},
                                     QHostAddress(QHostAddress::LocalHost), 2);
            QVERIFY(server);
            std::vector<std::unique_ptr<QTcpSocket>> held;
            for (int i = 0; i < 4; ++i) {
                held.push_back(std::make_unique<QTcpSocket>());
                held.back()->connectToHost(QHostAddress::LocalHost, server->serverPort());
            }
            if (trusted) {
                QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), 4, 5000);
            } else {
                // Two are counted; the other two are answered 503 and closed.
                QTRY_VERIFY_WITH_TIMEOUT(std::count_if(held.begin(), held.end(), [](const auto &s) {
                                             return s->state() == QAbstractSocket::UnconnectedState;
                                         }) == 2, 5000);
                QCOMPARE(server->openConnections(), 2);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTrustedProxy)
#include "tst_trustedproxy.moc"
