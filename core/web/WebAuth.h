#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace tunedrop {

class SecretStore;

// Who may use the embedded web server, decided per request. No network code here: the server
// asks, this answers, so every rule is unit-tested on its own.
//  - On loopback only, no password is needed. Anything else needs the access password.
//  - Browsers log in once and get a random session cookie (HttpOnly, SameSite=Strict, expiry) and
//    a CSRF token for state-changing requests; API clients send "Authorization: Bearer <token>".
//  - 5 failed logins from an address ban it for 15 minutes; IPv6 addresses count per /64 (one
//    host usually has a whole /64), link-local ones per address.
//  - All remote addresses together share a budget of failed logins (a token bucket: a burst of
//    kBudgetBurst, one more every kBudgetRefillSeconds); when it runs out, remote logins are
//    refused for a back-off, and every failure after it locks again for twice as long
//    (kBackoffFirstSeconds .. kBackoffMaxSeconds). The back-off is forgotten only when the
//    bucket is full and nobody failed for kBudgetBurst x kBudgetRefillSeconds after the last lock. Loopback (the owner at the machine) has a
//    budget of its own, so attackers elsewhere cannot lock it out.
//  - Host must name this server (DNS rebinding); Origin/Referer must be this server.
// All secret comparisons are constant-time.
class WebAuth {
public:
    using Clock = std::function<QDateTime()>;
    using PasswordCheck = std::function<bool(const QString &password)>;

    static constexpr int kMaxFailures = 5;
    static constexpr int kBanMinutes = 15;
    static constexpr int kSessionHours = 12;
    static constexpr int kBudgetBurst = 20;
    static constexpr int kBudgetRefillSeconds = 30;    // 2 failed logins a minute, sustained
    static constexpr int kBackoffFirstSeconds = 2;
    static constexpr int kBackoffMaxSeconds = 15 * 60;

    // `passwordCheck` verifies the access password (Settings::verifyWebPassword);
    // `secrets` keeps the API token; `clock` is injectable for tests.
    WebAuth(PasswordCheck passwordCheck, SecretStore *secrets, Clock clock = {});

    // Whether requests need credentials: true unless the server listens on loopback only.
    void setLoopbackOnly(bool loopbackOnly) { m_loopbackOnly = loopbackOnly; }
    bool credentialsRequired() const { return !m_loopbackOnly; }

    enum class LoginResult { Ok, WrongPassword, Banned };
    struct Session {
        QByteArray id;        // cookie value
        QByteArray csrfToken;
        QDateTime expires;
    };
    LoginResult login(const QHostAddress &from, const QString &password, Session *session);
    bool isBanned(const QHostAddress &from) const;
    // Seconds until `from` may try again (0 when it may now): the longer of its own ban and
    // the shared budget's lock. The 429 page and its Retry-After say this, not a fixed time.
    qint64 retryAfterSeconds(const QHostAddress &from) const;
    void logout(const QByteArray &sessionId);

    // The session for a cookie value, if valid and not expired.
    const Session *session(const QByteArray &cookieValue) const;
    bool checkCsrf(const QByteArray &sessionId, const QByteArray &token) const;

    // The API token (created on first use, kept in the SecretStore); rotate() makes a new one.
    QByteArray apiToken();
    QByteArray rotateApiToken();
    bool checkBearer(const QByteArray &authorizationHeader);

    // Request checks. `serverNames` are the names/addresses the server answers to
    // ("127.0.0.1", "localhost", the LAN address, the machine's host name), `port` its port.
    static bool hostAllowed(const QByteArray &hostHeader, const QStringList &serverNames, quint16 port);
    static bool sameOrigin(const QByteArray &originOrReferer, const QStringList &serverNames, quint16 port);

    // "Set-Cookie" value for a session.
    static QByteArray sessionCookie(const Session &session);
    // Headers for every response: CSP without inline script, X-Frame-Options: DENY, nosniff,
    // Referrer-Policy: no-referrer, Cache-Control where useful.
    static QList<QPair<QByteArray, QByteArray>> securityHeaders();

private:
    QDateTime now() const;

    PasswordCheck m_passwordCheck;
    SecretStore *m_secrets;
    Clock m_clock;
    bool m_loopbackOnly = true;
    QHash<QByteArray, Session> m_sessions;
    struct Failures {
        int count = 0;
        QDateTime bannedUntil;
    };
    QHash<QString, Failures> m_failures;
    // A token bucket of failed logins shared by a class of clients (remote / loopback).
    struct Budget {
        double tokens = kBudgetBurst;
        QDateTime refilledAt;
        qint64 backoffSeconds = 0;   // the last lock's length; the next one is twice as long
        QDateTime lockedUntil;
    };
    Budget &budgetFor(const QHostAddress &from);
    const Budget &budgetFor(const QHostAddress &from) const;
    void refill(Budget &budget, const QDateTime &current);
    void spend(Budget &budget, const QDateTime &current);
    Budget m_remoteBudget;
    Budget m_loopbackBudget;
    QByteArray m_token;
};

}  // namespace tunedrop
