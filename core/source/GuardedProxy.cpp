#include "GuardedProxy.h"

#include "GuardedProxyConnection.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QUrl>

#include <arpa/inet.h>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tunedrop {

namespace {

constexpr int kPollMs = 100;

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

}  // namespace

// A worker thread and whether it has ended, so the accept loop can join finished ones: an HLS
// download opens one connection per segment, and thousands of unjoined threads would pile up.
struct GuardedProxyWorker {
    std::thread thread;
    std::shared_ptr<std::atomic_bool> done = std::make_shared<std::atomic_bool>(false);
};

GuardedProxy::GuardedProxy(Options options) : m_options(std::move(options))
{
    quint64 words[2] = {QRandomGenerator::system()->generate64(), QRandomGenerator::system()->generate64()};
    m_token = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

GuardedProxy::~GuardedProxy()
{
    m_stop.store(true);
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    // Every relay polls m_stop every 100 ms, so these joins are short.
    for (GuardedProxyWorker &w : m_workers)
        if (w.thread.joinable())
            w.thread.join();
}

QString GuardedProxy::url() const
{
    return QStringLiteral("http://%1:%2@127.0.0.1:%3").arg(userName(), QString::fromLatin1(m_token)).arg(m_port);
}

QNetworkProxy GuardedProxy::networkProxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port, userName(),
                         QString::fromLatin1(m_token));
}

QList<GuardedProxy::Refusal> GuardedProxy::refusals() const
{
    QMutexLocker lock(&m_mutex);
    return m_refusals;
}

Result<void> GuardedProxy::start()
{
    const auto fail = [&](const QString &why) -> Result<void> {
        if (m_listenFd >= 0)
            ::close(m_listenFd);
        m_listenFd = -1;
        return Error{ErrorCategory::Internal, UserText::literal(why)};
    };
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listenFd < 0)
        return fail(errnoText());
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(m_listenFd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listenFd, 64) != 0)
        return fail(errnoText());
    socklen_t length = sizeof address;
    if (::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return fail(errnoText());
    m_port = ntohs(address.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return {};
}

void GuardedProxy::acceptLoop()
{
    while (!m_stop.load()) {
        pollfd p{m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, kPollMs) <= 0)
            continue;
        const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (client < 0)
            continue;
        QMutexLocker lock(&m_mutex);
        for (auto it = m_workers.begin(); it != m_workers.end();) {
            if (it->done->load()) {
                it->thread.join();
                it = m_workers.erase(it);
            } else {
                ++it;
            }
        }
        if (int(m_workers.size()) >= m_options.maxConnections) {
            ::close(client);  // the client sees a reset; one job never needs this many at once
            continue;
        }
        GuardedProxyWorker worker;
        auto done = worker.done;
        worker.thread = std::thread([this, client, done] {
            serve(client);
            done->store(true);
        });
        m_workers.push_back(std::move(worker));
    }
}

void GuardedProxy::serve(int clientFd)
{
    ++m_handled;
    GuardedProxyConnection::Context context;
    context.expectedAuthorization = "Basic " + (userName().toUtf8() + ':' + m_token).toBase64();
    context.options = m_options;
    context.stop = &m_stop;
    context.refused = [this](const Refusal &refusal) {
        QMutexLocker lock(&m_mutex);
        m_refusals.append(refusal);
    };
    GuardedProxyConnection(clientFd, context).run();
}

GuardedProxy::Resolution GuardedProxy::systemResolve(const QString &host, int timeoutMs, const std::atomic_bool *cancel,
                                                     const std::atomic_bool *stop)
{
    struct Pending {
        std::mutex mutex;
        std::condition_variable ready;
        bool done = false;
        Resolution result;
    };
    auto pending = std::make_shared<Pending>();
    const QByteArray name = QUrl::toAce(host).isEmpty() ? host.toUtf8() : QUrl::toAce(host);
    // getaddrinfo cannot be interrupted: it runs on a thread of its own that owns a share of
    // the result, and is left to finish alone when the job is cancelled or the time is up.
    std::thread([pending, name] {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const int rc = ::getaddrinfo(name.constData(), nullptr, &hints, &found);
        Resolution r;
        if (rc == 0) {
            for (const addrinfo *i = found; i; i = i->ai_next) {
                QHostAddress a(i->ai_addr);
                if (!a.isNull() && !r.addresses.contains(a))
                    r.addresses.append(a);
            }
            r.ok = !r.addresses.isEmpty();
            freeaddrinfo(found);
        } else {
            r.error = QString::fromLocal8Bit(::gai_strerror(rc));
        }
        const std::lock_guard<std::mutex> lock(pending->mutex);
        pending->result = r;
        pending->done = true;
        pending->ready.notify_all();
    }).detach();

    QElapsedTimer clock;
    clock.start();
    std::unique_lock<std::mutex> lock(pending->mutex);
    while (!pending->done) {
        if ((cancel && cancel->load()) || (stop && stop->load()))
            return {false, {}, QStringLiteral("cancelled")};
        if (clock.elapsed() > timeoutMs)
            return {false, {}, QStringLiteral("no answer within %1 s").arg((timeoutMs + 999) / 1000)};
        pending->ready.wait_for(lock, std::chrono::milliseconds(kPollMs));
    }
    return pending->result;
}

}  // namespace tunedrop
