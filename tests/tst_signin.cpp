// Sign-in cookies for yt-dlp: the cookies.txt check, the private per-run file (0600 in a 0700
// folder, gone when yt-dlp ends however it ends), the keychain vault (real gnome-keyring in a
// private D-Bus session when available, else the owner-only fallback file), and whole runs with a
// stand-in yt-dlp that records what it was given, both in-process and through the real binary.
#include "FakeYtDlp.h"
#include "KeyringSession.h"
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "QueueHarness.h"
#include "CookieVault.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "source/CookieFile.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

const QString kYouTube = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
const QByteArray kMarker = "sessionsecret-7f3a9c1e";  // a cookie value that must never be left on disk

QByteArray cookiesTxt()
{
    return "# Netscape HTTP Cookie File\n"
           "# This is a generated file! Do not edit.\n\n"
           ".youtube.com\tTRUE\t/\tTRUE\t1893456000\tSID\t" + kMarker + "\n"
           "#HttpOnly_.youtube.com\tTRUE\t/\tTRUE\t1893456000\t__Secure-3PSID\tabc123\n"
           "www.youtube.com\tFALSE\t/\tFALSE\t0\tPREF\tf6=40000000&hl=en\n";
}

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Files under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.size() < 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

QStringList cookieFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("cookies-*")}, QDir::Files | QDir::Hidden);
}

}  // namespace

class TestSignIn : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;
    std::unique_ptr<LocalHttpServer> m_server;

    QString youTubeAnswer(const QString &dir)
    {
        return writeYouTubeAnswer(dir, m_server->url(QStringLiteral("song.webm")), QStringLiteral("Members Only Song"));
    }

    static QString privateDirOf(const QueueHarness &env) { return env.dir.filePath(QStringLiteral("private")); }

    // A queue whose runs get `signIn`, with `leftovers` already in the private folder.
    static std::unique_ptr<QueueHarness> makeQueue(const QString &ytDlp, const SignInCookies &signIn,
                                                   const QStringList &leftovers = {})
    {
        return std::make_unique<QueueHarness>([&](QueueConfig &c) {
            c.ytDlpPath = ytDlp;
            c.signIn = signIn;
            c.signIn.privateDir = QFileInfo(c.workRoot).dir().filePath(QStringLiteral("private"));
            QDir().mkpath(c.signIn.privateDir);
            for (const QString &name : leftovers) {
                QFile f(QDir(c.signIn.privateDir).filePath(name));
                if (!f.open(QIODevice::WriteOnly))
                    qFatal("leftover");
                f.write(cookiesTxt());
            }
        });
    }

    // What the stand-in saw during the run: a private file holding exactly the cookies.
    static void verifySawPrivateCookies(const FakeYtDlp &fake, const QByteArray &content, const QString &privateDir)
    {
        const QString file = fake.lastValue(QStringLiteral("COOKIEFILE"));
        QVERIFY2(!file.isEmpty(), qPrintable(fake.log().join(QLatin1Char('\n'))));
        QCOMPARE(QFileInfo(file).absolutePath(), QDir(privateDir).absolutePath());
        QCOMPARE(fake.lastValue(QStringLiteral("MODE")), QStringLiteral("600"));
        QCOMPARE(fake.lastValue(QStringLiteral("DIRMODE")), QStringLiteral("700"));
        QCOMPARE(fake.lastValue(QStringLiteral("SHA")).toLatin1(),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QVERIFY2(!QFileInfo::exists(file), "the cookie file outlived the yt-dlp run");
    }

private slots:
    void initTestCase()
    {
        qInfo("Keyring session: %s", inKeyringSession() ? "yes (real gnome-keyring)" : "no (owner-only fallback file)");
        m_fx = std::make_unique<MediaFixtures>(m_media.path());
        QString error;
        QVERIFY2(!m_fx->make(QStringLiteral("song.webm"),
                             MediaFixtures::stereoTones(3) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")},
                             &error).isEmpty(),
                 qPrintable(error));
        m_server = std::make_unique<LocalHttpServer>(m_media.path());
    }

    void check_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("count");     // -1: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("browser export") << cookiesTxt() << 3 << QString();
        QByteArray crlf = "\xEF\xBB\xBF" + cookiesTxt();
        crlf.replace("\n", "\r\n");
        QTest::newRow("BOM and CRLF from Windows") << crlf << 3 << QString();
        QTest::newRow("no header line") << QByteArray(".example.com\tTRUE\t/\tFALSE\t0\tk\tv\n") << 1 << QString();
        // Found by fuzz_cookiefile: yt-dlp (Python's universal newlines) ends a line at a lone CR too.
        QTest::newRow("trailing CR without LF") << QByteArray(".a.com\tTRUE\t/\tFALSE\t0\tk\tv\r") << 1 << QString();
        QTest::newRow("classic Mac CR line ends") << QByteArray("# c\r.a.com\tTRUE\t/\tFALSE\t0\tk\tv\r.b.com\tTRUE\t/\tFALSE\t0\tk\tv\r") << 2 << QString();
        QTest::newRow("bad line after a lone CR") << QByteArray("# c\rnot a cookie\n") << -1 << QStringLiteral("line 2");
        QTest::newRow("JSON export") << QByteArray("[{\"domain\": \".youtube.com\", \"name\": \"SID\"}]") << -1 << QStringLiteral("line 1");
        QTest::newRow("six fields") << QByteArray("# Netscape HTTP Cookie File\n.a.com\tTRUE\t/\tFALSE\t0\tk\n") << -1 << QStringLiteral("line 2");
        QTest::newRow("expiry not a number") << QByteArray(".a.com\tTRUE\t/\tFALSE\tsoon\tk\tv\n") << -1 << QStringLiteral("line 1");
        QTest::newRow("comments only") << QByteArray("# Netscape HTTP Cookie File\n# nothing\n") << -1 << QStringLiteral("no cookies");
        QTest::newRow("empty") << QByteArray() << -1 << QStringLiteral("no cookies");
    }
    void check()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, count);
        QFETCH(QString, error);
        const cookies::Check c = cookies::check(content);
        if (count < 0) {
            QVERIFY2(c.error.contains(error), qPrintable(c.error));
            QVERIFY(c.normalized.isEmpty());
            return;
        }
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.count, count);
        QVERIFY(c.normalized.startsWith("# Netscape HTTP Cookie File\n"));  // yt-dlp insists on it
        QCOMPARE(c.normalized.count("# Netscape HTTP Cookie File"), 1);
        QVERIFY(!c.normalized.contains('\r'));
    }

    void browserSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("firefox") << QStringLiteral("firefox") << true;
        QTest::newRow("profile") << QStringLiteral("chrome:Profile 1") << true;
        QTest::newRow("keyring") << QStringLiteral("chromium+gnomekeyring") << true;
        QTest::newRow("unknown browser") << QStringLiteral("netscape") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("shell text") << QStringLiteral("firefox; rm -rf ~") << false;
    }
    void browserSpec()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QCOMPARE(cookies::checkBrowserSpec(spec).isEmpty(), valid);
    }

    void leaseIsPrivateAndTemporary()
    {
        QTemporaryDir dir;
        const QString privateDir = dir.filePath(QStringLiteral("p"));
        QString path;
        {
            const CookieFileLease lease(cookiesTxt(), privateDir);
            QVERIFY2(lease.isValid(), qPrintable(lease.error()));
            path = lease.path();
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(privateDir), 0700);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), cookiesTxt());
            const CookieFileLease second(cookiesTxt(), privateDir);  // parallel jobs: one file each
            QVERIFY(second.path() != path);
        }
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(cookieFilesIn(privateDir), QStringList());
    }

    void leaseFailsCleanly()
    {
        const CookieFileLease lease(cookiesTxt(), QStringLiteral("/proc/tunedrop-cannot-be-here"));
        QVERIFY(!lease.isValid());
        QVERIFY(!lease.error().isEmpty());
    }

    void restoreSweepsCrashLeftovers()
    {
        QTemporaryDir tool;
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"), FakeYtDlp::fail("x"));
        auto env = makeQueue(fake.path(), {}, {QStringLiteral("cookies-left.txt")});
        QCOMPARE(cookieFilesIn(privateDirOf(*env)), QStringList());
    }

    void vaultKeepsCookiesOutOfTheSettingsFile()
    {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        Settings settings(profile);
        SecretStore secrets(QStringLiteral("TuneDropTest"), dir.path(), dir.path());
        CookieVault vault(settings, secrets);
        QCOMPARE(settings.cookieSource(), Settings::CookieSource::None);

        const QString junk = dir.filePath(QStringLiteral("junk.json"));
        QFile(junk).open(QIODevice::WriteOnly);
        QVERIFY(!vault.importFile(junk).ok);
        QVERIFY(!vault.importFile(dir.filePath(QStringLiteral("missing.txt"))).ok);
        QCOMPARE(settings.cookieSource(), Settings::CookieSource::None);

        const QString txt = dir.filePath(QStringLiteral("cookies.txt"));
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cookiesTxt());
        f.close();
        const CookieVault::Result r = vault.importFile(txt);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.count, 3);
        QCOMPARE(settings.cookieSource(), Settings::CookieSource::File);
        QCOMPARE(vault.load().value_or(QByteArray()), cookiesTxt());
        QVERIFY(QFile::remove(txt));
        qInfo("backend: %s", secrets.backend() == SecretStore::Backend::Keychain ? "keychain" : "0600 file");
        QCOMPARE(filesContaining(dir.path(), kMarker), QStringList());  // not the ini, not the fallback file
        QCOMPARE(vault.signIn({}).fileContent, cookiesTxt());

        QVERIFY(vault.forget());
        QCOMPARE(settings.cookieSource(), Settings::CookieSource::None);
        QVERIFY(!vault.load());
        QVERIFY(vault.signIn({}).fileContent.isEmpty());
    }

    void runsGetAPrivateFileThatIsGoneAfterwards_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("yt-dlp fails") << QStringLiteral("fail");
        QTest::newRow("cancelled while yt-dlp runs") << QStringLiteral("cancel");
        QTest::newRow("converted") << QStringLiteral("done");
    }
    void runsGetAPrivateFileThatIsGoneAfterwards()
    {
        QFETCH(QString, ending);
        QTemporaryDir tool;
        const QByteArray behaviour = ending == QLatin1String("fail")   ? FakeYtDlp::fail("ERROR: [youtube] dQw4w9WgXcQ: Join this channel to get access to members-only content")
                                     : ending == QLatin1String("cancel") ? FakeYtDlp::hang()
                                                                         : FakeYtDlp::printFile(youTubeAnswer(tool.path()));
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"), behaviour);
        SignInCookies signIn;
        signIn.fileContent = cookiesTxt();
        signIn.browser = QStringLiteral("firefox");  // an imported file wins over the browser
        auto env = makeQueue(fake.path(), signIn);
        const QUuid id = env->queue->add(kYouTube).id;
        if (ending == QLatin1String("cancel")) {
            QTRY_VERIFY_WITH_TIMEOUT(fake.runs() == 1, 20000);
            QTRY_VERIFY(!cookieFilesIn(privateDirOf(*env)).isEmpty());  // there while yt-dlp runs
            QVERIFY(env->queue->cancel(id));
        }
        const Job job = env->waitForEnd(id);
        const JobState expected = ending == QLatin1String("fail")     ? JobState::Failed
                                  : ending == QLatin1String("cancel") ? JobState::Cancelled
                                                                      : JobState::Done;
        QVERIFY2(job.state == expected, qPrintable(jobStateName(job.state) + QStringLiteral(": ") + job.errorMessage()));
        if (ending == QLatin1String("fail"))
            QVERIFY2(job.errorMessage().contains(QLatin1String("sign in")), qPrintable(job.errorMessage()));
        verifySawPrivateCookies(fake, cookiesTxt(), privateDirOf(*env));
        QVERIFY(!fake.lastValue(QStringLiteral("ARGS")).contains(QLatin1String("--cookies-from-browser")));
        QCOMPARE(cookieFilesIn(privateDirOf(*env)), QStringList());
        QCOMPARE(filesContaining(env->dir.path(), kMarker), QStringList());
    }

    // yt-dlp saves the jar back with what the site refreshed: the next runs (and the keychain,
    // through the composition root) get those; an unchanged jar or a failed run changes nothing.
    void refreshedCookiesAreKeptForTheNextRuns()
    {
        QTemporaryDir tool;
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"),
                       FakeYtDlp::refreshCookie("SIDCC", "rotated-by-site", FakeYtDlp::printFile(youTubeAnswer(tool.path()))));
        SignInCookies signIn;
        signIn.fileContent = cookiesTxt();
        auto env = makeQueue(fake.path(), signIn);
        QSignalSpy refreshed(env->queue.get(), &JobQueue::signInRefreshed);
        Job job = env->runToEnd(kYouTube);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.errorMessage()));
        QTRY_COMPARE(refreshed.size(), 1);
        const QByteArray fresh = refreshed.at(0).at(0).toByteArray();
        QVERIFY(fresh.contains("SIDCC\trotated-by-site"));
        QVERIFY(fresh.contains(kMarker));  // the old cookies are still there
        QCOMPARE(cookies::check(fresh).count, 4);

        job = env->runToEnd(QStringLiteral("https://youtu.be/aaaaaaaaaaa"));
        QVERIFY2(job.state == JobState::Done, qPrintable(job.errorMessage()));
        QCOMPARE(fake.lastValue(QStringLiteral("SHA")).toLatin1(), QCryptographicHash::hash(fresh, QCryptographicHash::Sha256).toHex());
        QCOMPARE(cookieFilesIn(privateDirOf(*env)), QStringList());
    }

    void unchangedOrFailedRunsKeepTheCookies_data()
    {
        QTest::addColumn<QByteArray>("behaviour");
        QTest::addColumn<int>("state");
        // yt-dlp's own header and another order: the same cookies.
        QTest::newRow("rewritten, same cookies")
            << QByteArray("C=$(/usr/bin/tac \"$COOKIES\")\nprintf '%s\\n' '# Netscape HTTP Cookie File' "
                          "'# This file is generated by yt-dlp.  Do not edit.' \"$C\" > \"$COOKIES\"\n")
                   + FakeYtDlp::printFile(youTubeAnswer(m_media.path()))
            << int(JobState::Done);
        QTest::newRow("refreshed, then failed")
            << FakeYtDlp::refreshCookie("SIDCC", "half-written", FakeYtDlp::fail("ERROR: [youtube] x: Video unavailable"))
            << int(JobState::Failed);
    }
    void unchangedOrFailedRunsKeepTheCookies()
    {
        QFETCH(QByteArray, behaviour);
        QFETCH(int, state);
        QTemporaryDir tool;
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"), behaviour);
        SignInCookies signIn;
        signIn.fileContent = cookiesTxt();
        auto env = makeQueue(fake.path(), signIn);
        QSignalSpy refreshed(env->queue.get(), &JobQueue::signInRefreshed);
        const Job job = env->runToEnd(kYouTube);
        QCOMPARE(int(job.state), state);
        QTest::qWait(100);
        QCOMPARE(refreshed.size(), 0);
        QVERIFY(cookies::sameCookies(cookiesTxt(), cookiesTxt() + "# a comment\n"));
    }

    void browserOrNothing_data()
    {
        QTest::addColumn<QString>("browser");
        QTest::newRow("from the browser") << QStringLiteral("chrome:Profile 1");
        QTest::newRow("no cookies") << QString();
    }
    void browserOrNothing()
    {
        QFETCH(QString, browser);
        QTemporaryDir tool;
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"), FakeYtDlp::printFile(youTubeAnswer(tool.path())));
        SignInCookies signIn;
        signIn.browser = browser;
        auto env = makeQueue(fake.path(), signIn);
        const Job job = env->runToEnd(kYouTube);
        QVERIFY2(job.state == JobState::Done, qPrintable(job.errorMessage()));
        const QString args = fake.lastValue(QStringLiteral("ARGS"));
        QVERIFY2(!args.contains(QLatin1String("--cookies ")), qPrintable(args));
        QCOMPARE(args.contains(QStringLiteral("--cookies-from-browser ") + browser), !browser.isEmpty());
        QVERIFY(!QFileInfo::exists(privateDirOf(*env)) || cookieFilesIn(privateDirOf(*env)).isEmpty());
    }

    // The real binary: --import-cookies stores them (keychain or fallback), --headless --once
    // hands them to yt-dlp for the run only, --forget-cookies removes them.
    void realBinaryEndToEnd()
    {
        const QString bin = qEnvironmentVariable("TUNEDROP_BIN");
        QVERIFY2(QFileInfo(bin).isExecutable(), "TUNEDROP_BIN must point at the built tunedrop");
        QTemporaryDir profile, tool;
        FakeYtDlp fake(tool.path(), QStringLiteral("2025.11.12"),
                       FakeYtDlp::refreshCookie("SIDCC", "rotated-by-site", FakeYtDlp::printFile(youTubeAnswer(tool.path()))));
        {
            QSettings ini(QDir(profile.path()).filePath(QStringLiteral("tunedrop.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("ytdlp/path"), fake.path());
        }
        const QString txt = tool.filePath(QStringLiteral("cookies.txt"));
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cookiesTxt());
        f.close();

        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(bin, QStringList{QStringLiteral("--profile"), profile.path()} + args);
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        auto [code, out] = run({QStringLiteral("--import-cookies"), txt});
        QVERIFY2(code == 0 && out.contains(QLatin1String("3 cookie")), qPrintable(out));
        QVERIFY(QFile::remove(txt));

        std::tie(code, out) = run({QStringLiteral("--headless"), QStringLiteral("--once"),
                                   QStringLiteral("--output-dir"), profile.filePath(QStringLiteral("out")), kYouTube});
        QVERIFY2(code == 0, qPrintable(out));
        const QString cookieFile = fake.lastValue(QStringLiteral("COOKIEFILE"));
        QVERIFY2(!cookieFile.isEmpty(), qPrintable(fake.log().join(QLatin1Char('\n'))));
        QCOMPARE(fake.lastValue(QStringLiteral("MODE")), QStringLiteral("600"));
        QVERIFY(!QFileInfo::exists(cookieFile));
        QCOMPARE(cookieFilesIn(QFileInfo(cookieFile).absolutePath()), QStringList());
        QCOMPARE(filesContaining(profile.path(), kMarker), QStringList());
        {
            // The cookie the site refreshed during the run is what the keychain holds now.
            const Profile p(profile.path());
            Settings settings(p);
            SecretStore secrets(QStringLiteral("TuneDrop"), p.dataDir(), p.dataDir());
            const QByteArray stored = CookieVault(settings, secrets).load().value_or(QByteArray());
            QVERIFY(stored.contains("SIDCC\trotated-by-site"));
            QVERIFY(stored.contains(kMarker));
        }

        std::tie(code, out) = run({QStringLiteral("--forget-cookies")});
        QVERIFY2(code == 0, qPrintable(out));
        std::tie(code, out) = run({QStringLiteral("--headless"), QStringLiteral("--once"),
                                   QStringLiteral("--output-dir"), profile.filePath(QStringLiteral("out2")),
                                   QStringLiteral("https://youtu.be/aaaaaaaaaaa")});
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(fake.runs(), 2);
        QVERIFY(!fake.lastValue(QStringLiteral("ARGS")).contains(QLatin1String("--cookies")));

        std::tie(code, out) = run({QStringLiteral("--cookies-from-browser"), QStringLiteral("mosaic"), kYouTube});
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(QLatin1String("firefox")), qPrintable(out));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet(kKeyringSessionVar)) {
        const int status = runInKeyringSession(argc, argv);
        if (status >= 0)
            return status;
        qInfo("tst_signin: no private keyring session; the owner-only fallback file is used");
    }
    TestSignIn test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signin.moc"
