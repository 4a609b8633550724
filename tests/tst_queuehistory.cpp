// A history that can grow (issue 14): the queue keeps only the unfinished jobs and the newest
// finished ones in memory; every older one lives in the store alone and is still found, reused,
// pinned, removed, cleared, purged and paged. Fake attempts (tests/support/FakeAttempt) and a
// real SQLite JobStore; real files stand for inputs and MP3s.
#include "FakeQueue.h"
#include "library/RetentionPurger.h"
#include "queue/QueuePurgeCandidates.h"

#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

// Four finished jobs (oldest first) and an unfinished one, then a restart that keeps 2 finished.
struct History : FakeQueueEnv {
    QList<QUuid> done;    // oldest first
    QList<QString> inputs;
    QUuid queued;

    History() : FakeQueueEnv(1, [](QueueConfig &c) { c.residentFinished = 2; }) {}
    QString input(const QString &name) { return FakeQueueEnv::input(name, "input " + name.toUtf8()); }
    // Returns false when the jobs did not finish.
    bool fill()
    {
        for (int i = 0; i < 4; ++i) {
            inputs << input(QStringLiteral("song %1.wav").arg(i));
            done << queue->add(inputs.last()).id;
            if (!QTest::qWaitFor([&] { return queue->job(done.last())->state == JobState::Done; }))
                return false;
        }
        queue->pause();
        queued = queue->add(input(QStringLiteral("later.wav"))).id;
        // The next start: the unfinished one runs (and works until cancelled).
        reopen([](const Job &) {
            FakeScript s;
            s.end = FakeScript::End::Hang;
            return s;
        });
        return QTest::qWaitFor([&] { return queue->job(queued)->state == JobState::Converting; });
    }
    bool resident(const QUuid &id) const
    {
        const QList<Job> jobs = queue->jobs();
        return std::any_of(jobs.cbegin(), jobs.cend(), [&id](const Job &j) { return j.id == id; });
    }
};

}  // namespace

class TestQueueHistory : public QObject {
    Q_OBJECT

private slots:
    void startKeepsOnlyUnfinishedAndTheNewestFinished()
    {
        History h;
        QVERIFY(h.fill());
        QCOMPARE(h.queue->jobs().size(), 3);
        QVERIFY(h.resident(h.done[2]) && h.resident(h.done[3]) && h.resident(h.queued));
        QVERIFY(!h.resident(h.done[0]) && !h.resident(h.done[1]));
        // ... but the old ones are still jobs of the queue.
        const std::optional<Job> old = h.queue->job(h.done[0]);
        QVERIFY(old);
        QCOMPARE(old->state, JobState::Done);
        QCOMPARE(old->input, h.inputs[0]);
        QVERIFY(!h.queue->job(QUuid::createUuid()));
        // A new job goes after the whole history, not only after the resident part.
        h.queue->pause();
        const QUuid next = h.queue->add(h.input(QStringLiteral("next.wav"))).id;
        int highest = 0;
        for (const Job &j : h.store->loadAll())
            if (j.id != next)
                highest = std::max(highest, j.position);
        QVERIFY(h.queue->job(next)->position > highest);
    }

    void aStoreOnlyJobIsReused()
    {
        History h;
        QVERIFY(h.fill());
        const AddResult again = h.queue->add(h.inputs[0]);
        QVERIFY(again.duplicate);
        QVERIFY(again.alreadyConverted);
        QCOMPARE(again.id, h.done[0]);
        const QList<Job> same = h.queue->jobsFor(h.inputs[0]);
        QCOMPARE(same.size(), 1);
        QCOMPARE(same.first().id, h.done[0]);
        // Its MP3 gone: converted again, a new job.
        QVERIFY(QFile::remove(h.queue->job(h.done[0])->outputPath));
        QVERIFY(!h.queue->add(h.inputs[0]).duplicate);
    }

    void aStoreOnlyJobIsPinnedAndExpired()
    {
        History h;
        QVERIFY(h.fill());
        QSignalSpy changed(h.queue.get(), &JobQueue::jobChanged);
        QVERIFY(h.queue->setPinned(h.done[0], true));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<Job>().pinned);
        QVERIFY(h.store->load(h.done[0])->pinned);
        QVERIFY(h.queue->job(h.done[0])->pinned);
        QVERIFY(!h.resident(h.done[0]));  // a change does not bring the history into memory
        QVERIFY(h.queue->markExpired(h.done[1]));
        QCOMPARE(h.store->load(h.done[1])->state, JobState::Expired);
        QVERIFY(!h.queue->markExpired(h.done[1]));  // only a done job expires
    }

    void aStoreOnlyJobIsRemoved()
    {
        History h;
        QVERIFY(h.fill());
        const QString mp3 = h.queue->job(h.done[0])->outputPath;
        QVERIFY(QFile::exists(mp3));
        QSignalSpy removed(h.queue.get(), &JobQueue::jobRemoved);
        QVERIFY(h.queue->remove(h.done[0], true));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toUuid(), h.done[0]);
        QVERIFY(!h.store->load(h.done[0]));
        QVERIFY(!h.queue->job(h.done[0]));
        QVERIFY(!QFile::exists(mp3));
        QVERIFY(!h.queue->remove(h.done[0]));
        // Without deleteFile the MP3 stays.
        const QString kept = h.queue->job(h.done[1])->outputPath;
        QVERIFY(h.queue->remove(h.done[1], false));
        QVERIFY(QFile::exists(kept));
    }

    void clearFinishedReachesTheWholeHistory()
    {
        History h;
        QVERIFY(h.fill());
        QVERIFY(h.queue->setPinned(h.done[0], true));  // only in the store
        QVERIFY(h.queue->setPinned(h.done[3], true));  // resident
        const JobQueue::FinishedCount count = h.queue->finishedCount();
        QCOMPARE(count.total, 4);
        QCOMPARE(count.pinned, 2);
        QSignalSpy removed(h.queue.get(), &JobQueue::jobRemoved);
        QCOMPARE(h.queue->clearFinished(true), 2);
        QCOMPARE(removed.size(), 2);
        QVERIFY(!h.queue->job(h.done[1]) && !h.queue->job(h.done[2]));
        QVERIFY(h.queue->job(h.done[0]) && h.queue->job(h.done[3]) && h.queue->job(h.queued));
        QCOMPARE(h.queue->clearFinished(false), 2);
        QCOMPARE(h.store->loadAll().size(), 1);  // the queued one
        QCOMPARE(h.queue->jobs().size(), 1);
    }

    void theRetentionPurgeReachesStoreOnlyJobs()
    {
        History h;
        QVERIFY(h.fill());
        const QDateTime later = h.clock.now().addDays(2);
        QueuePurgeCandidates jobs(h.queue.get());
        RetentionPurger purger(&jobs, 24, [later] { return later; });
        const QList<RetentionPurger::Decision> decisions = purger.purgeNow();
        QCOMPARE(decisions.size(), 4);
        QCOMPARE(decisions.first().id, h.done[0]);  // the oldest first
        for (const RetentionPurger::Decision &d : decisions) {
            QVERIFY2(d.deleted, qPrintable(d.reason));
            QVERIFY(!QFile::exists(d.path));
            QCOMPARE(h.store->load(d.id)->state, JobState::Expired);
        }
        QVERIFY(purger.purgeNow().isEmpty());  // expired ones are no candidates
    }

    void aStoreOnlyFailedJobIsRetried()
    {
        History h;
        h.attempts->script = [](const Job &) {
            FakeScript s;
            s.end = FakeScript::End::FailPermanent;
            return s;
        };
        const QUuid failed = h.queue->add(h.input(QStringLiteral("broken.wav"))).id;
        QTRY_COMPARE(h.queue->job(failed)->state, JobState::Failed);
        h.config.residentFinished = 0;
        h.reopen();
        QVERIFY(h.queue->jobs().isEmpty());
        QVERIFY(h.queue->retry(failed));
        QTRY_COMPARE(h.queue->job(failed)->state, JobState::Done);  // the new factory succeeds
        QVERIFY(h.resident(failed));
    }

    void pagesRunThroughTheWholeHistory()
    {
        History h;
        QVERIFY(h.fill());
        JobPageQuery query;
        query.limit = 2;
        const JobPage first = h.queue->page(query);
        QCOMPARE(first.jobs.size(), 2);
        QCOMPARE(first.jobs[0].id, h.done[3]);  // queue order within a page
        QCOMPARE(first.jobs[1].id, h.queued);
        QVERIFY(!first.next.isEmpty());
        query.before = first.next;
        const JobPage second = h.queue->page(query);
        QCOMPARE(second.jobs.size(), 2);
        QCOMPARE(second.jobs[0].id, h.done[1]);
        QCOMPARE(second.jobs[1].id, h.done[2]);
        query.before = second.next;
        const JobPage last = h.queue->page(query);
        QCOMPARE(last.jobs.size(), 1);
        QCOMPARE(last.jobs[0].id, h.done[0]);
        QVERIFY(last.next.isEmpty());
        // Search: the link (here the file's path), any case.
        JobPageQuery search;
        search.search = QStringLiteral("SONG 1");
        const JobPage found = h.queue->page(search);
        QCOMPARE(found.jobs.size(), 1);
        QCOMPARE(found.jobs[0].id, h.done[1]);
        JobPageQuery finished;
        finished.finishedOnly = true;
        QCOMPARE(h.queue->page(finished).jobs.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestQueueHistory)
#include "tst_queuehistory.moc"
