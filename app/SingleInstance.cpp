#include "SingleInstance.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

// Wire protocol (one request per connection):
//   secondary -> primary : quint32 big-endian length N (N <= 1 MiB), then N bytes of UTF-8 JSON
//                          {"items": ["<absolute path or URL>", ...], "raise": true}
//   primary -> secondary : "OK\n" after itemsReceived() was emitted, or "ERR <reason>\n";
//                          then the primary closes the connection.
// The primary side is fully asynchronous (readyRead may deliver any fragment); the secondary side
// blocks, bounded by the caller's timeout.
//
// Where the socket lives (issue 20): a fixed name in /tmp could be created first by another
// local user, who then received the links of every start. The socket is now in a folder only we
// can write to: $XDG_RUNTIME_DIR when it is private, else the profile folder (0700, see Profile),
// else Qt's runtime folder. Both ends also check the other's uid with SO_PEERCRED: links are
// only ever sent to, and accepted from, a process of our own user.

namespace tunedrop {

namespace {

Q_LOGGING_CATEGORY(lcSingle, "tunedrop.singleinstance")

constexpr quint32 kMaxMessageBytes = 1024 * 1024;  // payload limit, header excluded
constexpr int kHeaderBytes = 4;
constexpr int kIdleClientMs = 10000;               // a client that never completes is dropped
constexpr int kProbeTimeoutMs = 1000;              // "does a primary answer?" in listen()
constexpr int kLockTimeoutMs = 5000;               // waiting for another starter's listen()

QByteArray userId()
{
#ifdef Q_OS_UNIX
    return QByteArray::number(static_cast<qulonglong>(::getuid()));
#else
    return qEnvironmentVariable("USERNAME").toUtf8();
#endif
}

// Absolute, cleaned, with symlinks resolved for the part that exists. A profile directory that
// does not exist yet gets the same name before and after it is created (unless a symlink appears
// on the way), so the first start and the next agree.
QString canonicalProfilePath(const QString &profileDataDir)
{
    const QString input = profileDataDir.isEmpty() ? QStringLiteral(".") : profileDataDir;
    QString existing = QDir::cleanPath(QFileInfo(input).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            break;
        missing.prepend(existing.mid(slash + 1));
        existing = slash == 0 ? QStringLiteral("/") : existing.left(slash);
        if (slash == 0)
            break;
    }
    QString path = QFileInfo(existing).canonicalFilePath();
    if (path.isEmpty())
        path = existing;
    for (const QString &part : std::as_const(missing)) {
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        path += part;
    }
    return QDir::cleanPath(path);
}

// A folder only we can enter: ours, a real directory (not a symlink), no group/other access.
bool isPrivateFolder(const QString &dir)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    return !dir.isEmpty() && ::lstat(QFile::encodeName(dir).constData(), &st) == 0 && S_ISDIR(st.st_mode)
        && st.st_uid == ::geteuid() && (st.st_mode & 077) == 0;
#else
    return !dir.isEmpty();
#endif
}

bool fitsSocketPath(const QString &path)
{
#ifdef Q_OS_UNIX
    return QFile::encodeName(path).size() < qsizetype(sizeof(sockaddr_un{}.sun_path));
#else
    Q_UNUSED(path);
    return true;
#endif
}

// True when the process at the other end of a connected local socket runs as our user. Listening
// sockets report the credentials of whoever called listen(), so a squatter is recognised too.
bool peerIsOurUser(const QLocalSocket &socket)
{
#ifdef Q_OS_LINUX
    ucred cred{};
    socklen_t length = sizeof cred;
    if (::getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &cred, &length) != 0) {
        qCWarning(lcSingle) << "cannot ask who is on the other end of" << socket.fullServerName();
        return false;
    }
    if (cred.uid == ::geteuid())
        return true;
    qCWarning(lcSingle) << socket.fullServerName() << "belongs to uid" << cred.uid << "- not us";
    return false;
#else
    Q_UNUSED(socket);
    return true;   // elsewhere the private folder is the only guard
#endif
}

bool looksLikeUrl(const QString &item)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(item).hasMatch();
}

// Relative local paths that exist are made absolute against the sender's working directory;
// URLs, absolute paths and anything else are sent as typed.
QString absoluteItem(const QString &item)
{
    if (item.isEmpty() || looksLikeUrl(item))
        return item;
    const QFileInfo info(item);
    if (info.isRelative() && info.exists())
        return info.absoluteFilePath();
    return item;
}

// True when something accepts connections on the name (a live primary). A socket file left by a
// killed process refuses at once (ECONNREFUSED), so this is quick in the stale case.
bool primaryAnswers(const QString &name, int timeoutMs)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool connected = probe.waitForConnected(timeoutMs);
    // Somebody else's socket is not a primary: we take the name over instead of deferring.
    const bool ours = connected && peerIsOurUser(probe);
    if (connected)
        probe.abort();
    return ours;
}

struct Connection {
    QByteArray buffer;
    quint32 expected = 0;   // payload length once the header is in
    bool headerRead = false;
    bool finished = false;
};

void replyAndClose(QLocalSocket *socket, const QByteArray &reply)
{
    socket->write(reply);
    socket->flush();                  // out now, even if the event loop is busy for a while
    socket->disconnectFromServer();   // sends whatever is left before closing
}

}  // namespace

SingleInstance::SingleInstance(const QString &profileDataDir, QObject *parent)
    : QObject(parent), m_name(serverNameFor(profileDataDir))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        // Sockets are the server's children; stop them calling back into a half-destroyed object.
        const auto sockets = m_server->findChildren<QLocalSocket *>();
        for (QLocalSocket *socket : sockets)
            socket->disconnect(this);
        m_server->disconnect(this);
        delete m_server;   // close() removes the socket file
        m_server = nullptr;
    }
}

QString SingleInstance::serverNameFor(const QString &profileDataDir)
{
    const QString profile = canonicalProfilePath(profileDataDir);
    QByteArray key = profile.toUtf8();
    key += '\0';
    key += userId();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    const QString file = QStringLiteral("tunedrop-") + QString::fromLatin1(digest.left(16));

    // An absolute path, so QLocalServer never falls back to the shared temporary folder.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (QDir::isAbsolutePath(runtime) && isPrivateFolder(runtime)
        && fitsSocketPath(QDir(runtime).filePath(file)))
        return QDir(QDir::cleanPath(runtime)).filePath(file);
    const QString inProfile = QDir(profile).filePath(file);
    if (fitsSocketPath(inProfile))
        return inProfile;
    // A profile path too long for sun_path: Qt's runtime folder (it creates it 0700 and refuses
    // one owned by somebody else; listen() checks again). Without one, the profile path: listen()
    // then fails and says so, which is better than a relative name in the working folder.
    const QString qtRuntime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return qtRuntime.isEmpty() ? inProfile : QDir(qtRuntime).filePath(file);
}

bool SingleInstance::listen()
{
    if (m_server && m_server->isListening())
        return true;

    // Qt 6 (unix) with any access option binds in a private temporary directory and rename()s the
    // socket into place, which silently replaces an existing socket: listen() never reports
    // AddressInUseError then, so its result alone cannot decide a race between two starters.
    // "Does a primary answer? if not, take the name" is therefore serialised across processes by
    // a lock file held only for these few steps; a lock left by a killed process is stale (its
    // pid is gone) and taken over by QLockFile.
    const QString folder = QFileInfo(m_name).absolutePath();
    if (!isPrivateFolder(folder)) {
        // Anything we could put there, another user could have put there first. Run as the
        // primary without hand-over rather than trust it.
        qCWarning(lcSingle) << folder << "is not a private folder: a second start will not be"
                            << "detected";
        return true;
    }
    QLockFile lock(m_name + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);   // stale only when the owner is dead, never by age
    const bool locked = lock.tryLock(kLockTimeoutMs);
    if (!locked)
        qCWarning(lcSingle) << "could not take the start-up lock" << lock.error()
                            << "- continuing without it";

    if (primaryAnswers(m_name, kProbeTimeoutMs))
        return false;

    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (m_server->hasPendingConnections()) {
                QLocalSocket *socket = m_server->nextPendingConnection();
                if (!peerIsOurUser(*socket)) {
                    socket->abort();
                    socket->deleteLater();
                    continue;
                }
                auto state = std::make_shared<Connection>();
                QTimer::singleShot(kIdleClientMs, socket, [socket] { socket->abort(); });
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket, state] {
                    if (state->finished) {
                        socket->readAll();   // anything after the message is ignored
                        return;
                    }
                    if (!state->headerRead) {
                        state->buffer += socket->read(kHeaderBytes - state->buffer.size());
                        if (state->buffer.size() < kHeaderBytes)
                            return;
                        state->expected = qFromBigEndian<quint32>(state->buffer.constData());
                        state->headerRead = true;
                        state->buffer.clear();
                        if (state->expected > kMaxMessageBytes) {
                            qCWarning(lcSingle) << "rejected a message of" << state->expected
                                                << "bytes";
                            state->finished = true;
                            socket->readAll();
                            replyAndClose(socket, QByteArrayLiteral("ERR too large\n"));
                            return;
                        }
                    }
                    state->buffer += socket->read(qint64(state->expected) - state->buffer.size());
                    if (state->buffer.size() < qint64(state->expected))
                        return;
                    state->finished = true;
                    socket->readAll();

                    QJsonParseError error{};
                    const QJsonDocument doc = QJsonDocument::fromJson(state->buffer, &error);
                    state->buffer.clear();
                    const QJsonValue itemsValue = doc.object().value(QLatin1String("items"));
                    if (error.error != QJsonParseError::NoError || !doc.isObject()
                        || !(itemsValue.isArray() || itemsValue.isUndefined())) {
                        replyAndClose(socket, QByteArrayLiteral("ERR bad message\n"));
                        return;
                    }
                    QStringList items;
                    const QJsonArray array = itemsValue.toArray();
                    for (const QJsonValue &value : array) {
                        if (!value.isString()) {
                            replyAndClose(socket, QByteArrayLiteral("ERR bad message\n"));
                            return;
                        }
                        items.append(value.toString());
                    }
                    const QPointer<QLocalSocket> guard(socket);
                    emit itemsReceived(items);   // empty: "just come to the front"
                    if (guard)
                        replyAndClose(socket, QByteArrayLiteral("OK\n"));
                });
            }
        });
    }

    if (m_server->listen(m_name))
        return true;

    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Reached without access options or with a future Qt that refuses to replace a socket.
        if (primaryAnswers(m_name, kProbeTimeoutMs))
            return false;
        QLocalServer::removeServer(m_name);   // stale: nobody answered
        if (m_server->listen(m_name))
            return true;
    }
    qCWarning(lcSingle) << "cannot listen on" << m_name << ":" << m_server->errorString();
    return false;   // be a secondary rather than a second primary
}

bool SingleInstance::sendToPrimary(const QStringList &items, int timeoutMs)
{
    QJsonArray array;
    for (const QString &item : items)
        array.append(absoluteItem(item));
    QJsonObject message;
    message.insert(QLatin1String("items"), array);
    message.insert(QLatin1String("raise"), true);
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (payload.size() > qsizetype(kMaxMessageBytes)) {
        qCWarning(lcSingle) << "not sending" << payload.size() << "bytes: over the 1 MiB limit";
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                : QDeadlineTimer(timeoutMs));
    const auto remaining = [&deadline] { return int(deadline.remainingTime()); };

    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(remaining()))
        return false;
    if (!peerIsOurUser(socket)) {   // never hand links to another user's process
        socket.abort();
        return false;
    }

    char header[kHeaderBytes];
    qToBigEndian<quint32>(quint32(payload.size()), header);
    socket.write(header, kHeaderBytes);
    socket.write(payload);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remaining()))
            return false;
    }

    QByteArray reply;
    while (!reply.contains('\n') && reply.size() < 64) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(remaining())) {
            reply += socket.readAll();   // data that came with the close
            break;
        }
        reply += socket.readAll();
    }
    socket.abort();
    return reply.startsWith("OK\n");
}

}  // namespace tunedrop
