// JavaScript runtime detection (deno, then node) with PATH controlled by the test, its hand-over
// to yt-dlp (only versions that know --js-runtimes), and what the user is told when YouTube needs
// one and none is found: in the job's error, in a job's warning, and in the Settings/--version line.
#include "FakeYtDlp.h"
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "QueueHarness.h"
#include "source/JsRuntime.h"
#include "source/YtDlp.h"
#include "source/YtDlpStatus.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

const char kNoRuntimeWarning[] =
    "WARNING: [youtube] No supported JavaScript runtime could be found. Only deno is enabled by default; to use "
    "another runtime add --js-runtimes RUNTIME[:PATH] to your command/config. YouTube extraction without a JS "
    "runtime has been deprecated, and some formats may be missing. See  https://github.com/yt-dlp/yt-dlp/wiki/EJS  "
    "for details on installing one";

const QString kYouTube = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");

}  // namespace

class TestJsRuntime : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;
    std::unique_ptr<LocalHttpServer> m_server;

    // yt-dlp's -J answer for one YouTube video whose audio format is served by the local server.
    QString youTubeAnswer(const QString &dir)
    {
        return writeYouTubeAnswer(dir, m_server->url(QStringLiteral("song.webm")), QStringLiteral("Runtime Song"));
    }


private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<MediaFixtures>(m_media.path());
        QString error;
        QVERIFY2(!m_fx->make(QStringLiteral("song.webm"),
                             MediaFixtures::stereoTones(3) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")},
                             &error).isEmpty(),
                 qPrintable(error));
        m_server = std::make_unique<LocalHttpServer>(m_media.path());
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("deno");   // --version output; empty: not installed
        QTest::addColumn<QByteArray>("node");
        QTest::addColumn<int>("nodeExit");
        QTest::addColumn<QString>("usable");    // name of the runtime chosen; empty: none
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("summary");   // part of what Settings shows

        const QByteArray deno2 = "deno 2.1.4 (stable, release, x86_64-unknown-linux-gnu)\nv8 13.0.245.12-rusty\ntypescript 5.6.2";
        const QByteArray deno1 = "deno 1.46.3 (stable, release, x86_64-unknown-linux-gnu)\nv8 12.9\ntypescript 5.5.2";
        QTest::newRow("none") << QByteArray() << QByteArray() << 0 << QString() << QString() << QStringLiteral("None found.");
        QTest::newRow("Debian 12's node 18 is too old") << QByteArray() << QByteArray("v18.19.0") << 0 << QString()
                                                        << QString() << QStringLiteral("Node.js 18.19.0 is too old (20.0.0 or newer");
        QTest::newRow("node 20") << QByteArray() << QByteArray("v20.11.1") << 0 << QStringLiteral("node")
                                 << QStringLiteral("20.11.1") << QStringLiteral("Node.js 20.11.1 (");
        QTest::newRow("deno before node") << deno2 << QByteArray("v22.3.0") << 0 << QStringLiteral("deno")
                                          << QStringLiteral("2.1.4") << QStringLiteral("deno 2.1.4 (");
        QTest::newRow("old deno, then node") << deno1 << QByteArray("v22.3.0") << 0 << QStringLiteral("node")
                                             << QStringLiteral("22.3.0") << QStringLiteral("Node.js 22.3.0");
        QTest::newRow("node that does not run") << QByteArray() << QByteArray("Segmentation fault") << 139 << QString()
                                                << QString() << QStringLiteral("does not run");
    }
    void detection()
    {
        QFETCH(QByteArray, deno);
        QFETCH(QByteArray, node);
        QFETCH(int, nodeExit);
        QFETCH(QString, usable);
        QFETCH(QString, version);
        QFETCH(QString, summary);
        QTemporaryDir bin;
        if (!deno.isEmpty())
            writeFakeRuntime(bin.path(), QStringLiteral("deno"), deno);
        if (!node.isEmpty())
            writeFakeRuntime(bin.path(), QStringLiteral("node"), node, nodeExit);
        const JsRuntimeSearch found = findJsRuntime({bin.path()});
        QCOMPARE(found.usable.name, usable);
        QCOMPARE(found.usable.version, version);
        QCOMPARE(found.found(), !usable.isEmpty());
        if (found.found()) {
            QCOMPARE(found.usable.path, QDir(bin.path()).filePath(usable));
            QCOMPARE(found.usable.ytDlpArgs(),
                     (QStringList{QStringLiteral("--js-runtimes"), usable + QLatin1Char(':') + found.usable.path}));
        }
        QVERIFY2(found.summary().contains(summary), qPrintable(found.summary()));
    }

    void searchesThePathOfTheProcess()
    {
        QTemporaryDir empty, withNode;
        writeFakeRuntime(withNode.path(), QStringLiteral("node"), "v22.3.0");
        {
            ScopedPath path(empty.path() + QLatin1Char(':') + withNode.path());
            const JsRuntimeSearch found = findJsRuntime();
            QCOMPARE(found.usable.path, QDir(withNode.path()).filePath(QStringLiteral("node")));
        }
        {
            ScopedPath path(empty.path());
            QVERIFY(!findJsRuntime().found());
        }
    }

    void notExecutableIsIgnored()
    {
        QTemporaryDir bin;
        const QString node = writeFakeRuntime(bin.path(), QStringLiteral("node"), "v22.3.0");
        QVERIFY(QFile::setPermissions(node, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const JsRuntimeSearch found = findJsRuntime({bin.path()});
        QVERIFY(!found.found());
        QVERIFY(found.unusable.isEmpty());
    }

    void ytDlpVersionGate_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("supports");
        QTest::newRow("Debian 12") << QStringLiteral("2023.03.04") << false;
        QTest::newRow("day before") << QStringLiteral("2025.11.11") << false;
        QTest::newRow("first with runtimes") << QStringLiteral("2025.11.12") << true;
        QTest::newRow("nightly") << QStringLiteral("2026.03.01.232917") << true;
        QTest::newRow("unknown") << QString() << false;
        QTest::newRow("garbage") << QStringLiteral("master") << false;
    }
    void ytDlpVersionGate()
    {
        QFETCH(QString, version);
        QFETCH(bool, supports);
        QCOMPARE(ytDlpSupportsJsRuntimes(version), supports);
    }

    void handOverToYtDlp_data()
    {
        QTest::addColumn<QString>("ytDlpVersion");
        QTest::addColumn<bool>("runtimeOnPath");
        QTest::addColumn<bool>("passed");
        QTest::newRow("new yt-dlp, node found") << QStringLiteral("2025.11.12") << true << true;
        QTest::newRow("old yt-dlp would refuse the option") << QStringLiteral("2023.03.04") << true << false;
        QTest::newRow("new yt-dlp, no runtime") << QStringLiteral("2025.11.12") << false << false;
    }
    void handOverToYtDlp()
    {
        QFETCH(QString, ytDlpVersion);
        QFETCH(bool, runtimeOnPath);
        QFETCH(bool, passed);
        QTemporaryDir dir, bin;
        const QString node = writeFakeRuntime(bin.path(), QStringLiteral("node"), "v22.3.0");
        FakeYtDlp fake(dir.filePath(QStringLiteral("tool")), ytDlpVersion, FakeYtDlp::printFile(youTubeAnswer(dir.path())));
        YtDlp ytDlp(fake.path());
        QCOMPARE(ytDlp.installation().version, ytDlpVersion);
        ytDlp.setJsRuntime(findJsRuntime({runtimeOnPath ? bin.path() : dir.path()}).usable);
        const std::atomic_bool never{false};
        const ResolveResult r = ytDlp.resolve(kYouTube, 10, never);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
        QCOMPARE(r.media.site, QStringLiteral("Youtube"));
        const QString args = fake.lastValue(QStringLiteral("ARGS"));
        QCOMPARE(args.contains(QStringLiteral("--js-runtimes node:") + node), passed);
        QCOMPARE(args.contains(QStringLiteral("--js-runtimes")), passed);
    }

    void mapError_data()
    {
        QTest::addColumn<QString>("stderrText");
        QTest::addColumn<QString>("expected");
        const QString warn = QString::fromLatin1(kNoRuntimeWarning) + QLatin1Char('\n');
        QTest::newRow("missing formats") << warn + QStringLiteral("ERROR: [youtube] dQw4w9WgXcQ: Requested format is not available. Use --list-formats for a list of available formats")
                                         << QStringLiteral("JavaScript runtime");
        QTest::newRow("challenge") << QStringLiteral("WARNING: [youtube] dQw4w9WgXcQ: n challenge solving failed: Some formats may be missing.\n"
                                                     "ERROR: [youtube] dQw4w9WgXcQ: No video formats found!")
                                   << QStringLiteral("JavaScript runtime");
        QTest::newRow("403 on download") << warn + QStringLiteral("ERROR: unable to download video data: HTTP Error 403: Forbidden")
                                         << QStringLiteral("JavaScript runtime");
        QTest::newRow("private video stays private") << warn + QStringLiteral("ERROR: [youtube] dQw4w9WgXcQ: Private video. Sign in if you've been granted access to this video")
                                                     << QStringLiteral("private or removed");
        QTest::newRow("network stays network") << warn + QStringLiteral("ERROR: [youtube] dQw4w9WgXcQ: Unable to download webpage: <urlopen error [Errno -3] Temporary failure in name resolution>")
                                               << QStringLiteral("internet connection");
        QTest::newRow("without the warning: update") << QStringLiteral("ERROR: [youtube] dQw4w9WgXcQ: Requested format is not available")
                                                     << QStringLiteral("update it");
    }
    void mapError()
    {
        QFETCH(QString, stderrText);
        QFETCH(QString, expected);
        const Error e = YtDlp::mapError(stderrText, 1);
        QVERIFY2(e.text().contains(expected), qPrintable(e.text()));
        if (expected == QLatin1String("JavaScript runtime")) {
            QCOMPARE(e.category, ErrorCategory::Unsupported);  // not retried: it needs the user
            QVERIFY(e.text().contains(QLatin1String("deno (2.0 or newer)")));
            QVERIFY(e.text().contains(QLatin1String("Node.js (20 or newer)")));
        }
    }

    void jobErrorSaysARuntimeIsNeeded()
    {
        QTemporaryDir tool, emptyBin;
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"),
                       FakeYtDlp::fail(QByteArray(kNoRuntimeWarning) + "\nERROR: [youtube] dQw4w9WgXcQ: Requested format is not available"));
        ScopedPath path(emptyBin.path());
        QueueHarness env([&fake](QueueConfig &c) { c.ytDlpPath = fake.path(); });
        const Job job = env.runToEnd(kYouTube);
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY2(job.errorMessage().contains(QLatin1String("JavaScript runtime")), qPrintable(job.errorMessage()));
        QCOMPARE(job.attempts, 1);  // the user has to install one: retrying cannot help
        QCOMPARE(fake.runs(), 1);
    }

    void jobWarnsWhenYouTubeWorksWithoutARuntime_data()
    {
        QTest::addColumn<bool>("runtime");
        QTest::newRow("no runtime: done, with a warning") << false;
        QTest::newRow("node 22: done, runtime handed over") << true;
    }
    void jobWarnsWhenYouTubeWorksWithoutARuntime()
    {
        QFETCH(bool, runtime);
        QTemporaryDir tool, bin;
        if (runtime)
            writeFakeRuntime(bin.path(), QStringLiteral("node"), "v22.3.0");
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"), FakeYtDlp::printFile(youTubeAnswer(tool.path())));
        ScopedPath path(bin.path());
        QueueHarness env([&fake](QueueConfig &c) { c.ytDlpPath = fake.path(); });
        const Job job = env.runToEnd(kYouTube);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.errorMessage()));
        QVERIFY(QFileInfo(job.outputPath).isFile());
        QCOMPARE(job.warning.contains(QLatin1String("JavaScript runtime")), !runtime);
        QCOMPARE(fake.lastValue(QStringLiteral("ARGS")).contains(QLatin1String("--js-runtimes node:")), runtime);
    }

    void statusLineSaysWhatToInstall()
    {
        QTemporaryDir tool, emptyBin, nodeBin;
        writeFakeRuntime(nodeBin.path(), QStringLiteral("node"), "v22.3.0");
        FakeYtDlp fresh(tool.filePath(QStringLiteral("new")), QStringLiteral("2025.11.12"), FakeYtDlp::fail("x"));
        FakeYtDlp old(tool.filePath(QStringLiteral("old")), QStringLiteral("2023.03.04"), FakeYtDlp::fail("x"));
        const QDate today(2025, 12, 1);
        {
            ScopedPath path(emptyBin.path());
            const YtDlpStatus s = YtDlpStatus::probe(fresh.path(), QString(), today);
            QVERIFY2(s.jsRuntimeLine().contains(QLatin1String("None found.")), qPrintable(s.jsRuntimeLine()));
            QVERIFY(s.jsRuntimeLine().contains(QLatin1String("Node.js (20 or newer)")));
        }
        {
            ScopedPath path(nodeBin.path());
            const YtDlpStatus s = YtDlpStatus::probe(fresh.path(), QString(), today);
            QVERIFY2(s.jsRuntimeLine().startsWith(QLatin1String("Node.js 22.3.0 (")), qPrintable(s.jsRuntimeLine()));
            const YtDlpStatus o = YtDlpStatus::probe(old.path(), QString(), today);
            QVERIFY2(o.jsRuntimeLine().contains(QLatin1String("too old to use it")), qPrintable(o.jsRuntimeLine()));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsRuntime)
#include "tst_jsruntime.moc"
