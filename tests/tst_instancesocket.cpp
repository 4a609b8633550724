// Issue 20: the single-instance socket cannot be squatted by another local user. Real processes
// (tests/singleinstance_peer.cpp) and, for the squatter, a forked child that becomes `nobody`.
// The hand-over protocol itself is tested in tst_singleinstance.

#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using tunedrop::SingleInstance;

namespace {
constexpr int kLineTimeoutMs = 15000;
}  // namespace

class TestInstanceSocket : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_peer = qEnvironmentVariable("SINGLEINSTANCE_PEER");
        QVERIFY2(QFileInfo(m_peer).isExecutable(), "SINGLEINSTANCE_PEER must name the singleinstance_peer binary");
    }
    void cleanup()
    {
        for (auto &process : m_processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
        m_processes.clear();
        m_dirs.clear();
        qunsetenv("XDG_RUNTIME_DIR");
    }
    void socketIsInAPrivateFolder();
    void squattedSocketGetsNoLinks();

private:
    QString newProfile()
    {
        m_dirs.push_back(std::make_unique<QTemporaryDir>());
        return m_dirs.back()->path();
    }
    QProcess *startPeer(const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(m_peer, args);   // inherits this process's environment (XDG_RUNTIME_DIR)
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }
    QByteArray readLine(QProcess *process)
    {
        QDeadlineTimer deadline(kLineTimeoutMs);
        while (!process->canReadLine() && !deadline.hasExpired()) {
            if (!process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))
                && process->state() == QProcess::NotRunning)
                break;
        }
        return process->readLine().trimmed();
    }
    QProcess *startPrimary(const QString &profile)
    {
        QProcess *process = startPeer({QStringLiteral("primary"), profile});
        return readLine(process) == "PRIMARY" ? process : nullptr;
    }
    int send(const QString &profile, const QStringList &items)
    {
        QProcess *process = startPeer(QStringList{QStringLiteral("send"), profile} + items);
        return process->waitForFinished(kLineTimeoutMs) ? process->exitCode() : -1;
    }
    QStringList readGot(QProcess *process)
    {
        const QByteArray line = readLine(process);
        QStringList items;
        for (const QJsonValue &value : QJsonDocument::fromJson(line.mid(4)).array())
            items.append(value.toString());
        return line.startsWith("GOT ") ? items : QStringList{QString::fromUtf8(line)};
    }

    QString m_peer;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

// Issue 20: the socket was "/tmp/tunedrop-<hash>", a name any local user could take first.
void TestInstanceSocket::socketIsInAPrivateFolder()
{
    // With a private $XDG_RUNTIME_DIR the socket is there.
    QTemporaryDir runtime;
    QCOMPARE(::chmod(QFile::encodeName(runtime.path()).constData(), 0700), 0);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const QString profile = newProfile();
    const QString name = SingleInstance::serverNameFor(profile);
    QCOMPARE(QFileInfo(name).absolutePath(), QDir::cleanPath(runtime.path()));
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);
    QVERIFY(QFileInfo(name).exists());
    QCOMPARE(send(profile, {QStringLiteral("/runtime.mp3")}), 0);
    QCOMPARE(readGot(primary), QStringList{QStringLiteral("/runtime.mp3")});

    // A $XDG_RUNTIME_DIR others may write to is not used; nor is the shared temporary folder.
    QCOMPARE(::chmod(QFile::encodeName(runtime.path()).constData(), 0777), 0);
    const QString other = newProfile();
    const QString fallback = SingleInstance::serverNameFor(other);
    QVERIFY2(!fallback.startsWith(runtime.path()), qPrintable(fallback));
    qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(SingleInstance::serverNameFor(other), fallback);
    QVERIFY(QFileInfo(fallback).absolutePath() != QDir::tempPath());
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(QFileInfo(fallback).absolutePath()).constData(), &st), 0);
    QCOMPARE(st.st_uid, ::geteuid());
    QCOMPARE(int(st.st_mode & 077), 0);
}

// Another local user listens at the would-be socket path before TuneDrop starts. Played for real:
// a forked child binds there, becomes `nobody` and listens (SO_PEERCRED reports the uid at
// listen()), and records whatever reaches it. On today's code the socket was in /tmp and the
// start sent it {"items":[...]}; now the start sees a foreign uid and becomes the primary.
void TestInstanceSocket::squattedSocketGetsNoLinks()
{
    if (::geteuid() != 0)
        QSKIP("needs root to play another user");
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        QSKIP("no user 'nobody'");
    const QString profile = newProfile();
    const QString name = SingleInstance::serverNameFor(profile);
    const QString path = QDir::isAbsolutePath(name) ? name : QDir(QDir::tempPath()).filePath(name);
    QLocalServer::removeServer(path);

    int ready[2] = {-1, -1};
    int heard[2] = {-1, -1};
    QCOMPARE(::pipe(ready), 0);
    QCOMPARE(::pipe(heard), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // The squatter: no Qt here, only system calls.
        ::close(ready[0]);
        ::close(heard[0]);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = QFile::encodeName(path);
        std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::chmod(bytes.constData(), 0777) != 0 || ::chown(bytes.constData(), nobody->pw_uid, nobody->pw_gid) != 0
            || ::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0 || ::listen(fd, 8) != 0)
            ::_exit(1);
        (void)!::write(ready[1], "R", 1);
        for (;;) {
            const int client = ::accept(fd, nullptr, nullptr);
            if (client < 0)
                continue;
            char buffer[4096];
            pollfd waitFor{client, POLLIN, 0};
            while (::poll(&waitFor, 1, 3000) > 0) {
                const ssize_t got = ::read(client, buffer, sizeof buffer);
                if (got <= 0)
                    break;
                (void)!::write(heard[1], buffer, size_t(got));
            }
            ::close(client);
        }
    }
    ::close(ready[1]);
    ::close(heard[1]);
    const auto stopSquatter = qScopeGuard([&] {
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        ::close(ready[0]);
        ::close(heard[0]);
    });
    char r = 0;
    QCOMPARE(::read(ready[0], &r, 1), ssize_t(1));
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_uid, nobody->pw_uid);

    // Sending directly: refused once the peer's uid is seen.
    QVERIFY(!SingleInstance(profile).sendToPrimary({QStringLiteral("/direct-secret.mp3")}, 2000));
    // A start with links: it must not defer to the squatter; it becomes the primary itself.
    QProcess *start = startPeer({QStringLiteral("send"), profile, QStringLiteral("https://example.com/secret-link")});
    QVERIFY(start->waitForFinished(kLineTimeoutMs));
    const QByteArray said = start->readAllStandardOutput();

    ::fcntl(heard[0], F_SETFL, O_NONBLOCK);
    QByteArray received;
    char buffer[4096];
    for (ssize_t got; (got = ::read(heard[0], buffer, sizeof buffer)) > 0;)
        received.append(buffer, int(got));
    QVERIFY2(!received.contains("items"), received.constData());
    QVERIFY2(!received.contains("secret"), received.constData());
    QCOMPARE(start->exitCode(), 3);
    QCOMPARE(said.trimmed(), QByteArray("PRIMARY"));
}

QTEST_GUILESS_MAIN(TestInstanceSocket)
#include "tst_instancesocket.moc"
