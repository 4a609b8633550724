// JobStore: SQLite persistence, schema migration, damaged files.
#include "queue/JobStore.h"

#include <QtTest>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tunedrop;

class TestJobStore : public QObject {
    Q_OBJECT

    static Job sampleJob()
    {
        Job j;
        j.id = QUuid::createUuid();
        j.input = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        j.key = j.input;
        j.outputDir = QStringLiteral("/tmp/out");
        j.state = JobState::Failed;
        j.position = 7;
        j.title = QStringLiteral("Ünïcødé — 日本語 🎵 עברית");
        j.artist = QStringLiteral("Ärtist");
        j.album = QStringLiteral("Albüm");
        j.site = QStringLiteral("Youtube");
        j.thumbnailUrl = QStringLiteral("https://i.ytimg.com/vi/x/hq.jpg");
        j.durationSeconds = 212.5;
        j.progress = 0.5;
        j.bytesDone = 1234;
        j.bytesTotal = 5678;
        j.outputPath = QStringLiteral("/tmp/out/a.mp3");
        j.partPath = QStringLiteral("/tmp/out/a.mp3.part");
        j.errorCategory = ErrorCategory::Network;
        j.errorText = UserText::literal(QStringLiteral("Could not download"));
        j.warning = QStringLiteral("short");
        j.attempts = 3;
        j.retryAt = QDateTime::currentDateTimeUtc().addSecs(60);
        j.addedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        j.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        j.finishedAt = QDateTime::currentDateTimeUtc();
        j.parentId = QUuid::createUuid();
        j.pinned = true;
        j.blockLocalHosts = true;
        return j;
    }

private slots:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.db"));
        const Job a = sampleJob();
        {
            JobStore store(path);
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            QCOMPARE(store.schemaVersion(), JobStore::kSchemaVersion);
            QVERIFY(store.save(a));
        }
        JobStore store(path);
        QVERIFY(store.open());
        const QList<Job> jobs = store.loadAll();
        QCOMPARE(jobs.size(), 1);
        const Job &b = jobs.first();
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.input, a.input);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.position, a.position);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.artist, a.artist);
        QCOMPARE(b.album, a.album);
        QCOMPARE(b.durationSeconds, a.durationSeconds);
        QCOMPARE(b.bytesTotal, a.bytesTotal);
        QCOMPARE(b.outputPath, a.outputPath);
        QCOMPARE(b.partPath, a.partPath);
        QCOMPARE(b.errorCategory, a.errorCategory);
        QCOMPARE(b.errorMessage(), a.errorMessage());
        QCOMPARE(b.warning, a.warning);
        QCOMPARE(b.attempts, a.attempts);
        QCOMPARE(b.retryAt, a.retryAt);
        QCOMPARE(b.addedAt, a.addedAt);
        QCOMPARE(b.finishedAt, a.finishedAt);
        QCOMPARE(b.parentId, a.parentId);
        QCOMPARE(b.pinned, true);
        QCOMPARE(b.blockLocalHosts, true);
    }

    void updatesAndRemoves()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(store.open());
        Job a = sampleJob();
        Job b = sampleJob();
        b.position = 1;
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        a.state = JobState::Done;
        QVERIFY(store.save(a));
        QList<Job> jobs = store.loadAll();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).id, b.id);  // queue order
        QCOMPARE(jobs.at(1).state, JobState::Done);
        QVERIFY(store.remove(b.id));
        QCOMPARE(store.loadAll().size(), 1);
    }

    void migratesVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.db"));
        {
            // A database exactly as schema version 1 wrote it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE jobs (id TEXT PRIMARY KEY, input TEXT NOT NULL, key TEXT, output_dir TEXT, state TEXT NOT NULL,"
                " position INTEGER NOT NULL DEFAULT 0, title TEXT, artist TEXT, album TEXT, site TEXT, thumbnail_url TEXT,"
                " duration REAL, progress REAL, bytes_done INTEGER, bytes_total INTEGER, output_path TEXT, error_category TEXT,"
                " error_message TEXT, attempts INTEGER NOT NULL DEFAULT 0, retry_at TEXT, added_at TEXT, started_at TEXT,"
                " finished_at TEXT, parent_id TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO jobs (id, input, state, title, output_path) VALUES "
                                          "('1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'a.webm', 'done', 'Old', '/x/Old.mp3')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO jobs (id, input, state, error_category, error_message) VALUES "
                                          "('2b4e28ba-2fa1-11d2-883f-0016d3cca427', 'b.webm', 'failed', 'not-found',"
                                          " 'Nicht gefunden.')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        JobStore store(path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), JobStore::kSchemaVersion);
        QVERIFY(store.warning().isEmpty());
        const QList<Job> jobs = store.loadAll();
        QCOMPARE(jobs.size(), 2);
        // Messages written before v6 were stored translated: they stay exactly as they were.
        const Job &old = jobs.first().input == QLatin1String("a.webm") ? jobs.first() : jobs.last();
        const Job &oldFailure = jobs.first().input == QLatin1String("a.webm") ? jobs.last() : jobs.first();
        QCOMPARE(oldFailure.errorMessage(), QStringLiteral("Nicht gefunden."));
        QVERIFY(!oldFailure.errorText.isTranslatable());
        QCOMPARE(old.title, QStringLiteral("Old"));
        QCOMPARE(old.state, JobState::Done);
        QCOMPARE(old.pinned, false);
        QCOMPARE(old.blockLocalHosts, false);
        QVERIFY(store.save(sampleJob()));  // the new columns work
    }

    void damagedFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(!store.warning().isEmpty());
        QCOMPARE(store.loadAll().size(), 0);
        QVERIFY(store.save(sampleJob()));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("jobs.db.broken-*")}).size(), 1);
    }

    void newerSchemaIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        JobStore store(path);
        QVERIFY(!store.open());
        QVERIFY(store.lastError().contains(QStringLiteral("newer")));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("jobs.db.broken-*")}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
