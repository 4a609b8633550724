// Updating the app-managed yt-dlp from a local release server (127.0.0.1) that mirrors the
// official layout (BASE/latest/download/<asset> and SHA2-256SUMS), with a fake-but-runnable
// yt-dlp: a small script that prints a version.
#include "LocalHttpServer.h"
#include "source/YtDlpUpdater.h"

#include <QtTest>
#include <QCryptographicHash>

#include <chrono>
#include <thread>

using namespace tunedrop;
using namespace tunedrop::test;

class TestYtDlpUpdater : public QObject {
    Q_OBJECT

    QTemporaryDir m_release;
    std::unique_ptr<LocalHttpServer> m_server;

    // Publishes `script` as the latest release; `sumsFor` lets a test publish a wrong checksum.
    void publish(const QByteArray &script, const QByteArray &sumsFor = {})
    {
        const QString dir = m_release.filePath(QStringLiteral("latest/download"));
        QDir().mkpath(dir);
        QFile asset(QDir(dir).filePath(QStringLiteral("yt-dlp")));
        QVERIFY(asset.open(QIODevice::WriteOnly | QIODevice::Truncate));
        asset.write(script);
        asset.close();
        const QByteArray hashed = sumsFor.isEmpty() ? script : sumsFor;
        QFile sums(QDir(dir).filePath(QStringLiteral("SHA2-256SUMS")));
        QVERIFY(sums.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sums.write(QCryptographicHash::hash(QByteArray("other"), QCryptographicHash::Sha256).toHex() + "  yt-dlp.exe\n");
        sums.write(QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex() + "  yt-dlp\n");
    }

    static QByteArray fakeYtDlp(const char *version)
    {
        return QByteArray("#!/bin/sh\nif [ \"$1\" = --version ]; then echo ") + version + "; exit 0; fi\nexit 1\n";
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

private slots:
    void initTestCase() { m_server = std::make_unique<LocalHttpServer>(m_release.path()); }

    void installsVerifiesKeepsPreviousAndRollsBack()
    {
        QTemporaryDir managed;
        YtDlpUpdater updater(managed.path(), base());
        const std::atomic_bool never{false};

        publish(fakeYtDlp("2026.10.01"));
        YtDlpUpdater::Result r = updater.update(never);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.version, QStringLiteral("2026.10.01"));
        QVERIFY(QFileInfo(updater.managedPath()).isExecutable());

        publish(fakeYtDlp("2026.11.20"));
        r = updater.update(never);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.version, QStringLiteral("2026.11.20"));
        QVERIFY(QFile::exists(updater.previousPath()));

        r = updater.rollback();
        QVERIFY(r.ok);
        QCOMPARE(r.version, QStringLiteral("2026.10.01"));
    }

    void refusesWhatItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QByteArray>("hashed");
        QTest::addColumn<QString>("why");
        QTest::newRow("wrong checksum") << fakeYtDlp("2026.12.01") << QByteArray("something else") << QStringLiteral("checksum");
        QTest::newRow("does not run") << QByteArray("#!/bin/sh\nexit 3\n") << QByteArray() << QStringLiteral("does not run");
        QTest::newRow("not a program") << QByteArray("<html>404</html>") << QByteArray() << QStringLiteral("does not run");
    }
    void refusesWhatItCannotTrust()
    {
        QFETCH(QByteArray, script);
        QFETCH(QByteArray, hashed);
        QFETCH(QString, why);
        QTemporaryDir managed;
        YtDlpUpdater updater(managed.path(), base());
        const std::atomic_bool never{false};
        publish(fakeYtDlp("2026.10.01"));
        QVERIFY(updater.update(never).ok);
        publish(script, hashed);
        const YtDlpUpdater::Result r = updater.update(never);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(why), qPrintable(r.message));
        QCOMPARE(r.version, QStringLiteral("2026.10.01"));  // the working copy is kept
        QFile current(updater.managedPath());
        QVERIFY(current.open(QIODevice::ReadOnly));
        QCOMPARE(current.readAll(), fakeYtDlp("2026.10.01"));
        QVERIFY(!QFile::exists(updater.managedPath() + QStringLiteral(".new")));
    }

    void unreachableReleaseServer()
    {
        QTemporaryDir managed;
        YtDlpUpdater updater(managed.path(), QStringLiteral("http://127.0.0.1:9"));
        const std::atomic_bool never{false};
        const YtDlpUpdater::Result r = updater.update(never);
        QVERIFY(!r.ok);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!QFile::exists(updater.managedPath()));
    }

    // Closing Settings cancels an update: a release server that stalls (on the checksums or on
    // the program) holds it only until the flag is set, well before the 30 s / 120 s download
    // timeouts, and nothing is installed.
    void cancelStopsAStalledDownload_data()
    {
        QTest::addColumn<QString>("stalled");
        QTest::newRow("checksums") << QStringLiteral("SHA2-256SUMS");
        QTest::newRow("program") << QStringLiteral("yt-dlp");
    }
    void cancelStopsAStalledDownload()
    {
        QFETCH(QString, stalled);
        QTemporaryDir managed;
        YtDlpUpdater updater(managed.path(), base());
        publish(fakeYtDlp("2026.10.01"));
        LocalHttpServer::Fault hang;
        hang.stallAfterBytes = 0;
        hang.stallMs = 120000;
        const QString path = QStringLiteral("latest/download/") + stalled;
        m_server->setFault(path, hang);
        const int before = m_server->requestCount(path);
        std::atomic_bool cancel{false};
        std::thread canceller([&] {
            // Cancelled once the stalled request is in flight.
            for (int i = 0; i < 500 && m_server->requestCount(path) == before; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel.store(true);
        });
        QElapsedTimer timer;
        timer.start();
        const YtDlpUpdater::Result r = updater.update(cancel);
        const qint64 elapsed = timer.elapsed();
        canceller.join();
        m_server->clearFaults();
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("cancelled")), qPrintable(r.message));
        QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        QCOMPARE(m_server->requestCount(path), before + 1);
        QVERIFY(!QFile::exists(updater.managedPath()));
        QVERIFY(!QFile::exists(updater.managedPath() + QStringLiteral(".new")));
    }

    void versionAge_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("stale");
        QTest::newRow("fresh") << QStringLiteral("2026.11.01") << QDate(2026, 11, 27) << false;
        QTest::newRow("60 days") << QStringLiteral("2026.09.28") << QDate(2026, 11, 27) << false;
        QTest::newRow("61 days") << QStringLiteral("2026.09.27") << QDate(2026, 11, 27) << true;
        QTest::newRow("debian 2023") << QStringLiteral("2023.03.04") << QDate(2026, 11, 27) << true;
        QTest::newRow("nightly suffix") << QStringLiteral("2026.11.20.123456") << QDate(2026, 11, 27) << false;
        QTest::newRow("not a date") << QStringLiteral("unknown") << QDate(2026, 11, 27) << false;
    }
    void versionAge()
    {
        QFETCH(QString, version);
        QFETCH(QDate, today);
        QFETCH(bool, stale);
        QCOMPARE(YtDlpUpdater::isStale(version, today), stale);
    }
};

QTEST_GUILESS_MAIN(TestYtDlpUpdater)
#include "tst_ytdlpupdater.moc"
