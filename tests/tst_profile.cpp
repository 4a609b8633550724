// Issue 20: the profile is owner-only. tunedrop.ini (the web password's PBKDF2 hash and salt) and
// jobs.db with its -wal/-shm (every link converted) used to be 0644 in a 0755 folder. New
// profiles are created private; an old one is tightened at start. Real files, real SQLite.
#include "queue/JobStore.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tunedrop;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

void writeFile(const QString &path, int mode)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

Job someJob()
{
    Job j;
    j.id = QUuid::createUuid();
    j.input = QStringLiteral("https://example.com/private-link");
    j.key = j.input;
    j.state = JobState::Queued;
    return j;
}

}  // namespace

class TestProfile : public QObject {
    Q_OBJECT
private slots:
    void init() { m_oldMask = ::umask(022); }   // the usual desktop umask, whatever ctest has
    void cleanup() { ::umask(m_oldMask); }

    void newProfileIsOwnerOnly()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("profile"));
        Profile profile(dir);
        QCOMPARE(modeOf(dir), 0700);

        Settings settings(profile);
        QVERIFY(settings.setWebPassword(QStringLiteral("correct horse battery staple")));
        QVERIFY(settings.sync());
        QVERIFY(QFile::exists(profile.settingsPath()));
        QCOMPARE(modeOf(profile.settingsPath()), 0600);

        const QString db = QDir(dir).filePath(QStringLiteral("jobs.db"));
        {
            JobStore store(db);
            QVERIFY(store.open());
            QVERIFY(store.save(someJob()));
            // WAL mode: the side files exist while the connection is open.
            for (const QString &path : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
                QVERIFY2(QFile::exists(path), qPrintable(path));
                QCOMPARE(modeOf(path), 0600);
            }
        }
        // The keychain's fallback file (no Secret Service here) was already private; still is.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        SecretStore secrets(QStringLiteral("TuneDropTest"), dir, dir);
        QVERIFY(secrets.write(QStringLiteral("k"), QByteArray("v")));
        if (!secrets.fallbackFile().isEmpty() && QFile::exists(secrets.fallbackFile()))
            QCOMPARE(modeOf(secrets.fallbackFile()), 0600);
    }

    void existingProfileIsTightenedAtStart()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0755), 0);
        const QDir d(dir);
        writeFile(d.filePath(QStringLiteral("tunedrop.ini")), 0644);
        writeFile(d.filePath(QStringLiteral("jobs.db-wal")), 0644);
        writeFile(d.filePath(QStringLiteral("jobs.db-shm")), 0664);
        writeFile(d.filePath(QStringLiteral("jobs.db-journal")), 0644);
        QVERIFY(QDir().mkpath(d.filePath(QStringLiteral("tools"))));
        writeFile(d.filePath(QStringLiteral("tools/yt-dlp")), 0755);
        QCOMPARE(::chmod(QFile::encodeName(d.filePath(QStringLiteral("tools"))).constData(), 0755), 0);
        // Somebody else's file behind a symlink is never touched.
        const QString outside = root.filePath(QStringLiteral("outside.txt"));
        writeFile(outside, 0644);
        QVERIFY(QFile::link(outside, d.filePath(QStringLiteral("link"))));

        const Profile profile(dir);
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(d.filePath(QStringLiteral("tunedrop.ini"))), 0600);
        QCOMPARE(modeOf(d.filePath(QStringLiteral("jobs.db-wal"))), 0600);
        QCOMPARE(modeOf(d.filePath(QStringLiteral("jobs.db-shm"))), 0600);
        QCOMPARE(modeOf(d.filePath(QStringLiteral("jobs.db-journal"))), 0600);
        QCOMPARE(modeOf(d.filePath(QStringLiteral("tools"))), 0700);
        QCOMPARE(modeOf(d.filePath(QStringLiteral("tools/yt-dlp"))), 0755);   // inside a 0700 folder
        QCOMPARE(modeOf(outside), 0644);
    }

    void oldDatabaseIsTightenedWhenOpened()
    {
        // A jobs.db made by an older version somewhere the profile scan did not see.
        QTemporaryDir root;
        const QString db = root.filePath(QStringLiteral("jobs.db"));
        {
            JobStore store(db);
            QVERIFY(store.open());
            QVERIFY(store.save(someJob()));
        }
        QCOMPARE(::chmod(QFile::encodeName(db).constData(), 0644), 0);
        JobStore store(db);
        QVERIFY(store.open());
        QCOMPARE(store.loadAll().size(), 1);
        QCOMPARE(modeOf(db), 0600);
    }

private:
    mode_t m_oldMask = 022;
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
