// The main window's yt-dlp notice: shown when yt-dlp is missing, older than 60 days, or new but
// without a JavaScript runtime; "Update yt-dlp" installs from a local release server (checksums
// verified) and the notice goes away; closing it keeps it closed. PATH is set by each test so
// the machine's own yt-dlp and node do not decide the outcome.
#include "ServiceConfigs.h"
#include "CompositionRoot.h"
#include "FakeYtDlp.h"
#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "QueueHarness.h"
#include "YtDlpNotice.h"
#include "settings/Profile.h"
#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QtTest>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

QString today(int daysAgo = 0)
{
    return QDate::currentDate().addDays(-daysAgo).toString(QStringLiteral("yyyy.MM.dd"));
}

}  // namespace

class TestYtDlpNotice : public QObject {
    Q_OBJECT

    struct Fixture {
        QTemporaryDir dir, bin, release;
        Profile profile{dir.path()};
        Settings settings{profile};
        std::unique_ptr<LocalHttpServer> server = std::make_unique<LocalHttpServer>(release.path());

        Fixture() { settings.setYtDlpReleaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())); }
        void installManaged(const QString &version)
        {
            QDir().mkpath(QFileInfo(managedYtDlpPath(settings)).path());
            FakeYtDlp fake(QFileInfo(managedYtDlpPath(settings)).path(), version, FakeYtDlp::fail("x"));
        }
        void publish(const QString &version)
        {
            const QString downloads = release.filePath(QStringLiteral("latest/download"));
            QTemporaryDir scratch;
            FakeYtDlp fake(scratch.path(), version, FakeYtDlp::fail("x"));
            QDir().mkpath(downloads);
            QFile::remove(QDir(downloads).filePath(QStringLiteral("yt-dlp")));
            QFile::copy(fake.path(), QDir(downloads).filePath(QStringLiteral("yt-dlp")));
            QFile script(fake.path());
            script.open(QIODevice::ReadOnly);
            QFile sums(QDir(downloads).filePath(QStringLiteral("SHA2-256SUMS")));
            sums.open(QIODevice::WriteOnly | QIODevice::Truncate);
            sums.write(QCryptographicHash::hash(script.readAll(), QCryptographicHash::Sha256).toHex() + "  yt-dlp\n");
        }
    };

    static void waitChecked(YtDlpNotice &notice)
    {
        QSignalSpy checked(&notice, &YtDlpNotice::checked);
        notice.check();
        QVERIFY(checked.wait(10000));
    }

private slots:
    void staleCopyIsUpdatedFromTheNotice()
    {
        Fixture f;
        writeFakeRuntime(f.bin.path(), QStringLiteral("node"), "v22.3.0");
        ScopedPath path(f.bin.path());
        f.installManaged(QStringLiteral("2024.01.01"));
        f.publish(today());
        YtDlpNotice notice(f.settings);
        waitChecked(notice);
        QVERIFY(!notice.isHidden());
        QVERIFY2(notice.message().contains(QLatin1String("days old")) || notice.message().contains(QLatin1String("day(s) old")),
                 qPrintable(notice.message()));
        auto *update = notice.findChild<QPushButton *>(QStringLiteral("ytDlpNoticeUpdate"));
        QVERIFY(!update->isHidden());

        QSignalSpy finished(&notice, &YtDlpNotice::updateFinished);
        QSignalSpy checked(&notice, &YtDlpNotice::checked);
        QTest::mouseClick(update, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QVERIFY2(notice.isHidden(), qPrintable(notice.message()));
    }

    void refusedUpdateSaysWhy()
    {
        Fixture f;
        ScopedPath path(f.bin.path());
        f.installManaged(QStringLiteral("2024.01.01"));
        f.publish(today());
        QFile::remove(f.release.filePath(QStringLiteral("latest/download/SHA2-256SUMS")));  // cannot be verified
        YtDlpNotice notice(f.settings);
        waitChecked(notice);
        QSignalSpy finished(&notice, &YtDlpNotice::updateFinished);
        QTest::mouseClick(notice.findChild<QPushButton *>(QStringLiteral("ytDlpNoticeUpdate")), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!notice.isHidden());
        QCOMPARE(notice.message(), finished.at(0).at(1).toString());
        QTRY_VERIFY(!notice.isBusy());
    }

    void missingYtDlp()
    {
        Fixture f;
        ScopedPath path(f.bin.path());  // no yt-dlp anywhere
        YtDlpNotice notice(f.settings);
        waitChecked(notice);
        QVERIFY(!notice.isHidden());
        QVERIFY2(notice.message().contains(QLatin1String("not installed")), qPrintable(notice.message()));
        QVERIFY(!notice.findChild<QPushButton *>(QStringLiteral("ytDlpNoticeUpdate"))->isHidden());
    }

    void recentYtDlpWithoutRuntime()
    {
        Fixture f;
        ScopedPath path(f.bin.path());
        f.installManaged(today(3));
        YtDlpNotice notice(f.settings);
        waitChecked(notice);
        QVERIFY(!notice.isHidden());
        QVERIFY2(notice.message().contains(QLatin1String("Node.js (20 or newer)")), qPrintable(notice.message()));
        QVERIFY(notice.findChild<QPushButton *>(QStringLiteral("ytDlpNoticeUpdate"))->isHidden());  // updating cannot help

        writeFakeRuntime(f.bin.path(), QStringLiteral("deno"), "deno 2.1.4 (stable, release, x86_64-unknown-linux-gnu)");
        waitChecked(notice);
        QVERIFY(notice.isHidden());
    }

    void closedStaysClosedAndSettingsIsOffered()
    {
        Fixture f;
        ScopedPath path(f.bin.path());
        YtDlpNotice notice(f.settings);
        waitChecked(notice);
        QVERIFY(!notice.isHidden());
        QSignalSpy settings(&notice, &YtDlpNotice::settingsRequested);
        QTest::mouseClick(notice.findChild<QPushButton *>(QStringLiteral("ytDlpNoticeSettings")), Qt::LeftButton);
        QCOMPARE(settings.size(), 1);
        QTest::mouseClick(notice.findChild<QPushButton *>(QStringLiteral("ytDlpNoticeClose")), Qt::LeftButton);
        QVERIFY(notice.isHidden());
        waitChecked(notice);
        QVERIFY(notice.isHidden());
    }

    void mainWindowShowsIt()
    {
        QTemporaryDir profile, out, bin;
        ScopedPath path(bin.path());
        FakeYtDlp fake(bin.path(), QStringLiteral("2023.03.04"), FakeYtDlp::fail("x"));  // Debian 12's, on PATH
        CommandLineOptions options;
        options.profileDir = profile.path();
        options.outputDir = out.path();
        CompositionRoot root(options);
        QVERIFY(root.isReady());
        MainWindow window(root);
        window.resize(1000, 620);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.ytDlpNotice()->isHidden(), 10000);
        QVERIFY(window.ytDlpNotice()->isVisible());
        QDir().mkpath(QStringLiteral("screenshots"));
        QVERIFY(window.grab().save(QStringLiteral("screenshots/mainwindow-ytdlp-notice.png")));
    }
};

QTEST_MAIN(TestYtDlpNotice)
#include "tst_ytdlpnotice.moc"
