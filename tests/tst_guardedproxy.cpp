// GuardedProxy over real sockets on 127.0.0.1: a real file server (LocalHttpServer) stands
// behind it and counts what reaches it. The resolver is replaced only to inject answers a
// test cannot get from the system's DNS (a name that resolves to 127.0.0.1, a lookup error);
// the real getaddrinfo path is covered by the literal and "localhost" rows and by
// tests/ssrf (a private DNS server in a network namespace).

#include "source/GuardedProxy.h"
#include "source/GuardedProxyConnection.h"
#include "source/HttpDownloader.h"
#include "LocalHttpServer.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace tunedrop;
using tunedrop::test::LocalHttpServer;

namespace {

GuardedProxy::Resolver answers(const QList<QHostAddress> &addresses)
{
    return [addresses](const QString &) { return GuardedProxy::Resolution{true, addresses, {}}; };
}

// Sends `request` on a fresh connection and returns everything until the proxy closes it.
QByteArray exchange(quint16 port, const QByteArray &request, const QByteArray &afterHead = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(request);
    QByteArray answer;
    bool sentMore = afterHead.isEmpty();
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000)) {
        answer += socket.readAll();
        if (!sentMore && answer.contains("\r\n\r\n")) {
            socket.write(afterHead);  // what a client sends once the tunnel is up
            sentMore = true;
        }
    }
    return answer + socket.readAll();
}

QByteArray authorization(const GuardedProxy &proxy)
{
    return "Proxy-Authorization: Basic " + ("tunedrop:" + proxy.token()).toBase64() + "\r\n";
}

}  // namespace

class TestGuardedProxy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalHttpServer> m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(m_dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello from the origin\n");
        f.close();
        m_server = std::make_unique<LocalHttpServer>(m_dir.path());
    }

    // The head relayed to the client always ends the connection, exactly once, whatever the
    // origin sent (fuzz_proxyrequest found the empty head and a Connection "status line").
    void relayedHeadClosesOnce_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("ordinary") << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: 5\r\nX: y\r\n\r\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("connection first") << QByteArray("Connection: keep-alive\r\nX: y\r\n\r\n");
    }
    void relayedHeadClosesOnce()
    {
        QFETCH(QByteArray, head);
        const QByteArray out = GuardedProxyConnection::closingResponseHead(head);
        QVERIFY(out.endsWith("Connection: close\r\n\r\n"));
        QCOMPARE(("\n" + out.toLower()).count("\nconnection:"), 1);
        QVERIFY(!out.toLower().contains("keep-alive"));
        if (head.contains("X: y"))
            QVERIFY(out.contains("X: y\r\n"));
    }

    void refusesEveryAddressOfThisMachine_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<bool>("viaConnect");
        const std::vector<std::vector<const char *>> rows = {
            {"127.0.0.1"}, {"127.8.9.10"}, {"::1"}, {"169.254.169.254"}, {"fe80::1"}, {"0.0.0.0"}, {"0.1.2.3"},
            {"::"}, {"::ffff:127.0.0.1"}, {"::127.0.0.1"}, {"::ffff:169.254.1.1"},
            {"10.200.0.1", "127.0.0.1"},  // one bad address among good ones refuses the host
        };
        for (const auto &row : rows) {
            QStringList list;
            for (const char *a : row)
                list << QString::fromLatin1(a);
            QTest::newRow(qPrintable(list.join(QLatin1Char(' ')) + QStringLiteral(" GET"))) << list << false;
            QTest::newRow(qPrintable(list.join(QLatin1Char(' ')) + QStringLiteral(" CONNECT"))) << list << true;
        }
    }

    void refusesEveryAddressOfThisMachine()
    {
        QFETCH(QStringList, addresses);
        QFETCH(bool, viaConnect);
        QList<QHostAddress> list;
        for (const QString &a : addresses)
            list.append(QHostAddress(a));
        GuardedProxy::Options options;
        options.resolver = answers(list);
        GuardedProxy proxy(options);
        QVERIFY(proxy.start());
        const int before = m_server->requestCount();
        const QByteArray target = "media.example:" + QByteArray::number(m_server->port());
        const QByteArray answer = viaConnect
            ? exchange(proxy.port(), "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n" + authorization(proxy) + "\r\n",
                       "GET /a.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            : exchange(proxy.port(), "GET http://" + target + "/a.txt HTTP/1.1\r\nHost: " + target + "\r\n"
                                         + authorization(proxy) + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QVERIFY(answer.contains("Links to this computer are not allowed from the web"));
        QCOMPARE(m_server->requestCount(), before);  // nothing reached the origin
        QCOMPARE(proxy.refusals().size(), 1);
        QCOMPARE(proxy.refusals().first().host, QStringLiteral("media.example"));
        QVERIFY(!proxy.refusals().first().address.isEmpty());
    }

    // Literal addresses and "localhost" go through the real resolver path (getaddrinfo).
    void refusesLiteralsWithTheSystemResolver_data()
    {
        QTest::addColumn<QByteArray>("host");
        for (const char *h : {"127.0.0.1", "[::1]", "localhost", "localhost.", "127.0.0.1.", "0x7f.1", "2130706433",
                              "[::ffff:127.0.0.1]", "0"})
            QTest::newRow(h) << QByteArray(h);
    }

    void refusesLiteralsWithTheSystemResolver()
    {
        QFETCH(QByteArray, host);
        GuardedProxy proxy({});
        QVERIFY(proxy.start());
        const int before = m_server->requestCount();
        const QByteArray hostPort = host + ':' + QByteArray::number(m_server->port());
        const QByteArray answer = exchange(
            proxy.port(), "GET http://" + hostPort + "/a.txt HTTP/1.1\r\nHost: " + hostPort + "\r\n" + authorization(proxy) + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QCOMPARE(m_server->requestCount(), before);
    }

    void refusesOnResolverErrors()
    {
        GuardedProxy::Options options;
        options.resolver = [](const QString &) { return GuardedProxy::Resolution{false, {}, QStringLiteral("SERVFAIL")}; };
        GuardedProxy proxy(options);
        QVERIFY(proxy.start());
        const QByteArray answer =
            exchange(proxy.port(), "GET http://broken.example/a.txt HTTP/1.1\r\nHost: broken.example\r\n" + authorization(proxy) + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QCOMPARE(proxy.refusals().size(), 1);
        QVERIFY(proxy.refusals().first().address.isEmpty());
        QCOMPARE(proxy.refusals().first().lookupError, QStringLiteral("SERVFAIL"));
    }

    void refusesNamesThatDoNotResolve()
    {
        GuardedProxy proxy({});  // the real resolver: .invalid never resolves (RFC 6761)
        QVERIFY(proxy.start());
        const QByteArray answer =
            exchange(proxy.port(), "GET http://nothing.invalid/a.txt HTTP/1.1\r\nHost: nothing.invalid\r\n" + authorization(proxy) + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QCOMPARE(proxy.refusals().size(), 1);
    }

    // A name no real DNS knows reaches the server: the proxy connected to the address its one
    // lookup gave, not to whatever a second lookup would say.
    void connectsToTheCheckedAddress()
    {
        GuardedProxy::Options options;
        options.allowOwnMachine = true;  // --allow-local-sources: the origin here is on 127.0.0.1
        options.resolver = answers({QHostAddress(QStringLiteral("127.0.0.1"))});
        GuardedProxy proxy(options);
        QVERIFY(proxy.start());
        const QByteArray target = "only-in-the-resolver.invalid:" + QByteArray::number(m_server->port());
        const int before = m_server->requestCount(QStringLiteral("a.txt"));
        const QByteArray answer = exchange(proxy.port(), "GET http://" + target + "/a.txt HTTP/1.1\r\nHost: " + target
                                                             + "\r\nProxy-Connection: keep-alive\r\n" + authorization(proxy) + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("Connection: close\r\n"));
        QVERIFY(answer.endsWith("hello from the origin\n"));
        QCOMPARE(m_server->requestCount(QStringLiteral("a.txt")), before + 1);
        QVERIFY(proxy.refusals().isEmpty());
    }

    void tunnelsConnect()
    {
        GuardedProxy::Options options;
        options.allowOwnMachine = true;
        options.resolver = answers({QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("127.0.0.1"))});
        GuardedProxy proxy(options);
        QVERIFY(proxy.start());
        const QByteArray target = "tunnel.invalid:" + QByteArray::number(m_server->port());
        const QByteArray answer = exchange(proxy.port(), "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n" + authorization(proxy) + "\r\n",
                                           "GET /a.txt HTTP/1.1\r\nHost: tunnel.invalid\r\nConnection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200"), answer.constData());
        QVERIFY(answer.endsWith("hello from the origin\n"));
    }

    void requiresItsCredential_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong token") << QByteArray("Proxy-Authorization: Basic " + QByteArray("tunedrop:nope").toBase64() + "\r\n");
        QTest::newRow("wrong scheme") << QByteArray("Proxy-Authorization: Bearer x\r\n");
    }

    void requiresItsCredential()
    {
        QFETCH(QByteArray, header);
        GuardedProxy::Options options;
        options.allowOwnMachine = true;
        options.resolver = answers({QHostAddress(QStringLiteral("127.0.0.1"))});
        GuardedProxy proxy(options);
        QVERIFY(proxy.start());
        const int before = m_server->requestCount();
        const QByteArray target = "x.invalid:" + QByteArray::number(m_server->port());
        const QByteArray answer = exchange(proxy.port(), "GET http://" + target + "/a.txt HTTP/1.1\r\n" + header + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 407"), answer.constData());
        QVERIFY(answer.contains("Proxy-Authenticate: Basic"));
        QCOMPARE(m_server->requestCount(), before);
    }

    // Qt Network answers the 407 with the credential of its QNetworkProxy, as HttpDownloader
    // does for a web job.
    void qtNetworkGoesThroughIt()
    {
        GuardedProxy::Options options;
        options.allowOwnMachine = true;
        options.resolver = answers({QHostAddress(QStringLiteral("127.0.0.1"))});
        GuardedProxy proxy(options);
        QVERIFY(proxy.start());
        const QNetworkProxy qtProxy = proxy.networkProxy();
        Error error;
        const auto body = HttpDownloader::fetchBytes(
            QUrl(QStringLiteral("http://via-proxy.invalid:%1/a.txt").arg(m_server->port())), 1024, 10000, &error, nullptr, &qtProxy);
        QVERIFY2(body.has_value(), qPrintable(error.text()));
        QCOMPARE(*body, QByteArray("hello from the origin\n"));
        QVERIFY(proxy.handledConnections() >= 1);
    }

    void qtNetworkIsRefusedThroughIt()
    {
        GuardedProxy proxy({});
        QVERIFY(proxy.start());
        const QNetworkProxy qtProxy = proxy.networkProxy();
        const int before = m_server->requestCount();
        Error error;
        const auto body = HttpDownloader::fetchBytes(QUrl(QStringLiteral("http://127.0.0.1:%1/a.txt").arg(m_server->port())),
                                                     1024, 10000, &error, nullptr, &qtProxy);
        QVERIFY(!body.has_value());
        QCOMPARE(m_server->requestCount(), before);
        QCOMPARE(proxy.refusals().size(), 1);
    }

    void stopsPromptlyWithAStalledClient()
    {
        auto proxy = std::make_unique<GuardedProxy>(GuardedProxy::Options{});
        QVERIFY(proxy->start());
        QTcpSocket idle;  // connects and never sends a request
        idle.connectToHost(QHostAddress::LocalHost, proxy->port());
        QVERIFY(idle.waitForConnected(5000));
        QTRY_COMPARE(proxy->handledConnections(), 1);
        proxy.reset();  // must not wait for the client's timeout (30 s): the test would time out
        QVERIFY(idle.waitForDisconnected(5000) || idle.state() == QAbstractSocket::UnconnectedState);
    }
};

QTEST_GUILESS_MAIN(TestGuardedProxy)
#include "tst_guardedproxy.moc"
