// WebAuth: logins, bans, sessions, CSRF, the API token and the per-request origin checks.
#include "settings/SecretStore.h"
#include "web/WebAuth.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using tunedrop::SecretStore;
using tunedrop::WebAuth;

namespace {

const QString kPassword = QStringLiteral("correct horse");
const QString kWrong = QStringLiteral("wrong");

QStringList serverNames()
{
    return {QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("192.168.1.20"),
            QStringLiteral("::1"), QStringLiteral("fe80::1"), QStringLiteral("tunebox")};
}

}  // namespace

class TestWebAuth : public QObject {
    Q_OBJECT

private:
    QDateTime m_now;
    int m_passwordChecks = 0;

    std::unique_ptr<WebAuth> makeAuth(SecretStore *secrets = nullptr)
    {
        return std::make_unique<WebAuth>(
            [this](const QString &password) {
                ++m_passwordChecks;
                return password == kPassword;
            },
            secrets, [this] { return m_now; });
    }

    // A SecretStore forced onto its file backend (no D-Bus session bus reachable).
    std::unique_ptr<SecretStore> makeFileStore(const QString &dir)
    {
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tunedrop-test-bus");
        auto store = std::make_unique<SecretStore>(QStringLiteral("TuneDropTest"),
                                                   QStringLiteral("webauth"), dir);
        store->backend();
        if (saved.isNull())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        return store;
    }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        m_passwordChecks = 0;
    }

    void credentialsRequired()
    {
        auto auth = makeAuth();
        QVERIFY(!auth->credentialsRequired());
        auth->setLoopbackOnly(false);
        QVERIFY(auth->credentialsRequired());
    }

    void loginOk()
    {
        auto auth = makeAuth();
        WebAuth::Session s;
        QCOMPARE(auth->login(QHostAddress(QStringLiteral("192.168.1.5")), kPassword, &s),
                 WebAuth::LoginResult::Ok);
        QCOMPARE(s.id.size(), 43);  // 32 bytes, base64url without padding
        QCOMPARE(s.csrfToken.size(), 43);
        QVERIFY(!s.id.contains('=') && !s.id.contains('+') && !s.id.contains('/'));
        QVERIFY(s.id != s.csrfToken);
        QCOMPARE(s.expires, m_now.addSecs(12 * 3600));
        const WebAuth::Session *found = auth->session(s.id);
        QVERIFY(found);
        QCOMPARE(found->csrfToken, s.csrfToken);

        WebAuth::Session other;
        QCOMPARE(auth->login(QHostAddress(QStringLiteral("192.168.1.5")), kPassword, &other),
                 WebAuth::LoginResult::Ok);
        QVERIFY(other.id != s.id);
        QVERIFY(auth->session(s.id));  // both sessions live
    }

    void loginWrong()
    {
        auto auth = makeAuth();
        WebAuth::Session s;
        QCOMPARE(auth->login(QHostAddress(QStringLiteral("192.168.1.5")), kWrong, &s),
                 WebAuth::LoginResult::WrongPassword);
        QVERIFY(s.id.isEmpty());
        QVERIFY(!auth->session(QByteArrayLiteral("anything")));
        QVERIFY(!auth->session(QByteArray()));
        QVERIFY(!auth->isBanned(QHostAddress(QStringLiteral("192.168.1.5"))));
    }

    void banAfterFiveFailures()
    {
        auto auth = makeAuth();
        const QHostAddress attacker(QStringLiteral("192.168.1.66"));
        for (int i = 0; i < WebAuth::kMaxFailures - 1; ++i) {
            QCOMPARE(auth->login(attacker, kWrong, nullptr), WebAuth::LoginResult::WrongPassword);
            QVERIFY(!auth->isBanned(attacker));
        }
        QCOMPARE(auth->login(attacker, kWrong, nullptr), WebAuth::LoginResult::WrongPassword);
        QVERIFY(auth->isBanned(attacker));

        const int checksBefore = m_passwordChecks;
        WebAuth::Session s;
        QCOMPARE(auth->login(attacker, kPassword, &s), WebAuth::LoginResult::Banned);
        QCOMPARE(m_passwordChecks, checksBefore);  // the password is not even looked at
        QVERIFY(s.id.isEmpty());

        // Still banned one second before the 15 minutes are up.
        m_now = m_now.addSecs(15 * 60 - 1);
        QVERIFY(auth->isBanned(attacker));
        QCOMPARE(auth->login(attacker, kPassword, &s), WebAuth::LoginResult::Banned);

        // Lifted after 15 minutes; a fresh count starts.
        m_now = m_now.addSecs(1);
        QVERIFY(!auth->isBanned(attacker));
        QCOMPARE(auth->login(attacker, kWrong, nullptr), WebAuth::LoginResult::WrongPassword);
        QVERIFY(!auth->isBanned(attacker));
        QCOMPARE(auth->login(attacker, kPassword, &s), WebAuth::LoginResult::Ok);
        QVERIFY(auth->session(s.id));
    }

    void successResetsFailures()
    {
        auto auth = makeAuth();
        const QHostAddress client(QStringLiteral("10.0.0.7"));
        for (int i = 0; i < WebAuth::kMaxFailures - 1; ++i)
            auth->login(client, kWrong, nullptr);
        QCOMPARE(auth->login(client, kPassword, nullptr), WebAuth::LoginResult::Ok);
        for (int i = 0; i < WebAuth::kMaxFailures - 1; ++i)
            auth->login(client, kWrong, nullptr);
        QVERIFY(!auth->isBanned(client));
    }

    void banIsPerAddress()
    {
        auto auth = makeAuth();
        const QHostAddress attacker(QStringLiteral("192.168.1.66"));
        for (int i = 0; i < WebAuth::kMaxFailures; ++i)
            auth->login(attacker, kWrong, nullptr);
        QVERIFY(auth->isBanned(attacker));

        const QHostAddress other(QStringLiteral("192.168.1.67"));
        const QHostAddress v6(QStringLiteral("fe80::1234"));
        QVERIFY(!auth->isBanned(other));
        QVERIFY(!auth->isBanned(v6));
        WebAuth::Session s;
        QCOMPARE(auth->login(other, kPassword, &s), WebAuth::LoginResult::Ok);
        QCOMPARE(auth->login(v6, kPassword, &s), WebAuth::LoginResult::Ok);
    }

    void ipv4MappedNormalised()
    {
        auto auth = makeAuth();
        const QHostAddress v4(QStringLiteral("192.168.1.66"));
        const QHostAddress mapped(QStringLiteral("::ffff:192.168.1.66"));
        // Failures spread over both spellings add up to one ban.
        for (int i = 0; i < WebAuth::kMaxFailures; ++i)
            auth->login(i % 2 ? mapped : v4, kWrong, nullptr);
        QVERIFY(auth->isBanned(v4));
        QVERIFY(auth->isBanned(mapped));
        QCOMPARE(auth->login(mapped, kPassword, nullptr), WebAuth::LoginResult::Banned);
        QVERIFY(!auth->isBanned(QHostAddress(QStringLiteral("::ffff:192.168.1.67"))));
    }

    void sessionExpires()
    {
        auto auth = makeAuth();
        WebAuth::Session s;
        QCOMPARE(auth->login(QHostAddress::LocalHost, kPassword, &s), WebAuth::LoginResult::Ok);
        m_now = m_now.addSecs(12 * 3600 - 1);
        QVERIFY(auth->session(s.id));
        QVERIFY(auth->checkCsrf(s.id, s.csrfToken));
        m_now = m_now.addSecs(1);
        QVERIFY(!auth->session(s.id));
        QVERIFY(!auth->checkCsrf(s.id, s.csrfToken));
        // A later login drops it for good; going back in time does not revive it.
        QCOMPARE(auth->login(QHostAddress::LocalHost, kPassword, nullptr), WebAuth::LoginResult::Ok);
        m_now = m_now.addSecs(-3600);
        QVERIFY(!auth->session(s.id));
    }

    void logout()
    {
        auto auth = makeAuth();
        WebAuth::Session a, b;
        auth->login(QHostAddress::LocalHost, kPassword, &a);
        auth->login(QHostAddress::LocalHost, kPassword, &b);
        auth->logout(a.id);
        QVERIFY(!auth->session(a.id));
        QVERIFY(!auth->checkCsrf(a.id, a.csrfToken));
        QVERIFY(auth->session(b.id));
        auth->logout(QByteArrayLiteral("unknown"));  // harmless
        QVERIFY(auth->session(b.id));
    }

    void csrf()
    {
        auto auth = makeAuth();
        WebAuth::Session a, b;
        auth->login(QHostAddress::LocalHost, kPassword, &a);
        auth->login(QHostAddress::LocalHost, kPassword, &b);
        QVERIFY(auth->checkCsrf(a.id, a.csrfToken));
        QVERIFY(auth->checkCsrf(b.id, b.csrfToken));
        QVERIFY(!auth->checkCsrf(a.id, b.csrfToken));  // other session's token
        QVERIFY(!auth->checkCsrf(b.id, a.csrfToken));
        QVERIFY(!auth->checkCsrf(a.id, QByteArray()));
        QVERIFY(!auth->checkCsrf(a.id, a.csrfToken.left(42)));
        QVERIFY(!auth->checkCsrf(a.id, a.csrfToken + 'x'));
        QByteArray flipped = a.csrfToken;
        flipped[0] = flipped[0] == 'A' ? 'B' : 'A';
        QVERIFY(!auth->checkCsrf(a.id, flipped));
        QVERIFY(!auth->checkCsrf(QByteArrayLiteral("nosuchsession"), a.csrfToken));
        QVERIFY(!auth->checkCsrf(a.csrfToken, a.id));  // swapped
    }

    void bearer()
    {
        auto auth = makeAuth();
        const QByteArray token = auth->apiToken();
        QCOMPARE(token.size(), 43);
        QCOMPARE(auth->apiToken(), token);  // stable
        QVERIFY(auth->checkBearer("Bearer " + token));
        QVERIFY(auth->checkBearer("bearer " + token));
        QVERIFY(auth->checkBearer("BEARER " + token));
        QVERIFY(auth->checkBearer("  Bearer   " + token + "  "));
        QVERIFY(!auth->checkBearer("Bearer " + token.left(42)));
        QVERIFY(!auth->checkBearer("Bearer " + token + "x"));
        QVERIFY(!auth->checkBearer("Bearer x" + token.mid(1)));
        QVERIFY(!auth->checkBearer(token));                   // no scheme
        QVERIFY(!auth->checkBearer("Basic " + token));        // other scheme
        QVERIFY(!auth->checkBearer("Bearer"));
        QVERIFY(!auth->checkBearer("Bearer "));
        QVERIFY(!auth->checkBearer("Bearer" + token));        // no separator
        QVERIFY(!auth->checkBearer("Bearer " + token + " " + token));
        QVERIFY(!auth->checkBearer(QByteArray()));
    }

    void tokenPersistsAndRotates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray first;
        {
            auto store = makeFileStore(dir.path());
            QCOMPARE(store->backend(), SecretStore::Backend::File);
            auto auth = makeAuth(store.get());
            first = auth->apiToken();
            QVERIFY(auth->checkBearer("Bearer " + first));
        }
        {
            auto store = makeFileStore(dir.path());
            QCOMPARE(store->read(QStringLiteral("web/apiToken")).value_or(QByteArray()), first);
            auto auth = makeAuth(store.get());
            QCOMPARE(auth->apiToken(), first);  // same token in a new instance
            QVERIFY(auth->checkBearer("Bearer " + first));

            const QByteArray second = auth->rotateApiToken();
            QVERIFY(second != first);
            QCOMPARE(second.size(), 43);
            QVERIFY(!auth->checkBearer("Bearer " + first));
            QVERIFY(auth->checkBearer("Bearer " + second));
        }
        {
            auto store = makeFileStore(dir.path());
            auto auth = makeAuth(store.get());
            QVERIFY(auth->apiToken() != first);
            QVERIFY(!auth->checkBearer("Bearer " + first));
            QCOMPARE(auth->apiToken(), store->read(QStringLiteral("web/apiToken")).value_or(QByteArray()));
        }
    }

    void hostAllowed_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("ip with port") << QByteArray("127.0.0.1:8080") << 8080 << true;
        QTest::newRow("localhost with port") << QByteArray("localhost:8080") << 8080 << true;
        QTest::newRow("lan ip") << QByteArray("192.168.1.20:8080") << 8080 << true;
        QTest::newRow("host name") << QByteArray("tunebox:8080") << 8080 << true;
        QTest::newRow("uppercase") << QByteArray("LOCALHOST:8080") << 8080 << true;
        QTest::newRow("mixed case") << QByteArray("TuneBox:8080") << 8080 << true;
        QTest::newRow("ipv6 literal") << QByteArray("[::1]:8080") << 8080 << true;
        QTest::newRow("ipv6 other spelling") << QByteArray("[0:0::1]:8080") << 8080 << true;
        QTest::newRow("ipv6 link-local") << QByteArray("[FE80::1]:8080") << 8080 << true;
        QTest::newRow("no port on 80") << QByteArray("localhost") << 80 << true;
        QTest::newRow("port 80 explicit") << QByteArray("localhost:80") << 80 << true;
        QTest::newRow("ipv6 no port on 80") << QByteArray("[::1]") << 80 << true;

        QTest::newRow("empty") << QByteArray() << 8080 << false;
        QTest::newRow("blank") << QByteArray("   ") << 8080 << false;
        QTest::newRow("evil") << QByteArray("evil.example:8080") << 8080 << false;
        QTest::newRow("evil no port") << QByteArray("evil.example") << 80 << false;
        QTest::newRow("rebinding subdomain") << QByteArray("localhost.evil.example:8080") << 8080 << false;
        QTest::newRow("rebinding ip name") << QByteArray("127.0.0.1.nip.io:8080") << 8080 << false;
        QTest::newRow("rebinding rbndr") << QByteArray("7f000001.c0a80114.rbndr.us:8080") << 8080 << false;
        QTest::newRow("suffix match") << QByteArray("evillocalhost:8080") << 8080 << false;
        QTest::newRow("trailing dot") << QByteArray("localhost.:8080") << 8080 << false;
        QTest::newRow("wrong port") << QByteArray("localhost:8081") << 8080 << false;
        QTest::newRow("port 80 on other port") << QByteArray("localhost:80") << 8080 << false;
        QTest::newRow("missing port") << QByteArray("localhost") << 8080 << false;
        QTest::newRow("empty port") << QByteArray("localhost:") << 8080 << false;
        QTest::newRow("leading zero port") << QByteArray("localhost:08080") << 8080 << false;
        QTest::newRow("signed port") << QByteArray("localhost:+8080") << 8080 << false;
        QTest::newRow("ipv6 wrong port") << QByteArray("[::1]:8081") << 8080 << false;
        QTest::newRow("ipv6 no brackets") << QByteArray("::1") << 80 << false;
        QTest::newRow("ipv6 unclosed") << QByteArray("[::1:8080") << 8080 << false;
        QTest::newRow("ipv6 junk after") << QByteArray("[::1]x8080") << 8080 << false;
        QTest::newRow("ipv6 not ours") << QByteArray("[::2]:8080") << 8080 << false;
        QTest::newRow("bracketed name") << QByteArray("[localhost]:8080") << 8080 << false;
        QTest::newRow("userinfo") << QByteArray("evil@localhost:8080") << 8080 << false;
        QTest::newRow("zero ip") << QByteArray("0.0.0.0:8080") << 8080 << false;
        QTest::newRow("other lan ip") << QByteArray("192.168.1.21:8080") << 8080 << false;
    }

    void hostAllowed()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, port);
        QFETCH(bool, allowed);
        QCOMPARE(WebAuth::hostAllowed(host, serverNames(), quint16(port)), allowed);
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("origin") << QByteArray("http://127.0.0.1:8080") << 8080 << true;
        QTest::newRow("origin localhost") << QByteArray("http://localhost:8080") << 8080 << true;
        QTest::newRow("origin uppercase") << QByteArray("http://LOCALHOST:8080") << 8080 << true;
        QTest::newRow("origin lan") << QByteArray("http://192.168.1.20:8080") << 8080 << true;
        QTest::newRow("origin ipv6") << QByteArray("http://[::1]:8080") << 8080 << true;
        QTest::newRow("origin https") << QByteArray("https://tunebox:8443") << 8443 << true;
        QTest::newRow("origin default port") << QByteArray("http://localhost") << 80 << true;
        QTest::newRow("referer") << QByteArray("http://localhost:8080/library?q=1#x") << 8080 << true;
        QTest::newRow("referer root") << QByteArray("http://tunebox:8080/") << 8080 << true;

        QTest::newRow("empty") << QByteArray() << 8080 << false;
        QTest::newRow("null") << QByteArray("null") << 8080 << false;
        QTest::newRow("evil") << QByteArray("http://evil.example:8080") << 8080 << false;
        QTest::newRow("evil referer") << QByteArray("http://evil.example/?http://localhost:8080") << 8080 << false;
        QTest::newRow("rebinding") << QByteArray("http://localhost.evil.example:8080") << 8080 << false;
        QTest::newRow("rebinding ip name") << QByteArray("http://127.0.0.1.nip.io:8080") << 8080 << false;
        QTest::newRow("trailing dot") << QByteArray("http://localhost.:8080") << 8080 << false;
        QTest::newRow("wrong port") << QByteArray("http://localhost:8081") << 8080 << false;
        QTest::newRow("missing port") << QByteArray("http://localhost") << 8080 << false;
        QTest::newRow("https default port") << QByteArray("https://localhost") << 80 << false;
        QTest::newRow("ipv6 wrong port") << QByteArray("http://[::1]:8081") << 8080 << false;
        QTest::newRow("ipv6 not ours") << QByteArray("http://[::2]:8080") << 8080 << false;
        QTest::newRow("file scheme") << QByteArray("file:///etc/passwd") << 8080 << false;
        QTest::newRow("ws scheme") << QByteArray("ws://localhost:8080") << 8080 << false;
        QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << 8080 << false;
        QTest::newRow("userinfo") << QByteArray("http://localhost:8080@evil.example:8080") << 8080 << false;
        QTest::newRow("userinfo ours") << QByteArray("http://evil@localhost:8080") << 8080 << false;
        QTest::newRow("relative") << QByteArray("/library") << 8080 << false;
        QTest::newRow("no scheme") << QByteArray("localhost:8080") << 8080 << false;
        QTest::newRow("garbage") << QByteArray("http://") << 8080 << false;
    }

    void sameOrigin()
    {
        QFETCH(QByteArray, origin);
        QFETCH(int, port);
        QFETCH(bool, allowed);
        QCOMPARE(WebAuth::sameOrigin(origin, serverNames(), quint16(port)), allowed);
    }

    void cookie()
    {
        auto auth = makeAuth();
        WebAuth::Session s;
        auth->login(QHostAddress::LocalHost, kPassword, &s);
        const QByteArray cookie = WebAuth::sessionCookie(s);
        QVERIFY2(cookie.startsWith("tunedrop_session=" + s.id + ";"), cookie.constData());
        const QList<QByteArray> parts = cookie.split(';');
        QList<QByteArray> attributes;
        for (const QByteArray &part : parts.mid(1))
            attributes << part.trimmed();
        QVERIFY(attributes.contains("Path=/"));
        QVERIFY(attributes.contains("HttpOnly"));
        QVERIFY(attributes.contains("SameSite=Strict"));
        QVERIFY(attributes.contains("Max-Age=43200"));
        QVERIFY(!cookie.contains(s.csrfToken));
    }

    void securityHeaders()
    {
        QHash<QByteArray, QByteArray> headers;
        for (const auto &header : WebAuth::securityHeaders()) {
            QVERIFY2(!headers.contains(header.first.toLower()), header.first.constData());
            headers.insert(header.first.toLower(), header.second);
        }
        const QByteArray csp = headers.value("content-security-policy");
        QCOMPARE(csp, QByteArray("default-src 'self'; script-src 'self'; style-src 'self'; "
                                 "img-src 'self' data:; media-src 'self'; connect-src 'self'; "
                                 "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QVERIFY(!csp.contains("unsafe-eval"));
        QCOMPARE(headers.value("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(headers.value("referrer-policy"), QByteArray("same-origin"));
        QCOMPARE(headers.value("cross-origin-resource-policy"), QByteArray("same-origin"));
        for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
            QVERIFY(!it.value().contains('\r') && !it.value().contains('\n'));
        }
    }
};

QTEST_GUILESS_MAIN(TestWebAuth)
#include "tst_webauth.moc"
