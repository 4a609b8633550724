// SingleInstance with real processes: tests/singleinstance_peer.cpp plays primary and secondary.
// The peer's path comes from SINGLEINSTANCE_PEER (set by CMake to $<TARGET_FILE:singleinstance_peer>).

#include "SingleInstance.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using tunedrop::SingleInstance;

namespace {

constexpr int kLineTimeoutMs = 15000;

QByteArray frame(const QByteArray &payload)
{
    char header[4];
    qToBigEndian<quint32>(quint32(payload.size()), header);
    return QByteArray(header, 4) + payload;
}

QByteArray messageFor(const QStringList &items)
{
    QJsonObject message;
    message.insert(QLatin1String("items"), QJsonArray::fromStringList(items));
    message.insert(QLatin1String("raise"), true);
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

// Reads the reply of a raw client: everything up to the first newline or the close.
QByteArray readReply(QLocalSocket &socket, int timeoutMs = kLineTimeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QByteArray reply;
    while (!reply.contains('\n') && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            reply += socket.readAll();
            break;
        }
        reply += socket.readAll();
    }
    return reply;
}

}  // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void serverNameIsShortStableAndPerProfile();
    void handOverMakesRelativePathsAbsolute();
    void itemsArriveInOrderAcrossSends();
    void emptySendMeansRaise();
    void twoProfilesGetTwoPrimaries();
    void staleSocketAfterKillIsTakenOver();
    void simultaneousStartsHaveOneWinner_data();
    void simultaneousStartsHaveOneWinner();
    void socketIsUserOnly();
    void oversizedMessageIsRejected();
    void malformedMessagesAreRejected();
    void fragmentedMessageIsReassembled();
    void idleClientDoesNotBlockPrimary();
    void sendWithoutPrimaryFailsQuickly();
    void unresponsivePrimaryTimesOut();
    void gracefulExitRemovesSocket();
    void inProcessPrimaryReceivesFromPeer();

private:
    QString newProfile();
    QProcess *startPeer(const QStringList &args, const QString &workDir = QString(),
                        qint64 startAtMs = 0);
    QProcess *startPrimary(const QString &profile);   // waits for and checks "PRIMARY"
    QByteArray readLine(QProcess *process, int timeoutMs = kLineTimeoutMs);
    QStringList readGot(QProcess *process);
    int send(const QString &profile, const QStringList &items, const QString &workDir = QString());
    void killHard(QProcess *process);

    QString m_peer;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QStringList m_names;
};

void TestSingleInstance::initTestCase()
{
    m_peer = qEnvironmentVariable("SINGLEINSTANCE_PEER");
    QVERIFY2(!m_peer.isEmpty(), "SINGLEINSTANCE_PEER must name the singleinstance_peer binary");
    QVERIFY2(QFileInfo(m_peer).isExecutable(), qPrintable(m_peer));
}

void TestSingleInstance::cleanup()
{
    for (auto &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    m_processes.clear();
    for (const QString &name : std::as_const(m_names))
        QLocalServer::removeServer(name);   // sockets left by kill -9
    m_names.clear();
    m_dirs.clear();
}

QString TestSingleInstance::newProfile()
{
    m_dirs.push_back(std::make_unique<QTemporaryDir>());
    const QString dir = m_dirs.back()->path();
    m_names.append(SingleInstance::serverNameFor(dir));
    return dir;
}

QProcess *TestSingleInstance::startPeer(const QStringList &args, const QString &workDir,
                                        qint64 startAtMs)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(m_peer);
    process->setArguments(args);
    process->setReadChannel(QProcess::StandardOutput);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!workDir.isEmpty())
        process->setWorkingDirectory(workDir);
    if (startAtMs > 0) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SINGLEINSTANCE_PEER_START_AT_MS"), QString::number(startAtMs));
        process->setProcessEnvironment(env);
    }
    process->start();
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

QByteArray TestSingleInstance::readLine(QProcess *process, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!process->canReadLine()) {
        if (deadline.hasExpired())
            return {};
        if (!process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))
            && process->state() == QProcess::NotRunning && !process->canReadLine())
            return {};
    }
    QByteArray line = process->readLine();
    line.chop(1);
    return line;
}

QStringList TestSingleInstance::readGot(QProcess *process)
{
    const QByteArray line = readLine(process);
    if (!line.startsWith("GOT ")) {
        qWarning() << "expected a GOT line, got" << line;
        return {QStringLiteral("<no GOT line>")};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.mid(4), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning() << "bad GOT line" << line;
        return {QStringLiteral("<bad GOT line>")};
    }
    QStringList items;
    const QJsonArray array = doc.array();
    for (const QJsonValue &value : array)
        items.append(value.toString());
    return items;
}

QProcess *TestSingleInstance::startPrimary(const QString &profile)
{
    QProcess *process = startPeer({QStringLiteral("primary"), profile});
    const QByteArray line = readLine(process);
    if (line != "PRIMARY") {
        qWarning() << "peer did not become primary:" << line;
        return nullptr;
    }
    return process;
}

int TestSingleInstance::send(const QString &profile, const QStringList &items, const QString &workDir)
{
    QProcess *process = startPeer(QStringList{QStringLiteral("send"), profile} + items, workDir);
    if (!process->waitForFinished(kLineTimeoutMs))
        return -1;
    if (process->exitStatus() != QProcess::NormalExit)
        return -2;
    return process->exitCode();
}

void TestSingleInstance::killHard(QProcess *process)
{
    process->kill();   // SIGKILL: no destructor runs, the socket file stays behind
    QVERIFY(process->waitForFinished(5000));
}

void TestSingleInstance::serverNameIsShortStableAndPerProfile()
{
    const QString profile = newProfile();
    const QString name = SingleInstance::serverNameFor(profile);
    QVERIFY2(QDir::isAbsolutePath(name), qPrintable(name));
    QVERIFY2(QRegularExpression(QStringLiteral("^tunedrop-[0-9a-f]{16}$")).match(QFileInfo(name).fileName()).hasMatch(),
             qPrintable(name));
    QCOMPARE(SingleInstance(profile).serverName(), name);

    // Spellings of the same directory agree.
    QCOMPARE(SingleInstance::serverNameFor(profile + QStringLiteral("/")), name);
    QCOMPARE(SingleInstance::serverNameFor(profile + QStringLiteral("/./")), name);
    QVERIFY(QDir(profile).mkdir(QStringLiteral("sub")));
    QCOMPARE(SingleInstance::serverNameFor(profile + QStringLiteral("/sub/..")), name);
    const QString link = newProfile() + QStringLiteral("/link");
    QVERIFY(QFile::link(profile, link));
    QCOMPARE(SingleInstance::serverNameFor(link), name);
    {
        const QString saved = QDir::currentPath();
        QVERIFY(QDir::setCurrent(profile));
        QCOMPARE(SingleInstance::serverNameFor(QStringLiteral(".")), name);
        QCOMPARE(SingleInstance::serverNameFor(QStringLiteral("sub/..")), name);
        QVERIFY(QDir::setCurrent(saved));
    }

    // Other directories differ, including nested ones.
    QVERIFY(SingleInstance::serverNameFor(newProfile()) != name);
    QVERIFY(SingleInstance::serverNameFor(profile + QStringLiteral("/sub")) != name);

    // A profile that does not exist yet keeps its name once created (also behind a symlink).
    const QString future = link + QStringLiteral("/not/yet");
    const QString before = SingleInstance::serverNameFor(future);
    QVERIFY(QDir().mkpath(future));
    QCOMPARE(SingleInstance::serverNameFor(future), before);
    QCOMPARE(SingleInstance::serverNameFor(profile + QStringLiteral("/not/yet")), before);
}

void TestSingleInstance::handOverMakesRelativePathsAbsolute()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);

    const QString workDir = newProfile();
    QFile song(QDir(workDir).filePath(QStringLiteral("rel song.mp3")));
    QVERIFY(song.open(QIODevice::WriteOnly));
    song.close();
    const QString expectedAbsolute =
        QDir(QFileInfo(workDir).canonicalFilePath()).filePath(QStringLiteral("rel song.mp3"));
    const QString url = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x%20y");
    const QString unicode = QStringLiteral("/tmp/\u00fcn\u00ef \u65e5\u672c.mp3");
    const QString missingRelative = QStringLiteral("not-on-disk.mp3");

    QCOMPARE(send(profile, {QStringLiteral("rel song.mp3"), url, unicode, missingRelative}, workDir), 0);
    QCOMPARE(readGot(primary),
             (QStringList{expectedAbsolute, url, unicode, missingRelative}));
}

void TestSingleInstance::itemsArriveInOrderAcrossSends()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);
    for (int i = 1; i <= 4; ++i) {
        const QStringList items{QStringLiteral("https://example.com/%1").arg(i),
                                QStringLiteral("/music/%1.mp3").arg(i)};
        QCOMPARE(send(profile, items), 0);
        QCOMPARE(readGot(primary), items);
    }
}

void TestSingleInstance::emptySendMeansRaise()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);
    QCOMPARE(send(profile, {}), 0);
    QCOMPARE(readLine(primary), QByteArray("GOT []"));
}

void TestSingleInstance::twoProfilesGetTwoPrimaries()
{
    const QString profileA = newProfile();
    const QString profileB = newProfile();
    QProcess *primaryA = startPrimary(profileA);
    QVERIFY(primaryA);
    QProcess *primaryB = startPrimary(profileB);
    QVERIFY(primaryB);

    QCOMPARE(send(profileB, {QStringLiteral("/to/b.mp3")}), 0);
    QCOMPARE(send(profileA, {QStringLiteral("/to/a.mp3")}), 0);
    QCOMPARE(readGot(primaryA), QStringList{QStringLiteral("/to/a.mp3")});
    QCOMPARE(readGot(primaryB), QStringList{QStringLiteral("/to/b.mp3")});
    // Nothing crossed over.
    QVERIFY(!primaryA->canReadLine());
    QVERIFY(!primaryB->canReadLine());
}

void TestSingleInstance::staleSocketAfterKillIsTakenOver()
{
    const QString profile = newProfile();
    QProcess *first = startPrimary(profile);
    QVERIFY(first);

    QLocalSocket probe;
    probe.connectToServer(SingleInstance::serverNameFor(profile));
    QVERIFY(probe.waitForConnected(5000));
    const QString socketPath = probe.fullServerName();
    probe.abort();

    killHard(first);
    QVERIFY2(QFileInfo::exists(socketPath), "kill -9 should leave the socket file behind");

    // Nobody answers on the stale socket: a send fails, and fast.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SingleInstance(profile).sendToPrimary({QStringLiteral("/x.mp3")}, 3000));
    qInfo("send to a stale socket failed after %lld ms", timer.elapsed());

    QProcess *second = startPrimary(profile);
    QVERIFY2(second, "a new start must take the stale socket over");
    QCOMPARE(send(profile, {QStringLiteral("/after/crash.mp3")}), 0);
    QCOMPARE(readGot(second), QStringList{QStringLiteral("/after/crash.mp3")});
}

void TestSingleInstance::simultaneousStartsHaveOneWinner_data()
{
    QTest::addColumn<bool>("afterCrash");
    for (int round = 1; round <= 5; ++round)
        QTest::addRow("fresh-%d", round) << false;
    for (int round = 1; round <= 5; ++round)
        QTest::addRow("stale-socket-%d", round) << true;
}

void TestSingleInstance::simultaneousStartsHaveOneWinner()
{
    QFETCH(bool, afterCrash);
    const QString profile = newProfile();
    if (afterCrash) {
        // Both racers find a dead socket: each must not remove the other's fresh one.
        QProcess *crashed = startPrimary(profile);
        QVERIFY(crashed);
        killHard(crashed);
    }

    // Both peers sleep until the same instant, then call listen().
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 400;
    QProcess *a = startPeer({QStringLiteral("primary"), profile}, QString(), startAt);
    QProcess *b = startPeer({QStringLiteral("primary"), profile}, QString(), startAt);
    const QByteArray lineA = readLine(a);
    const QByteArray lineB = readLine(b);
    qInfo() << "racers said" << lineA << lineB;
    QVERIFY2((lineA == "PRIMARY" && lineB == "SECONDARY") || (lineA == "SECONDARY" && lineB == "PRIMARY"),
             qPrintable(QStringLiteral("%1 / %2").arg(QString::fromUtf8(lineA), QString::fromUtf8(lineB))));
    QProcess *winner = lineA == "PRIMARY" ? a : b;
    QProcess *loser = winner == a ? b : a;
    QVERIFY(loser->waitForFinished(5000));
    QCOMPARE(loser->exitCode(), 2);

    // The one primary really holds the name.
    QCOMPARE(send(profile, {QStringLiteral("/race.mp3")}), 0);
    QCOMPARE(readGot(winner), QStringList{QStringLiteral("/race.mp3")});
}

void TestSingleInstance::socketIsUserOnly()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);

    QLocalSocket socket;
    socket.connectToServer(SingleInstance::serverNameFor(profile));
    QVERIFY(socket.waitForConnected(5000));
    const QString path = socket.fullServerName();
    socket.abort();
    QCOMPARE(path, SingleInstance::serverNameFor(profile));

    // With UserAccessOption Qt 6 binds in a private temporary directory, chmods the socket to
    // S_IRWXU and renames it into place: the file itself is srwx------ and ours.
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
    QVERIFY(S_ISSOCK(st.st_mode));
    QCOMPARE(st.st_uid, ::getuid());
    QCOMPARE(int(st.st_mode & 07777), 0700);
    QCOMPARE(int(st.st_mode & 077), 0);   // neither group nor others may connect
}

void TestSingleInstance::oversizedMessageIsRejected()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);
    const QString name = SingleInstance::serverNameFor(profile);

    // The header announces 2 MiB: refused from the header alone, the rest is not buffered.
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray big = QByteArray(2 * 1024 * 1024, 'x');
        socket.write(frame(big));
        const QByteArray reply = readReply(socket);
        QVERIFY2(reply.startsWith("ERR"), reply.constData());
    }
    // Exactly one byte over the limit.
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(5000));
        char header[4];
        qToBigEndian<quint32>(quint32(1024 * 1024 + 1), header);
        socket.write(header, 4);
        const QByteArray reply = readReply(socket);
        QVERIFY2(reply.startsWith("ERR"), reply.constData());
    }
    // The sender refuses to send over 1 MiB itself.
    QVERIFY(!SingleInstance(profile).sendToPrimary({QString(600 * 1024, QLatin1Char('a')),
                                                   QString(600 * 1024, QLatin1Char('b'))}));
    // Just under the limit still goes through (eight arguments of 127 KiB: one argv string may
    // not exceed 128 KiB on Linux; the sender runs while we drain the primary's output).
    QStringList large;
    for (char c = 'a'; c < 'a' + 8; ++c)
        large.append(QString(127 * 1024, QLatin1Char(c)));
    QVERIFY(messageFor(large).size() < 1024 * 1024);
    QVERIFY(messageFor(large).size() > 1000 * 1024);
    QProcess *sender = startPeer(QStringList{QStringLiteral("send"), profile} + large);
    QCOMPARE(readGot(primary), large);
    QVERIFY(sender->waitForFinished(kLineTimeoutMs));
    QCOMPARE(sender->exitCode(), 0);

    QCOMPARE(primary->state(), QProcess::Running);
    QCOMPARE(send(profile, {QStringLiteral("/still/alive.mp3")}), 0);
    QCOMPARE(readGot(primary), QStringList{QStringLiteral("/still/alive.mp3")});
}

void TestSingleInstance::malformedMessagesAreRejected()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);
    const QString name = SingleInstance::serverNameFor(profile);

    const QList<QByteArray> bad{
        QByteArray(),                                   // empty payload
        QByteArray("not json"),
        QByteArray("[\"an\",\"array\"]"),
        QByteArray("{\"items\":\"not an array\"}"),
        QByteArray("{\"items\":[\"ok\",42]}"),
        QByteArray("{\"items\":[\"x\"]"),               // truncated
    };
    for (const QByteArray &payload : bad) {
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(frame(payload));
        const QByteArray reply = readReply(socket);
        QVERIFY2(reply.startsWith("ERR"), (payload + " -> " + reply).constData());
    }
    // A client that hangs up mid-message is simply dropped.
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(frame(messageFor({QStringLiteral("/half.mp3")})).left(10));
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.abort();
    }
    QCOMPARE(send(profile, {QStringLiteral("/good.mp3")}), 0);
    QCOMPARE(readGot(primary), QStringList{QStringLiteral("/good.mp3")});   // no GOT for the bad ones
}

void TestSingleInstance::fragmentedMessageIsReassembled()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);

    const QStringList items{QStringLiteral("/frag/\u00e9t\u00e9.mp3"), QStringLiteral("https://example.com/a")};
    const QByteArray wire = frame(messageFor(items));
    QLocalSocket socket;
    socket.connectToServer(SingleInstance::serverNameFor(profile));
    QVERIFY(socket.waitForConnected(5000));
    // 1, 2, 3, ... bytes at a time with pauses, so the primary sees the header split too.
    int offset = 0;
    for (int chunk = 1; offset < wire.size(); ++chunk) {
        socket.write(wire.mid(offset, chunk));
        QVERIFY(socket.waitForBytesWritten(5000));
        offset += chunk;
        QTest::qWait(15);
    }
    QCOMPARE(readReply(socket), QByteArray("OK\n"));
    QCOMPARE(readGot(primary), items);
}

void TestSingleInstance::idleClientDoesNotBlockPrimary()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);

    // One connection that stops after two header bytes, one that never sends anything.
    QLocalSocket stalled;
    stalled.connectToServer(SingleInstance::serverNameFor(profile));
    QVERIFY(stalled.waitForConnected(5000));
    stalled.write("\0\0", 2);
    QVERIFY(stalled.waitForBytesWritten(5000));
    QLocalSocket silent;
    silent.connectToServer(SingleInstance::serverNameFor(profile));
    QVERIFY(silent.waitForConnected(5000));

    QCOMPARE(send(profile, {QStringLiteral("/meanwhile.mp3")}), 0);
    QCOMPARE(readGot(primary), QStringList{QStringLiteral("/meanwhile.mp3")});
}

void TestSingleInstance::sendWithoutPrimaryFailsQuickly()
{
    const QString profile = newProfile();
    SingleInstance instance(profile);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!instance.sendToPrimary({QStringLiteral("/nobody.mp3")}, 3000));
    const qint64 elapsed = timer.elapsed();
    qInfo("send with no primary failed after %lld ms (timeout 3000 ms)", elapsed);
    QVERIFY(elapsed < 3000 + 2000);   // bounded by the timeout, not a speed assertion
}

void TestSingleInstance::unresponsivePrimaryTimesOut()
{
    // Something accepts connections on the name but never answers (a hung primary): the send
    // gives up after its timeout instead of hanging.
    const QString profile = newProfile();
    QLocalServer hung;
    hung.setSocketOptions(QLocalServer::UserAccessOption);
    QVERIFY(hung.listen(SingleInstance::serverNameFor(profile)));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SingleInstance(profile).sendToPrimary({QStringLiteral("/hung.mp3")}, 500));
    const qint64 elapsed = timer.elapsed();
    qInfo("send to an unresponsive primary gave up after %lld ms (timeout 500 ms)", elapsed);
    QVERIFY(elapsed < 500 + 4000);
}

void TestSingleInstance::gracefulExitRemovesSocket()
{
    const QString profile = newProfile();
    QProcess *primary = startPrimary(profile);
    QVERIFY(primary);
    const QString socketPath = SingleInstance::serverNameFor(profile);
    QVERIFY(QFileInfo::exists(socketPath));

    primary->terminate();   // the peer quits its event loop on SIGTERM
    QVERIFY(primary->waitForFinished(5000));
    QCOMPARE(primary->exitStatus(), QProcess::NormalExit);
    QCOMPARE(primary->exitCode(), 0);
    QVERIFY(!QFileInfo::exists(socketPath));
    QVERIFY(!QFileInfo::exists(socketPath + QStringLiteral(".lock")));

    // No primary now: a "send" start becomes the primary itself.
    QCOMPARE(send(profile, {QStringLiteral("/x.mp3")}), 3);
}

void TestSingleInstance::inProcessPrimaryReceivesFromPeer()
{
    const QString profile = newProfile();
    SingleInstance instance(profile);
    QSignalSpy received(&instance, &SingleInstance::itemsReceived);
    QVERIFY(instance.listen());
    QVERIFY(instance.listen());   // idempotent

    // A second object for the same profile in this very process is not a second primary.
    QVERIFY(!SingleInstance(profile).listen());

    // The primary only works from the event loop: the sender must be another process.
    QProcess *sender = startPeer({QStringLiteral("send"), profile, QStringLiteral("https://example.com/x")});
    QVERIFY(received.wait(kLineTimeoutMs));
    QCOMPARE(received.first().first().toStringList(), QStringList{QStringLiteral("https://example.com/x")});
    // Keep the event loop running while the sender waits for its "OK".
    QTRY_COMPARE_WITH_TIMEOUT(sender->state(), QProcess::NotRunning, kLineTimeoutMs);
    QCOMPARE(sender->exitCode(), 0);

    QProcess *raiser = startPeer({QStringLiteral("send"), profile});
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, kLineTimeoutMs);
    QCOMPARE(received.at(1).first().toStringList(), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(raiser->state(), QProcess::NotRunning, kLineTimeoutMs);
    QCOMPARE(raiser->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
