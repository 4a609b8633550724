// The retention purge on a real library folder with an injected clock (no 8-hour waits):
// exactly the right files go, everything else stays, purged jobs become expired everywhere.
#include "library/FileIdentity.h"
#include "library/RetentionPurger.h"
#include "queue/JobQueue.h"
#include "queue/JobStore.h"
#include "queue/LocalAttemptFactory.h"
#include "queue/QueuePurgeCandidates.h"
#include "web/JobJson.h"
#include "web/WebServer.h"

#include <QtTest>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace tunedrop;

class TestRetention : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_library;
    QString m_outside;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobQueue> m_queue;
    QHash<QString, QUuid> m_ids;  // name -> job

    QString write(const QString &path, const QByteArray &bytes = QByteArray(4096, 'm'))
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    // A job TuneDrop finished `hoursAgo` hours ago, with the identity of its file recorded.
    Job finished(const QString &name, const QString &path, double hoursAgo, bool pinned = false)
    {
        Job j;
        j.id = QUuid::createUuid();
        j.input = QStringLiteral("https://example.org/") + name;
        j.key = j.input;
        j.outputDir = m_library;
        j.state = JobState::Done;
        j.outputPath = path;
        j.finishedAt = m_now.addSecs(qint64(-hoursAgo * 3600));
        j.addedAt = j.finishedAt;
        j.pinned = pinned;
        const FileIdentity id = FileIdentity::of(path);
        j.outputSize = id.size;
        j.outputInode = id.inode;
        j.outputModified = id.modified;
        m_ids.insert(name, j.id);
        return j;
    }

    QSet<QString> deletedNames(const QList<RetentionPurger::Decision> &decisions) const
    {
        QSet<QString> names;
        for (const auto &d : decisions)
            if (d.deleted)
                names << m_ids.key(d.id);
        return names;
    }

private slots:
    void initTestCase()
    {
        m_library = m_root.filePath(QStringLiteral("Music/TuneDrop"));
        m_outside = m_root.filePath(QStringLiteral("elsewhere"));
        QList<Job> jobs;
        // App-made files of many ages (retention 8 h).
        for (const double age : {0.5, 7.9, 8.1, 30.0, 24.0 * 9})
            jobs << finished(QStringLiteral("age-%1").arg(age), write(QDir(m_library).filePath(QStringLiteral("age %1.mp3").arg(age))), age);
        jobs << finished(QStringLiteral("pinned"), write(QDir(m_library).filePath(QStringLiteral("pinned.mp3"))), 50, true);
        // A file someone replaced after TuneDrop finished it (same name, new content).
        const QString replaced = write(QDir(m_library).filePath(QStringLiteral("replaced.mp3")));
        jobs << finished(QStringLiteral("replaced"), replaced, 20);
        QFile::remove(replaced);
        write(replaced, QByteArray(9000, 'x'));
        // Read-only, but TuneDrop's and old: deleted (the folder is writable).
        const QString readOnly = write(QDir(m_library).filePath(QStringLiteral("read-only.mp3")));
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        jobs << finished(QStringLiteral("read-only"), readOnly, 12);
        // A recorded output that is now a symlink pointing outside the library.
        const QString target = write(QDir(m_outside).filePath(QStringLiteral("precious.mp3")));
        const QString link = QDir(m_library).filePath(QStringLiteral("link.mp3"));
        Job linked = finished(QStringLiteral("symlink"), write(link), 40);
        QFile::remove(link);
        QVERIFY(QFile::link(target, link));
        jobs << linked;
        // A recorded output whose folder was moved out of the library (path outside now).
        jobs << finished(QStringLiteral("outside"), write(QDir(m_outside).filePath(QStringLiteral("moved.mp3"))), 40);
        // A recorded "output" that is a folder.
        const QString folder = QDir(m_library).filePath(QStringLiteral("folder.mp3"));
        QDir().mkpath(folder);
        Job dir = finished(QStringLiteral("folder"), folder, 40);
        jobs << dir;
        // Not TuneDrop's: a user's own MP3 and a .part in progress; never jobs, never touched.
        write(QDir(m_library).filePath(QStringLiteral("my own song.mp3")));
        write(QDir(m_library).filePath(QStringLiteral("in progress.mp3.part")));
        QDir().mkpath(QDir(m_library).filePath(QStringLiteral("subfolder")));
        write(QDir(m_library).filePath(QStringLiteral("subfolder/old.mp3")));

        m_store = std::make_unique<JobStore>(m_root.filePath(QStringLiteral("jobs.db")));
        QVERIFY(m_store->open());
        for (const Job &j : jobs)
            QVERIFY(m_store->save(j));
        QueueConfig c;
        c.workRoot = m_root.filePath(QStringLiteral("work"));
        m_queue = std::make_unique<JobQueue>(m_store.get(), std::make_unique<LocalAttemptFactory>(), c);
        m_queue->restore();
    }

    void firstRoundDeletesExactlyTheRightFiles()
    {
        QueuePurgeCandidates jobs(m_queue.get());
        RetentionPurger purger(&jobs, 8, [this] { return m_now; });
        QSignalSpy reported(&purger, &RetentionPurger::purged);
        const auto decisions = purger.purgeNow();
        QCOMPARE(deletedNames(decisions), (QSet<QString>{QStringLiteral("age-8.1"), QStringLiteral("age-30"), QStringLiteral("age-216"),
                                                         QStringLiteral("read-only")}));
        QCOMPARE(reported.size(), decisions.size());  // every decision is logged/reported
        for (const QString &gone : {QStringLiteral("age 8.1.mp3"), QStringLiteral("age 30.mp3"), QStringLiteral("age 216.mp3"), QStringLiteral("read-only.mp3")})
            QVERIFY2(!QFile::exists(QDir(m_library).filePath(gone)), qPrintable(gone));
        for (const QString &kept : {QStringLiteral("age 0.5.mp3"), QStringLiteral("age 7.9.mp3"), QStringLiteral("pinned.mp3"),
                                    QStringLiteral("replaced.mp3"), QStringLiteral("link.mp3"), QStringLiteral("my own song.mp3"),
                                    QStringLiteral("in progress.mp3.part"), QStringLiteral("subfolder/old.mp3"), QStringLiteral("folder.mp3")})
            QVERIFY2(QFileInfo::exists(QDir(m_library).filePath(kept)) || QFileInfo(QDir(m_library).filePath(kept)).isSymLink(), qPrintable(kept));
        QVERIFY(QFile::exists(QDir(m_outside).filePath(QStringLiteral("precious.mp3"))));
        QVERIFY(QFile::exists(QDir(m_outside).filePath(QStringLiteral("moved.mp3"))));
        // Purged jobs are expired everywhere: the queue, the JSON API.
        const Job expired = *m_queue->job(m_ids.value(QStringLiteral("age-30")));
        QCOMPARE(expired.state, JobState::Expired);
        QCOMPARE(jobToJson(expired).value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
        QCOMPARE(m_store->loadAll().size(), m_ids.size());
        QCOMPARE(m_queue->job(m_ids.value(QStringLiteral("replaced")))->state, JobState::Done);
    }

    void expiredDownloadLinkIsInvalid()
    {
        WebServerConfig wc;
        wc.port = 0;
        WebServer server(m_queue.get(), wc);
        QString error;
        QVERIFY(server.start(&error));
        QNetworkAccessManager net;
        QNetworkReply *r = net.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/download-music/%2")
                                                            .arg(server.port()).arg(m_ids.value(QStringLiteral("age-30")).toString(QUuid::WithoutBraces)))));
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 5000);
        QVERIFY(r->readAll().contains("Invalid link"));
    }

    void secondRoundDeletesNothingMore()
    {
        QueuePurgeCandidates jobs(m_queue.get());
        RetentionPurger purger(&jobs, 8, [this] { return m_now; });
        QCOMPARE(deletedNames(purger.purgeNow()), QSet<QString>());
    }

    void retentionChangeTakesEffectAtOnce()
    {
        QueuePurgeCandidates jobs(m_queue.get());
        RetentionPurger purger(&jobs, 0, [this] { return m_now; });  // "never"
        QCOMPARE(purger.purgeNow().size(), 0);
        purger.setRetentionHours(1);  // runs at once
        QVERIFY(!QFile::exists(QDir(m_library).filePath(QStringLiteral("age 7.9.mp3"))));
        QVERIFY(QFile::exists(QDir(m_library).filePath(QStringLiteral("age 0.5.mp3"))));
    }

    void startupCatchesUpAndTimerKeepsGoing()
    {
        // Two hours later (a laptop that slept): start() purges at once.
        QueuePurgeCandidates jobs(m_queue.get());
        RetentionPurger purger(&jobs, 1, [this] { return m_now.addSecs(2 * 3600); });
        QSignalSpy reported(&purger, &RetentionPurger::purged);
        purger.start();
        QVERIFY(!QFile::exists(QDir(m_library).filePath(QStringLiteral("age 0.5.mp3"))));
        QVERIFY(reported.size() >= 1);
    }

    void failedDeletionIsRetriedNextRound()
    {
        const QString path = write(QDir(m_library).filePath(QStringLiteral("stubborn.mp3")));
        const Job j = finished(QStringLiteral("stubborn"), path, 100);
        QVERIFY(m_store->save(j));
        QueueConfig c;
        c.workRoot = m_root.filePath(QStringLiteral("work2"));
        JobQueue queue(m_store.get(), std::make_unique<LocalAttemptFactory>(), c);
        queue.restore();
        QueuePurgeCandidates jobs(&queue);
        RetentionPurger purger(&jobs, 8, [this] { return m_now; });
        // A file in use (Windows) or a permission problem, injected: the real disk would not fail.
        purger.setRemoveFunction([](const QString &) -> Result<void> {
            return Error{ErrorCategory::PermissionDenied, UserText::literal(QStringLiteral("in use"))};
        });
        const auto first = purger.purgeNow();
        QVERIFY(std::any_of(first.cbegin(), first.cend(), [&](const auto &d) { return d.id == j.id && !d.deleted && d.reason.contains(QStringLiteral("in use")); }));
        QCOMPARE(queue.job(j.id)->state, JobState::Done);  // not expired: the file is still there
        purger.setRemoveFunction([](const QString &p) -> Result<void> {
            if (QFile::remove(p))
                return {};
            return Error{ErrorCategory::PermissionDenied, UserText::literal(QStringLiteral("remove failed"))};
        });
        const auto second = purger.purgeNow();
        QVERIFY(std::any_of(second.cbegin(), second.cend(), [&](const auto &d) { return d.id == j.id && d.deleted; }));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(queue.job(j.id)->state, JobState::Expired);
    }

    void pinningProtectsAndUnpinningReleases()
    {
        const QUuid pinned = m_ids.value(QStringLiteral("pinned"));
        QueuePurgeCandidates jobs(m_queue.get());
        RetentionPurger purger(&jobs, 8, [this] { return m_now; });
        purger.purgeNow();
        QVERIFY(QFile::exists(QDir(m_library).filePath(QStringLiteral("pinned.mp3"))));
        QVERIFY(m_queue->setPinned(pinned, false));
        purger.purgeNow();
        QVERIFY(!QFile::exists(QDir(m_library).filePath(QStringLiteral("pinned.mp3"))));
        QCOMPARE(m_queue->job(pinned)->state, JobState::Expired);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
