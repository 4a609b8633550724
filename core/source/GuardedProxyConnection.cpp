#include "GuardedProxyConnection.h"

#include "OwnAddress.h"

#include <QElapsedTimer>
#include <QUrl>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tunedrop {

namespace {

constexpr int kPollMs = 100;
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kRelayBuffer = 256 * 1024;  // per direction; reading pauses above it

QByteArray lower(QByteArray s) { return s.toLower(); }

// Hop-by-hop headers of the client's request that must not reach the origin server.
bool isHopByHop(const QByteArray &name)
{
    const QByteArray n = lower(name);
    return n == "proxy-authorization" || n == "proxy-connection" || n == "connection" || n == "keep-alive";
}

}  // namespace

QByteArray GuardedProxyConnection::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (lower(h.first) == lower(name))
            return h.second;
    return {};
}

bool GuardedProxyConnection::parseRequest(const QByteArray &head, Request &out)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() != 3 || first[0].isEmpty() || first[1].isEmpty() || !first[2].startsWith("HTTP/1."))
        return false;
    out.method = first[0];
    out.target = first[1];
    out.version = first[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        out.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    out.headLength = head.size();
    return true;
}

QByteArray GuardedProxyConnection::closingResponseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        // Also on the first line: a status line has no header name before a colon, and a
        // hostile "status line" that is a Connection header must not survive either.
        if (colon > 0 && isHopByHop(line.left(colon).trimmed()))
            continue;
        out += line + "\r\n";
    }
    return out + "Connection: close\r\n\r\n";
}

GuardedProxyConnection::~GuardedProxyConnection()
{
    if (m_client >= 0)
        ::close(m_client);
}

bool GuardedProxyConnection::interrupted() const
{
    return (m_ctx.stop && m_ctx.stop->load()) || (m_ctx.options.cancel && m_ctx.options.cancel->load());
}

bool GuardedProxyConnection::readHead(int fd, QByteArray &buffer, qsizetype &headEnd, int timeoutMs)
{
    QElapsedTimer idle;
    idle.start();
    while (!interrupted()) {
        if (const qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0) {
            headEnd = end + 4;
            return true;
        }
        if (buffer.size() > kMaxHead || idle.elapsed() > timeoutMs)
            return false;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, kPollMs) <= 0)
            continue;
        char chunk[8192];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            return false;
        if (n > 0) {
            buffer.append(chunk, n);
            idle.restart();
        }
    }
    return false;
}

bool GuardedProxyConnection::writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size() && !interrupted()) {
        const ssize_t n = ::send(fd, data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return false;
        pollfd p{fd, POLLOUT, 0};
        ::poll(&p, 1, kPollMs);
    }
    return done == data.size();
}

void GuardedProxyConnection::reply(const QByteArray &status, const QByteArray &extraHeaders, const QByteArray &body)
{
    writeAll(m_client, "HTTP/1.1 " + status + "\r\n" + extraHeaders + "Content-Type: text/plain; charset=utf-8\r\n"
                 + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
}

int GuardedProxyConnection::connectTo(const QHostAddress &address, quint16 port, QString &why)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(&storage, &a, sizeof a);
        length = sizeof a;
    } else {
        sockaddr_in6 a{};
        a.sin6_family = AF_INET6;
        a.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&a.sin6_addr, &bytes, sizeof bytes);
        a.sin6_scope_id = address.scopeId().toUInt();
        std::memcpy(&storage, &a, sizeof a);
        length = sizeof a;
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        why = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0)
        return fd;
    if (errno != EINPROGRESS) {
        why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    QElapsedTimer clock;
    clock.start();
    while (!interrupted() && clock.elapsed() < m_ctx.options.networkTimeoutMs) {
        pollfd p{fd, POLLOUT, 0};
        if (::poll(&p, 1, kPollMs) <= 0)
            continue;
        int error = 0;
        socklen_t size = sizeof error;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
        if (error == 0)
            return fd;
        why = QString::fromLocal8Bit(std::strerror(error));
        ::close(fd);
        return -1;
    }
    why = QStringLiteral("timed out");
    ::close(fd);
    return -1;
}

int GuardedProxyConnection::connectChecked(const QString &host, quint16 port)
{
    const auto refuse = [this, &host](const QString &address, const QString &lookupError) {
        m_ctx.refused({host, address, lookupError});
        const QString what = address.isEmpty() ? QStringLiteral("the address of %1 could not be checked: %2").arg(host, lookupError)
                                               : QStringLiteral("%1 is %2").arg(host, address);
        reply("403 Forbidden", "X-TuneDrop-Refused: 1\r\n",
              "Links to this computer are not allowed from the web (" + what.toUtf8() + ").\n");
        return -1;
    };
    const bool guard = !m_ctx.options.allowOwnMachine;
    if (guard && isOwnMachineHost(host))
        return refuse(QStringLiteral("this computer"), {});
    const GuardedProxy::Resolution found = m_ctx.options.resolver
        ? m_ctx.options.resolver(host)
        : GuardedProxy::systemResolve(host, m_ctx.options.networkTimeoutMs, m_ctx.options.cancel, m_ctx.stop);
    if (interrupted())
        return -1;
    if (!found.ok || found.addresses.isEmpty())
        return refuse({}, found.error.isEmpty() ? QStringLiteral("no address") : found.error);
    // Any bad address refuses the host: which one a client would pick is not ours to know.
    for (const QHostAddress &a : found.addresses)
        if (guard && isOwnMachineAddress(a))
            return refuse(a.toString(), {});
    QString why;
    for (const QHostAddress &a : found.addresses)  // exactly the addresses checked above
        if (const int fd = connectTo(a, port, why); fd >= 0)
            return fd;
    if (!interrupted())
        reply("502 Bad Gateway", {}, "Cannot connect to " + host.toUtf8() + ": " + why.toUtf8() + "\n");
    return -1;
}

void GuardedProxyConnection::run()
{
    QByteArray buffer;
    qsizetype headEnd = 0;
    if (!readHead(m_client, buffer, headEnd, m_ctx.options.networkTimeoutMs))
        return;
    Request request;
    if (!parseRequest(buffer.left(headEnd), request))
        return reply("400 Bad Request", {}, "Bad request.\n");
    if (request.header("Proxy-Authorization") != m_ctx.expectedAuthorization)
        return reply("407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"TuneDrop\"\r\n",
                     "Proxy authentication required.\n");
    const QByteArray rest = buffer.mid(headEnd);

    if (request.method == "CONNECT") {
        const QByteArray &t = request.target;
        const qsizetype colon = t.lastIndexOf(':');
        bool portOk = false;
        const uint port = colon > 0 ? t.mid(colon + 1).toUInt(&portOk) : 0;
        QByteArray host = colon > 0 ? t.left(colon) : QByteArray();
        if (host.startsWith('[') && host.endsWith(']'))
            host = host.mid(1, host.size() - 2);
        if (!portOk || port == 0 || port > 65535 || host.isEmpty())
            return reply("400 Bad Request", {}, "Bad CONNECT target.\n");
        const int upstream = connectChecked(QString::fromUtf8(host), quint16(port));
        if (upstream < 0)
            return;
        if (writeAll(m_client, "HTTP/1.1 200 Connection established\r\n\r\n"))
            relay(upstream, rest, false);
        ::close(upstream);
        return;
    }

    // Absolute form: "GET http://host[:port]/path HTTP/1.1" becomes "GET /path HTTP/1.1".
    const QUrl url(QString::fromUtf8(request.target), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return reply("400 Bad Request", {}, "Only absolute http:// requests and CONNECT are relayed.\n");
    const qsizetype authorityStart = request.target.indexOf("://") + 3;
    const qsizetype pathStart = request.target.indexOf('/', authorityStart);
    QByteArray path = pathStart < 0 ? QByteArray("/") : request.target.mid(pathStart);
    if (const qsizetype hash = path.indexOf('#'); hash >= 0)
        path.truncate(hash);
    QByteArray head = request.method + ' ' + path + ' ' + request.version + "\r\n";
    if (request.header("Host").isEmpty())
        head += "Host: " + request.target.mid(authorityStart, (pathStart < 0 ? request.target.size() : pathStart) - authorityStart) + "\r\n";
    for (const auto &h : request.headers)
        if (!isHopByHop(h.first))
            head += h.first + ": " + h.second + "\r\n";
    head += "Connection: close\r\n\r\n";
    const int upstream = connectChecked(url.host(), quint16(url.port(80)));
    if (upstream < 0)
        return;
    relay(upstream, head + rest, true);
    ::close(upstream);
}

void GuardedProxyConnection::relay(int upstream, QByteArray toUpstream, bool rewriteResponseHead)
{
    QByteArray toClient, responseHead;
    bool headDone = !rewriteResponseHead, clientEof = false, upstreamEof = false, upstreamShut = false;
    char chunk[64 * 1024];
    const auto readInto = [&chunk](int fd, QByteArray &into, bool &eof) {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n > 0)
            into.append(chunk, n);
        else if (n == 0 || (errno != EAGAIN && errno != EINTR))
            eof = true;
    };
    const auto flush = [](int fd, QByteArray &from) {
        const ssize_t n = ::send(fd, from.constData(), size_t(from.size()), MSG_NOSIGNAL);
        if (n > 0)
            from.remove(0, n);
        return n >= 0 || errno == EAGAIN || errno == EINTR;
    };
    while (!interrupted()) {
        if (upstreamEof && toClient.isEmpty())
            return;  // the answer is complete: close both sides
        if (clientEof && toUpstream.isEmpty() && !upstreamShut) {
            ::shutdown(upstream, SHUT_WR);
            upstreamShut = true;
        }
        pollfd p[2] = {{m_client, 0, 0}, {upstream, 0, 0}};
        if (!clientEof && toUpstream.size() < kRelayBuffer)
            p[0].events |= POLLIN;
        if (!toClient.isEmpty())
            p[0].events |= POLLOUT;
        if (!upstreamEof && toClient.size() < kRelayBuffer)
            p[1].events |= POLLIN;
        if (!toUpstream.isEmpty())
            p[1].events |= POLLOUT;
        for (pollfd &side : p)
            if (side.events == 0)
                side.fd = -1;  // nothing to wait for: a hung-up socket would wake poll at once
        if (::poll(p, 2, kPollMs) <= 0)
            continue;
        if (clientEof && (p[0].revents & POLLHUP))
            return;  // the client closed both ways: nobody is left to answer
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR))
            clientEof ? void() : readInto(m_client, toUpstream, clientEof);
        if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            if (headDone) {
                readInto(upstream, toClient, upstreamEof);
            } else {
                readInto(upstream, responseHead, upstreamEof);
                if (const qsizetype end = responseHead.indexOf("\r\n\r\n"); end >= 0) {
                    toClient += closingResponseHead(responseHead.left(end + 4)) + responseHead.mid(end + 4);
                    headDone = true;
                } else if (upstreamEof || responseHead.size() > kMaxHead) {
                    toClient += responseHead;  // not a head we can read: pass it on as it is
                    headDone = true;
                    upstreamEof = true;
                }
            }
        }
        if ((p[0].revents & POLLERR) || (!toClient.isEmpty() && (p[0].revents & POLLOUT) && !flush(m_client, toClient)))
            return;  // the client is gone
        if (!toUpstream.isEmpty() && (p[1].revents & POLLOUT) && !flush(upstream, toUpstream))
            return;
    }
}

}  // namespace tunedrop
