#include "web/WebAuth.h"

#include "settings/SecretStore.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace tunedrop {

namespace {

const QString kApiTokenKey = QStringLiteral("web/apiToken");

// 32 bytes from the system CSPRNG, base64url without padding (43 characters).
QByteArray randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Compares without an early exit, so the time taken does not reveal how much of a guess matched.
// (The length is not secret: every token has the same length.)
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    unsigned int diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        diff |= static_cast<unsigned int>(x ^ y);
    }
    return diff == 0 && !a.isEmpty();
}

// The address itself for IPv4 and IPv4-mapped IPv6 (::ffff:1.2.3.4).
QHostAddress normalised(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    QHostAddress copy(address);
    copy.setScopeId(QString());
    return copy;
}

// One key per client. IPv6 counts per /64: a single host is normally given a whole /64 and can
// pick any address in it, so per address it would have unlimited tries. Link-local addresses
// (fe80::/10) share one /64 on every link, so they stay per address.
QString addressKey(const QHostAddress &address)
{
    const QHostAddress a = normalised(address);
    if (a.protocol() != QAbstractSocket::IPv6Protocol || a.isLinkLocal())
        return a.toString();
    Q_IPV6ADDR bytes = a.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

// Whether `name` (a host from a Host header or URL, IPv6 without brackets) is one of ours.
bool nameAllowed(const QString &name, const QStringList &serverNames)
{
    if (name.isEmpty())
        return false;
    const bool isV6 = name.contains(QLatin1Char(':'));
    const QHostAddress nameAddress = isV6 ? QHostAddress(name) : QHostAddress();
    for (QString server : serverNames) {
        if (server.startsWith(QLatin1Char('[')) && server.endsWith(QLatin1Char(']')))
            server = server.mid(1, server.size() - 2);
        if (server.isEmpty())
            continue;
        if (server.compare(name, Qt::CaseInsensitive) == 0)
            return true;
        // IPv6 literals have many spellings (::1, 0:0::1): compare them as addresses.
        if (isV6 && !nameAddress.isNull() && server.contains(QLatin1Char(':'))
            && QHostAddress(server).isEqual(nameAddress))
            return true;
    }
    return false;
}

}  // namespace

WebAuth::WebAuth(PasswordCheck passwordCheck, SecretStore *secrets, Clock clock)
    : m_passwordCheck(std::move(passwordCheck))
    , m_secrets(secrets)
    , m_clock(std::move(clock))
{
}

QDateTime WebAuth::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

// --- login and sessions -------------------------------------------------------------------------

WebAuth::Budget &WebAuth::budgetFor(const QHostAddress &from)
{
    return normalised(from).isLoopback() ? m_loopbackBudget : m_remoteBudget;
}

const WebAuth::Budget &WebAuth::budgetFor(const QHostAddress &from) const
{
    return normalised(from).isLoopback() ? m_loopbackBudget : m_remoteBudget;
}

void WebAuth::refill(Budget &budget, const QDateTime &current)
{
    if (budget.refilledAt.isValid() && current > budget.refilledAt) {
        const double seconds = double(budget.refilledAt.msecsTo(current)) / 1000.0;
        budget.tokens = std::min<double>(kBudgetBurst, budget.tokens + seconds / kBudgetRefillSeconds);
    }
    if (!budget.refilledAt.isValid() || current > budget.refilledAt)
        budget.refilledAt = current;
    // Quiet for long enough after the last lock: the next one starts short again. (Only a full
    // bucket would hand out a fresh burst after every long lock.)
    if (budget.tokens >= kBudgetBurst && budget.lockedUntil.isValid()
        && current >= budget.lockedUntil.addSecs(qint64(kBudgetBurst) * kBudgetRefillSeconds)) {
        budget.backoffSeconds = 0;
        budget.lockedUntil = QDateTime();
    }
}

void WebAuth::spend(Budget &budget, const QDateTime &current)
{
    budget.tokens -= 1;   // may go below zero: the debt is paid back before the next try
    // Once the budget ran out, every failure locks again, each time twice as long.
    if (budget.tokens >= 1 && budget.backoffSeconds == 0)
        return;
    budget.backoffSeconds = budget.backoffSeconds == 0
        ? kBackoffFirstSeconds
        : std::min<qint64>(budget.backoffSeconds * 2, kBackoffMaxSeconds);
    budget.lockedUntil = current.addSecs(budget.backoffSeconds);
}

bool WebAuth::isBanned(const QHostAddress &from) const
{
    const QDateTime current = now();
    const Budget &budget = budgetFor(from);
    if (budget.lockedUntil.isValid() && current < budget.lockedUntil)
        return true;   // every client of this class waits: the shared budget ran out
    const auto it = m_failures.constFind(addressKey(from));
    return it != m_failures.constEnd() && it->bannedUntil.isValid() && current < it->bannedUntil;
}

qint64 WebAuth::retryAfterSeconds(const QHostAddress &from) const
{
    const QDateTime current = now();
    qint64 wait = 0;
    const Budget &budget = budgetFor(from);
    if (budget.lockedUntil.isValid() && current < budget.lockedUntil)
        wait = current.secsTo(budget.lockedUntil);
    const auto it = m_failures.constFind(addressKey(from));
    if (it != m_failures.constEnd() && it->bannedUntil.isValid() && current < it->bannedUntil)
        wait = std::max(wait, current.secsTo(it->bannedUntil));
    return wait > 0 ? wait : (isBanned(from) ? 1 : 0);  // a lock ending within the second still counts
}

WebAuth::LoginResult WebAuth::login(const QHostAddress &from, const QString &password, Session *session)
{
    const QDateTime current = now();

    // Housekeeping: drop expired sessions and lifted bans.
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = current >= it->expires ? m_sessions.erase(it) : std::next(it);
    for (auto it = m_failures.begin(); it != m_failures.end();)
        it = (it->bannedUntil.isValid() && current >= it->bannedUntil) ? m_failures.erase(it) : std::next(it);

    const QString key = addressKey(from);
    if (isBanned(from))
        return LoginResult::Banned;  // not even looking at the password

    Budget &budget = budgetFor(from);
    refill(budget, current);

    if (!m_passwordCheck || !m_passwordCheck(password)) {
        spend(budget, current);
        Failures &failures = m_failures[key];
        if (++failures.count >= kMaxFailures) {
            failures.count = 0;
            failures.bannedUntil = current.addSecs(qint64(kBanMinutes) * 60);
        }
        return LoginResult::WrongPassword;
    }

    m_failures.remove(key);
    Session fresh;
    do {
        fresh.id = randomToken();
    } while (m_sessions.contains(fresh.id));
    fresh.csrfToken = randomToken();
    fresh.expires = current.addSecs(qint64(kSessionHours) * 3600);
    m_sessions.insert(fresh.id, fresh);
    if (session)
        *session = fresh;
    return LoginResult::Ok;
}

void WebAuth::logout(const QByteArray &sessionId)
{
    m_sessions.remove(sessionId);
}

const WebAuth::Session *WebAuth::session(const QByteArray &cookieValue) const
{
    if (cookieValue.isEmpty())
        return nullptr;
    const auto it = m_sessions.constFind(cookieValue);
    if (it == m_sessions.constEnd())
        return nullptr;
    // Expired sessions count as gone here; login() erases them.
    if (now() >= it->expires)
        return nullptr;
    return &it.value();
}

bool WebAuth::checkCsrf(const QByteArray &sessionId, const QByteArray &token) const
{
    const Session *s = session(sessionId);
    return s && constantTimeEquals(s->csrfToken, token);
}

// --- API token ----------------------------------------------------------------------------------

QByteArray WebAuth::apiToken()
{
    if (!m_token.isEmpty())
        return m_token;
    if (m_secrets) {
        if (const auto stored = m_secrets->read(kApiTokenKey); stored && !stored->isEmpty()) {
            m_token = *stored;
            return m_token;
        }
    }
    return rotateApiToken();
}

QByteArray WebAuth::rotateApiToken()
{
    m_token = randomToken();
    if (m_secrets)
        m_secrets->write(kApiTokenKey, m_token);
    return m_token;
}

bool WebAuth::checkBearer(const QByteArray &authorizationHeader)
{
    const QByteArray header = authorizationHeader.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0)
        return false;
    if (header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray token = header.mid(space + 1).trimmed();
    if (token.isEmpty() || token.contains(' ') || token.contains('\t'))
        return false;
    return constantTimeEquals(apiToken(), token);
}

// --- request checks -----------------------------------------------------------------------------

bool WebAuth::hostAllowed(const QByteArray &hostHeader, const QStringList &serverNames, quint16 port)
{
    const QString host = QString::fromLatin1(hostHeader.trimmed());
    if (host.isEmpty() || port == 0)
        return false;

    QString name;
    QString portText;
    bool hasPort = false;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        name = host.mid(1, close - 1);
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            hasPort = true;
            portText = rest.mid(1);
        }
        if (QHostAddress(name).protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else {
        const qsizetype colons = host.count(QLatin1Char(':'));
        if (colons > 1)
            return false;  // a bare IPv6 address is not a valid Host header
        if (colons == 1) {
            const qsizetype colon = host.indexOf(QLatin1Char(':'));
            name = host.left(colon);
            portText = host.mid(colon + 1);
            hasPort = true;
        } else {
            name = host;
        }
    }

    if (hasPort) {
        // Exactly the decimal port: no sign, no leading zeros, no empty port.
        if (portText != QString::number(port))
            return false;
    } else if (port != 80) {
        return false;
    }
    return nameAllowed(name, serverNames);
}

bool WebAuth::sameOrigin(const QByteArray &originOrReferer, const QStringList &serverNames, quint16 port)
{
    const QByteArray value = originOrReferer.trimmed();
    if (value.isEmpty() || value == "null" || port == 0)
        return false;
    const QUrl url = QUrl::fromEncoded(value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme();
    const bool http = scheme == QLatin1String("http");
    const bool https = scheme == QLatin1String("https");
    if (!http && !https)
        return false;
    if (!url.userInfo().isEmpty())
        return false;
    const int urlPort = url.port(http ? 80 : 443);
    if (urlPort != int(port))
        return false;
    return nameAllowed(url.host(QUrl::FullyEncoded), serverNames);
}

// --- response headers ---------------------------------------------------------------------------

QByteArray WebAuth::sessionCookie(const Session &session)
{
    // Max-Age is the session lifetime: the cookie is set when the session is created.
    return QByteArrayLiteral("tunedrop_session=") + session.id
        + QByteArrayLiteral("; Path=/; HttpOnly; SameSite=Strict; Max-Age=")
        + QByteArray::number(qint64(kSessionHours) * 3600);
}

QList<QPair<QByteArray, QByteArray>> WebAuth::securityHeaders()
{
    return {
        {QByteArrayLiteral("Content-Security-Policy"),
         QByteArrayLiteral("default-src 'self'; script-src 'self'; style-src 'self'; "
                           "img-src 'self' data:; media-src 'self'; connect-src 'self'; "
                           "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")},
        {QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")},
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on our own form
        // posts, and the Origin check could no longer tell us from a stranger.
        {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("same-origin")},
        {QByteArrayLiteral("Cross-Origin-Resource-Policy"), QByteArrayLiteral("same-origin")},
    };
}

}  // namespace tunedrop
