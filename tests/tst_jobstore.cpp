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

    // A job of the history: `state` at `position`, finished `minutesAgo` minutes ago.
    static Job historyJob(int position, JobState state, int minutesAgo, const QString &title)
    {
        Job j;
        j.id = QUuid::createUuid();
        j.input = QStringLiteral("https://example.org/%1").arg(position);
        j.key = j.input;
        j.state = state;
        j.position = position;
        j.title = title;
        j.addedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        if (isTerminalState(state))
            j.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        j.outputPath = QStringLiteral("/tmp/out/%1.mp3").arg(position);
        return j;
    }
    static QList<int> positions(const QList<Job> &jobs)
    {
        QList<int> p;
        for (const Job &j : jobs)
            p << j.position;
        return p;
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
    void loadsTheUnfinishedAndTheNewestFinished()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(store.open());
        QVERIFY(store.save(historyJob(1, JobState::Queued, 0, QStringLiteral("a"))));
        for (int p = 2; p <= 6; ++p)
            QVERIFY(store.save(historyJob(p, p % 2 ? JobState::Failed : JobState::Done, 10 - p, QStringLiteral("f"))));
        QVERIFY(store.save(historyJob(7, JobState::Downloading, 0, QStringLiteral("b"))));
        QCOMPARE(positions(store.loadActiveAndRecent(2)), (QList<int>{1, 5, 6, 7}));
        QCOMPARE(positions(store.loadActiveAndRecent(0)), (QList<int>{1, 7}));
        QCOMPARE(store.loadActiveAndRecent(100).size(), 7);
        QCOMPARE(store.maxPosition(), 7);
        QCOMPARE(store.load(store.loadAll().at(3).id)->position, 4);
        QVERIFY(!store.load(QUuid::createUuid()));
        QCOMPARE(store.loadByKey(QStringLiteral("https://example.org/3")).size(), 1);
        QCOMPARE(store.finishedIds(false).size(), 3);  // done only (and expired), not failed
    }

    void purgeCandidatesAreDoneUnpinnedOldEnoughOldestFirst()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(store.open());
        QVERIFY(store.save(historyJob(1, JobState::Done, 30, QStringLiteral("newer"))));
        QVERIFY(store.save(historyJob(2, JobState::Done, 90, QStringLiteral("oldest"))));
        QVERIFY(store.save(historyJob(3, JobState::Done, 60, QStringLiteral("old"))));
        Job pinned = historyJob(4, JobState::Done, 120, QStringLiteral("pinned"));
        pinned.pinned = true;
        QVERIFY(store.save(pinned));
        QVERIFY(store.save(historyJob(5, JobState::Failed, 120, QStringLiteral("failed"))));
        QVERIFY(store.save(historyJob(6, JobState::Expired, 120, QStringLiteral("expired"))));
        Job noFile = historyJob(7, JobState::Done, 120, QStringLiteral("playlist"));
        noFile.outputPath.clear();
        QVERIFY(store.save(noFile));
        const QDateTime by = QDateTime::currentDateTimeUtc().addSecs(-45 * 60);
        QCOMPARE(positions(store.loadPurgeCandidates(by, -1)), (QList<int>{2, 3}));
        QCOMPARE(positions(store.loadPurgeCandidates(by, 1)), (QList<int>{2}));
    }

    void pagesAndSearchesFromTheNewestEnd()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(store.open());
        for (int p = 1; p <= 5; ++p)
            QVERIFY(store.save(historyJob(p, JobState::Done, p, QStringLiteral("Track %1").arg(p))));
        QVERIFY(store.save(historyJob(6, JobState::Done, 1, QStringLiteral("100% Live_Set"))));
        QVERIFY(store.save(historyJob(7, JobState::Queued, 0, QStringLiteral("waiting"))));
        JobPageQuery q;
        q.limit = 3;
        JobPage page = store.loadPage(q);
        QCOMPARE(positions(page.jobs), (QList<int>{5, 6, 7}));
        q.before = page.next;
        page = store.loadPage(q);
        QCOMPARE(positions(page.jobs), (QList<int>{2, 3, 4}));
        q.before = page.next;
        page = store.loadPage(q);
        QCOMPARE(positions(page.jobs), (QList<int>{1}));
        QVERIFY(page.next.isEmpty());
        q = {};
        q.finishedOnly = true;
        q.limit = 2;
        QCOMPARE(positions(store.loadPage(q).jobs), (QList<int>{5, 6}));
        // LIKE's wildcards are plain characters in a search.
        q = {};
        q.search = QStringLiteral("%");
        QCOMPARE(positions(store.loadPage(q).jobs), (QList<int>{6}));
        q.search = QStringLiteral("e_s");
        QCOMPARE(positions(store.loadPage(q).jobs), (QList<int>{6}));
        q.search = QStringLiteral("track");
        QCOMPARE(store.loadPage(q).jobs.size(), 5);
        q.search = QStringLiteral("example.org/7");  // the link
        QCOMPARE(positions(store.loadPage(q).jobs), (QList<int>{7}));
        q = {};
        q.before = QStringLiteral("not a cursor");  // the newest end, not an error
        QCOMPARE(store.loadPage(q).jobs.size(), 7);
    }

    void historyLookupsUseAnIndex_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("by key") << QStringLiteral("SELECT * FROM jobs WHERE key = 'x' ORDER BY position, added_at");
        QTest::newRow("a page") << QStringLiteral("SELECT * FROM jobs WHERE (position, added_at, id) < (5, '', '')"
                                                  " ORDER BY position DESC, added_at DESC, id DESC LIMIT 201");
        QTest::newRow("unfinished") << QStringLiteral("SELECT * FROM jobs WHERE state IN ('queued','resolving')");
        QTest::newRow("purge") << QStringLiteral("SELECT * FROM jobs WHERE state = 'done' AND finished_at <= 'z'"
                                                 " ORDER BY finished_at LIMIT 10");
    }
    void historyLookupsUseAnIndex()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.db"));
        {
            JobStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.save(sampleJob()));
        }
        QString plan;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        QVERIFY2(plan.contains(QLatin1String("USING INDEX")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));  // no sort of every row
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
