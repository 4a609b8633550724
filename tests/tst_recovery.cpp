// Crash safety with real processes: kill -9 in the middle of a conversion, start again with
// the same profile, and every job finishes; nothing half-written is left behind.
#include "MediaFixtures.h"
#include "Mp3Probe.h"
#include "queue/JobStore.h"

#include <QtTest>

#include <csignal>

using namespace tunedrop;
using namespace tunedrop::test;

class TestRecovery : public QObject {
    Q_OBJECT

    QString m_bin;
    QTemporaryDir m_media;
    QString m_long;
    QString m_short;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        return e;
    }

    void startTunedrop(QProcess &p, const QStringList &args)
    {
        p.setProcessEnvironment(env());
        p.start(m_bin, args);
        QVERIFY(p.waitForStarted());
    }

    static QStringList files(const QString &dir, const QString &pattern)
    {
        return QDir(dir).entryList({pattern}, QDir::Files);
    }

    static QList<Job> storedJobs(const QString &profile)
    {
        JobStore store(QDir(profile).filePath(QStringLiteral("jobs.db")));
        return store.open() ? store.loadAll() : QList<Job>();
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("TUNEDROP_BIN");
        QVERIFY(QFileInfo(m_bin).isExecutable());
        MediaFixtures fx(m_media.path());
        const QStringList opus = {QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"), QStringLiteral("32k")};
        m_long = fx.make(QStringLiteral("long.webm"), MediaFixtures::stereoTones(600) + opus);
        m_short = fx.make(QStringLiteral("short.webm"), MediaFixtures::stereoTones(3) + opus);
        QVERIFY(!m_long.isEmpty() && !m_short.isEmpty());
    }

    void killedOnceIsFinishedByTheNextStart()
    {
        QTemporaryDir profile, out;
        QProcess first;
        startTunedrop(first, {QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--workers"), QStringLiteral("1"),
                              QStringLiteral("--profile"), profile.path(), QStringLiteral("--output-dir"), out.path(), m_long, m_short});
        QTRY_VERIFY_WITH_TIMEOUT(!files(out.path(), QStringLiteral("*.part")).isEmpty(), 30000);
        QTest::qWait(300);
        first.kill();  // SIGKILL: no chance to clean up
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!files(out.path(), QStringLiteral("*.part")).isEmpty(), "killed mid-conversion");
        QCOMPARE(storedJobs(profile.path()).size(), 2);  // both jobs were persisted before the kill

        // The queue service with the same profile picks both up and finishes them.
        QProcess second;
        startTunedrop(second, {QStringLiteral("--headless"), QStringLiteral("--profile"), profile.path()});
        QTRY_VERIFY_WITH_TIMEOUT(files(out.path(), QStringLiteral("*.mp3")).size() == 2
                                     && files(out.path(), QStringLiteral("*.part")).isEmpty(), 120000);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        QCOMPARE(files(out.path(), QStringLiteral("*.mp3")), (QStringList{QStringLiteral("long.mp3"), QStringLiteral("short.mp3")}));
        QVERIFY(qAbs(probeMedia(out.filePath(QStringLiteral("long.mp3"))).decodedSeconds() - 600.0) < 0.05);
        QVERIFY(qAbs(probeMedia(out.filePath(QStringLiteral("short.mp3"))).decodedSeconds() - 3.0) < 0.05);
        for (const Job &j : storedJobs(profile.path())) {
            QCOMPARE(j.state, JobState::Done);
            QVERIFY(j.partPath.isEmpty());
        }
        QVERIFY(QDir(QDir(profile.path()).filePath(QStringLiteral("work"))).isEmpty());
    }

    void killedOnceThenOnceAgainReusesTheJob()
    {
        QTemporaryDir profile, out;
        const QStringList args = {QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--profile"), profile.path(),
                                  QStringLiteral("--output-dir"), out.path(), m_long};
        QProcess first;
        startTunedrop(first, args);
        QTRY_VERIFY_WITH_TIMEOUT(!files(out.path(), QStringLiteral("*.part")).isEmpty(), 30000);
        first.kill();
        QVERIFY(first.waitForFinished(5000));

        QProcess second;
        startTunedrop(second, args);
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(second.readAllStandardOutput()).trimmed(), out.filePath(QStringLiteral("long.mp3")));
        QCOMPARE(storedJobs(profile.path()).size(), 1);  // the same job, not a second one
        QCOMPARE(storedJobs(profile.path()).first().attempts, 2);
        QCOMPARE(files(out.path(), QStringLiteral("*")), QStringList{QStringLiteral("long.mp3")});

        // Asked again once done: the existing file is offered, nothing is converted.
        QProcess third;
        startTunedrop(third, args);
        QVERIFY(third.waitForFinished(30000));
        QCOMPARE(third.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(third.readAllStandardOutput()).trimmed(), out.filePath(QStringLiteral("long.mp3")));
        QCOMPARE(storedJobs(profile.path()).first().attempts, 2);
    }

    void sigtermStopsGracefullyAndResumes()
    {
        QTemporaryDir profile, out;
        QProcess service;
        startTunedrop(service, {QStringLiteral("--headless"), QStringLiteral("--profile"), profile.path(),
                                QStringLiteral("--output-dir"), out.path(), m_long});
        QTRY_VERIFY_WITH_TIMEOUT(!files(out.path(), QStringLiteral("*.part")).isEmpty(), 30000);
        QElapsedTimer t;
        t.start();
        service.terminate();
        QVERIFY(service.waitForFinished(10000));
        qInfo("stopped %lld ms after SIGTERM", t.elapsed());
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        QCOMPARE(files(out.path(), QStringLiteral("*")), QStringList());  // no .part left
        QCOMPARE(storedJobs(profile.path()).first().state, JobState::Queued);

        QProcess again;
        startTunedrop(again, {QStringLiteral("--headless"), QStringLiteral("--profile"), profile.path()});
        QTRY_VERIFY_WITH_TIMEOUT(files(out.path(), QStringLiteral("*.mp3")).size() == 1, 120000);
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(storedJobs(profile.path()).first().state, JobState::Done);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
