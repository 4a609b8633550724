// JobQueue's policies with a fake attempt (tests/support/FakeAttempt) and a clock that runs
// 1000x faster (ScaledClock): the workers bound, order and reorder, retries and back-off, time
// limits, pause/resume, duplicates, cancel/remove, restore, playlists and the shutdown, in
// milliseconds. The real SQLite JobStore keeps the records; real files stand for inputs and
// MP3s. End-to-end runs with FFmpeg, HTTP and yt-dlp are in tst_jobqueue and tst_shutdown.
#include "FakeQueue.h"
#include "queue/RetryPolicy.h"

#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

using End = FakeScript::End;

FakeScript script(End end, int runMs = 0)
{
    FakeScript s;
    s.end = end;
    s.runMs = runMs;
    return s;
}


}  // namespace

class TestQueuePolicy : public QObject {
    Q_OBJECT

private slots:
    void retryPolicyBacksOffExponentially_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("after the 1st: base") << 1 << qint64(0) << qint64(2000);
        QTest::newRow("after the 2nd: 2 x base") << 2 << qint64(0) << qint64(4000);
        QTest::newRow("after the 3rd: 4 x base") << 3 << qint64(0) << qint64(8000);
        QTest::newRow("the server's longer wish wins") << 1 << qint64(30000) << qint64(30000);
        QTest::newRow("a shorter one does not") << 3 << qint64(100) << qint64(8000);
    }
    void retryPolicyBacksOffExponentially()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, retryAfterMs);
        QFETCH(qint64, delayMs);
        const RetryPolicy policy{3, 2000};
        QCOMPARE(policy.delayMs(attempts, retryAfterMs), delayMs);
    }

    void retryPolicyRetriesOnlyTransientFailures_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("retries");
        QTest::newRow("network, 1st") << int(ErrorCategory::Network) << 1 << true;
        QTest::newRow("network, 3rd") << int(ErrorCategory::Network) << 3 << true;
        QTest::newRow("network, 4th: no more") << int(ErrorCategory::Network) << 4 << false;
        QTest::newRow("timed out") << int(ErrorCategory::TimedOut) << 1 << true;
        QTest::newRow("not found") << int(ErrorCategory::NotFound) << 1 << false;
        QTest::newRow("unsupported") << int(ErrorCategory::Unsupported) << 1 << false;
        QTest::newRow("cancelled") << int(ErrorCategory::Cancelled) << 1 << false;
    }
    void retryPolicyRetriesOnlyTransientFailures()
    {
        QFETCH(int, category);
        QFETCH(int, attempts);
        QFETCH(bool, retries);
        const RetryPolicy policy{3, 2000};
        QCOMPARE(policy.retries({ErrorCategory(category), UserText::literal(QStringLiteral("x"))}, attempts), retries);
        QCOMPARE(policy.maxAttempts(), 4);
    }

    void workerBoundHoldsAndCanChange()
    {
        FakeQueueEnv env(2);
        env.attempts->script = [](const Job &) { return script(End::Succeed, 20); };
        int mostRunning = 0;
        connect(env.queue.get(), &JobQueue::jobChanged, this,
                [&] { mostRunning = std::max(mostRunning, env.queue->runningCount()); });
        QList<QUuid> ids;
        for (int i = 0; i < 6; ++i)
            ids << env.add(QStringLiteral("bound-%1.wav").arg(i));
        QCOMPARE(env.queue->runningCount(), 2);  // started at once, up to the bound
        QTRY_VERIFY(env.ended(ids));
        QCOMPARE(env.attempts->peakActiveCount(), 2);
        QCOMPARE(mostRunning, 2);
        QCOMPARE(env.attempts->workers(), 2);  // the factory sized to the bound

        // Raised while work is queued: applies at once, nothing dropped.
        env.attempts->resetPeak();
        ids.clear();
        for (int i = 0; i < 6; ++i)
            ids << env.add(QStringLiteral("bound2-%1.wav").arg(i));
        env.queue->setWorkers(3);
        QCOMPARE(env.queue->runningCount(), 3);
        QCOMPARE(env.attempts->workers(), 3);
        QTRY_VERIFY(env.ended(ids));
        QCOMPARE(env.attempts->peakActiveCount(), 3);
        for (const QUuid &id : ids)
            QCOMPARE(env.state(id), JobState::Done);

        // Lowered while jobs run: they carry on; the new bound applies as slots free up.
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        ids.clear();
        for (int i = 0; i < 4; ++i)
            ids << env.add(QStringLiteral("bound3-%1.wav").arg(i));
        QCOMPARE(env.queue->runningCount(), 3);
        env.queue->setWorkers(1);
        QCOMPARE(env.queue->runningCount(), 3);
        env.attempts->current(ids[0])->succeedNow();
        env.attempts->current(ids[1])->succeedNow();
        QTRY_COMPARE(env.state(ids[1]), JobState::Done);
        QCOMPARE(env.queue->runningCount(), 1);  // two freed, none started: still one above
        env.attempts->current(ids[2])->succeedNow();
        QTRY_COMPARE(env.state(ids[3]), JobState::Converting);
        QCOMPARE(env.queue->runningCount(), 1);
    }

    void runsInQueueOrderAndReorders()
    {
        FakeQueueEnv env(1);
        env.queue->pause();
        const QUuid a = env.add(QStringLiteral("a.wav"));
        const QUuid b = env.add(QStringLiteral("b.wav"));
        const QUuid c = env.add(QStringLiteral("c.wav"));
        QCOMPARE(env.queue->runningCount(), 0);
        QVERIFY(!env.queue->moveUp(a));    // already first
        QVERIFY(!env.queue->moveDown(c));  // already last
        QVERIFY(env.queue->moveUp(c));
        QVERIFY(env.queue->moveUp(c));
        QVERIFY(env.queue->moveDown(a));
        QList<QUuid> order;
        for (const Job &j : env.queue->jobs())
            order << j.id;
        QCOMPARE(order, (QList<QUuid>{c, b, a}));
        // The order is stored: the next start keeps it.
        QList<QUuid> storedOrder;
        for (const Job &j : env.store->loadAll())
            storedOrder << j.id;
        QCOMPARE(storedOrder, order);
        env.queue->resume();
        QTRY_VERIFY(env.ended({a, b, c}));
        QCOMPARE(env.attempts->startOrder(), (QList<QUuid>{c, b, a}));
    }

    void transientFailuresBackOffThenFail()
    {
        FakeQueueEnv env(1, [](QueueConfig &c) { c.retryBaseDelayMs = 2000; });  // 2 ms in real time
        env.attempts->script = [](const Job &) { return script(End::FailTransient); };
        QList<Job> waiting;  // the snapshots while it waits for the next attempt
        connect(env.queue.get(), &JobQueue::jobChanged, this, [&](const Job &j) {
            if (j.state == JobState::Queued && j.retryAt.isValid())
                waiting << j;
        });
        const QUuid id = env.add(QStringLiteral("flaky.wav"));
        QTRY_VERIFY(env.ended({id}));
        const Job j = env.job(id);
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(j.errorCategory, ErrorCategory::Network);
        QCOMPARE(j.attempts, 4);  // 1 + 3 retries
        QCOMPARE(j.maxAttempts, 4);
        QCOMPARE(env.attempts->attemptsOf(id), 4);
        QCOMPARE(waiting.size(), 3);
        const QList<FakeAttemptFactory::Start> &starts = env.attempts->starts();
        const RetryPolicy policy = env.queue->retryPolicy();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(waiting[i].attempts, i + 1);
            QVERIFY(!waiting[i].errorMessage().isEmpty());  // the reason shows while it waits
            // Never before it is due, and due no sooner than the back-off after the failure.
            QVERIFY(starts[i + 1].at >= waiting[i].retryAt);
            QVERIFY(starts[i].at.msecsTo(waiting[i].retryAt) >= policy.delayMs(i + 1));
        }
        QCOMPARE(env.stored(id).state, JobState::Failed);
    }

    void transientFailureThenSuccess()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &job) {
            return job.attempts == 1 ? script(End::FailTransient) : script(End::Succeed);
        };
        const QUuid id = env.add(QStringLiteral("once.wav"));
        QTRY_VERIFY(env.ended({id}));
        const Job j = env.job(id);
        QCOMPARE(j.state, JobState::Done);
        QCOMPARE(j.attempts, 2);
        QCOMPARE(j.errorCategory, ErrorCategory::None);
        QVERIFY(j.errorMessage().isEmpty());
        QVERIFY(QFile::exists(j.outputPath));
        QVERIFY(j.outputSize > 0);  // what was written is recorded for the purge
    }

    void permanentFailureIsNotRetried()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) { return script(End::FailPermanent); };
        const QUuid id = env.add(QStringLiteral("gone.wav"));
        QTRY_VERIFY(env.ended({id}));
        QCOMPARE(env.state(id), JobState::Failed);
        QCOMPARE(env.job(id).errorCategory, ErrorCategory::NotFound);
        QCOMPARE(env.job(id).attempts, 1);
    }

    void theServersRetryAfterWins()
    {
        FakeQueueEnv env(1, [](QueueConfig &c) { c.retryBaseDelayMs = 100; });
        env.attempts->script = [](const Job &job) {
            FakeScript s = script(job.attempts == 1 ? End::FailTransient : End::Succeed);
            s.retryAfterMs = 60000;  // a minute of queue time: 60 ms
            return s;
        };
        QDateTime retryAt;
        connect(env.queue.get(), &JobQueue::jobChanged, this, [&](const Job &j) {
            if (j.state == JobState::Queued && j.retryAt.isValid())
                retryAt = j.retryAt;
        });
        const QUuid id = env.add(QStringLiteral("busy.wav"));
        QTRY_VERIFY(env.ended({id}));
        QCOMPARE(env.state(id), JobState::Done);
        QVERIFY(env.attempts->starts().first().at.msecsTo(retryAt) >= 60000);
        QVERIFY(env.attempts->starts().last().at >= retryAt);
    }

    void softLimitWarnsHardLimitStops()
    {
        // One and two minutes of queue time: 60 and 120 ms.
        FakeQueueEnv env(1, [](QueueConfig &c) {
            c.softTimeLimitSeconds = 60;
            c.hardTimeLimitSeconds = 120;
            c.maxRetries = 1;
        });
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        QStringList warnings;
        connect(env.queue.get(), &JobQueue::jobChanged, this, [&](const Job &j) {
            if (!j.warning.isEmpty() && !warnings.contains(j.warning))
                warnings << j.warning;
        });
        const QUuid id = env.add(QStringLiteral("slow.wav"));
        QTRY_VERIFY(env.ended({id}));
        const Job j = env.job(id);
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(j.errorCategory, ErrorCategory::TimedOut);  // not "cancelled"
        QCOMPARE(j.errorMessage(), QStringLiteral("Stopped after 2 minute(s): the time limit for one job."));
        QCOMPARE(j.attempts, 2);  // timed out is transient: retried once
        QCOMPARE(warnings, QStringList{QStringLiteral("This is taking longer than 1 minute(s).")});
    }

    void softLimitAloneOnlyWarns()
    {
        FakeQueueEnv env(1, [](QueueConfig &c) { c.softTimeLimitSeconds = 60; });
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        const QUuid id = env.add(QStringLiteral("long.wav"));
        QTRY_VERIFY(!env.job(id).warning.isEmpty());
        QCOMPARE(env.state(id), JobState::Converting);  // still at work
        env.attempts->current(id)->succeedNow();
        QTRY_COMPARE(env.state(id), JobState::Done);
        QCOMPARE(env.job(id).attempts, 1);
    }

    void timeLimitsStandStillWhilePaused()
    {
        FakeQueueEnv env(1, [](QueueConfig &c) {
            c.hardTimeLimitSeconds = 100;  // 100 ms
            c.maxRetries = 0;
        });
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        const QUuid id = env.add(QStringLiteral("paused.wav"));
        QTRY_VERIFY(env.attempts->current(id));
        env.queue->pause();
        QTest::qWait(400);  // four times the limit
        QCOMPARE(env.state(id), JobState::Converting);
        QVERIFY(!env.attempts->current(id)->isCancelled());
        env.queue->resume();
        QTRY_VERIFY(env.ended({id}));
        QCOMPARE(env.job(id).errorCategory, ErrorCategory::TimedOut);
    }

    void pauseHoldsRunningWorkAndStartsNothing()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) {
            FakeScript s = script(End::Succeed, 60);
            s.progressReports = 3;
            return s;
        };
        QSignalSpy paused(env.queue.get(), &JobQueue::pausedChanged);
        const QUuid a = env.add(QStringLiteral("running.wav"));
        QTRY_VERIFY(env.attempts->current(a));
        env.queue->pause();
        QVERIFY(env.queue->isPaused());
        QCOMPARE(paused.size(), 1);
        FakeAttempt *attempt = env.attempts->current(a);
        QVERIFY(attempt->isPaused());  // the queue paused the running work itself
        const Job held = env.job(a);
        QVERIFY(held.paused);
        QCOMPARE(held.speed, 0.0);
        QCOMPARE(held.etaSeconds, -1);
        const QUuid b = env.add(QStringLiteral("waiting.wav"));
        QTest::qWait(200);  // more than the attempt's whole run
        QCOMPARE(env.state(a), JobState::Converting);
        QCOMPARE(env.state(b), JobState::Queued);
        QCOMPARE(env.attempts->attemptsOf(b), 0);
        env.queue->pause();  // twice changes nothing
        QCOMPARE(paused.size(), 1);
        env.queue->resume();
        QVERIFY(!attempt->isPaused());
        QVERIFY(!env.job(a).paused);
        QTRY_VERIFY(env.ended({a, b}));
        QCOMPARE(env.attempts->startOrder(), (QList<QUuid>{a, b}));
        QCOMPARE(paused.size(), 2);
    }

    void progressReachesObserversNotTheStore()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        const QUuid id = env.add(QStringLiteral("progress.wav"));
        QTRY_COMPARE(env.state(id), JobState::Converting);
        QSignalSpy changed(env.queue.get(), &JobQueue::jobChanged);
        env.attempts->current(id)->reportProgress(0.5);
        QTRY_COMPARE(changed.size(), 1);
        const Job j = changed.first().first().value<Job>();
        QCOMPARE(j.progress, 0.5);
        QCOMPARE(j.bytesDone, qint64(500000));
        QVERIFY(j.etaSeconds >= 0);
        QCOMPARE(env.stored(id).progress, 0.0);  // progress restarts with the attempt anyway
    }

    void everyAnnouncedChangeHasANewerRevision()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        QSignalSpy added(env.queue.get(), &JobQueue::jobAdded);
        QSignalSpy changed(env.queue.get(), &JobQueue::jobChanged);
        const QUuid id = env.add(QStringLiteral("revisions.wav"));
        QTRY_COMPARE(env.state(id), JobState::Converting);
        env.attempts->current(id)->reportProgress(0.25);  // announced, not stored
        QTRY_VERIFY(changed.size() >= 2);
        quint64 last = added.first().first().value<Job>().revision;
        QVERIFY(last > 0);
        for (const QList<QVariant> &change : changed) {
            const quint64 revision = change.first().value<Job>().revision;
            QVERIFY2(revision > last, "each change is newer than the one before");
            last = revision;
        }
        QCOMPARE(env.job(id).revision, last);
        QCOMPARE(env.queue->revision(), last);
    }

    void duplicatesAreSuppressed()
    {
        FakeQueueEnv env(1);
        env.queue->pause();
        const QString file = env.input(QStringLiteral("dup.wav"));
        const AddResult first = env.queue->add(file);
        const AddResult again = env.queue->add(QStringLiteral("file://") + file);
        QVERIFY(again.duplicate);
        QVERIFY(!again.alreadyConverted);
        QCOMPARE(again.id, first.id);
        AddOptions elsewhere;
        elsewhere.outputDir = env.dir.filePath(QStringLiteral("other"));
        const AddResult otherFolder = env.queue->add(file, elsewhere);
        QVERIFY(!otherFolder.duplicate);  // another folder is another request
        env.queue->resume();
        QTRY_VERIFY(env.ended({first.id, otherFolder.id}));

        const AddResult afterDone = env.queue->add(file);
        QVERIFY(afterDone.duplicate);
        QVERIFY(afterDone.alreadyConverted);  // its MP3 is what converting again would make
        QCOMPARE(afterDone.id, first.id);
        AddOptions again2;
        again2.convertAgain = true;
        const AddResult forced = env.queue->add(file, again2);
        QVERIFY(!forced.duplicate);
        QTRY_VERIFY(env.ended({forced.id}));

        // The input changed: converted again.
        QTest::qWait(5);
        env.input(QStringLiteral("dup.wav"), "other audio, other size");
        const AddResult changed = env.queue->add(file);
        QVERIFY(!changed.duplicate);
        QTRY_VERIFY(env.ended({changed.id}));
        // The MP3 is gone: converted again.
        QFile::remove(env.job(changed.id).outputPath);
        QFile::remove(env.job(forced.id).outputPath);
        QFile::remove(env.job(first.id).outputPath);
        QVERIFY(!env.queue->add(file).duplicate);
    }

    void aRunningJobIsTheSameRequestOnlyWithTodaysEncoder()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        const QString file = env.input(QStringLiteral("enc.wav"));
        const QUuid running = env.queue->add(file).id;
        QTRY_VERIFY(env.attempts->current(running));
        QCOMPARE(env.queue->add(file).id, running);
        EncoderSettings other = env.queue->config().encoder;
        other.bitrateKbps = other.bitrateKbps == 320 ? 128 : 320;
        env.queue->setEncoder(other);
        const AddResult next = env.queue->add(file);
        QVERIFY(!next.duplicate);
        QCOMPARE(env.attempts->lastConfig().encoder.key(), env.job(running).encoderKey);
    }

    void refusesBadInputAndLocalFilesFromTheWeb()
    {
        FakeQueueEnv env(1);
        QVERIFY(!env.queue->add(QStringLiteral("javascript:alert(1)")).error.isEmpty());
        QVERIFY(!env.queue->add(QStringLiteral("   ")).error.isEmpty());
        AddOptions web;
        web.allowLocalFiles = false;
        const AddResult local = env.queue->add(env.input(QStringLiteral("web.wav")), web);
        QVERIFY(local.id.isNull());
        QVERIFY(!local.error.isEmpty());
        QCOMPARE(env.queue->jobs().size(), 0);
        QCOMPARE(env.attempts->starts().size(), 0);
    }

    void cancelQueuedAndRunning()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        const QUuid running = env.add(QStringLiteral("long.wav"));
        const QUuid queued = env.add(QStringLiteral("short.wav"));
        QTRY_VERIFY(env.attempts->current(running));
        QVERIFY(env.queue->cancel(queued));
        QCOMPARE(env.state(queued), JobState::Cancelled);  // at once: nothing runs for it
        QCOMPARE(env.stored(queued).state, JobState::Cancelled);
        QVERIFY(env.queue->cancel(running));
        QVERIFY(env.attempts->current(running)->isCancelled());
        QTRY_COMPARE(env.state(running), JobState::Cancelled);  // once the attempt has ended
        QCOMPARE(env.job(running).errorCategory, ErrorCategory::Cancelled);
        QVERIFY(!env.queue->cancel(running));  // already over
        QCOMPARE(env.attempts->attemptsOf(queued), 0);

        // Retry brings a cancelled job back, counting attempts afresh.
        env.attempts->script = [](const Job &) { return script(End::Succeed); };
        QVERIFY(env.queue->retry(queued));
        QTRY_COMPARE(env.state(queued), JobState::Done);
        QCOMPARE(env.job(queued).attempts, 1);
        QVERIFY(!env.queue->retry(queued));  // only failed or cancelled ones
    }

    void removeARunningJobLetsTheNextOneRun()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        const QUuid running = env.add(QStringLiteral("removed.wav"));
        const QUuid next = env.add(QStringLiteral("next.wav"));
        QTRY_VERIFY(env.attempts->current(running));
        QSignalSpy removed(env.queue.get(), &JobQueue::jobRemoved);
        QVERIFY(env.queue->remove(running));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!env.queue->job(running));
        QTRY_COMPARE(env.state(next), JobState::Converting);
        QCOMPARE(env.store->loadAll().size(), 1);
        QVERIFY(!env.queue->remove(running));
    }

    void restoreRequeuesInterruptedJobsAndCleansUp()
    {
        FakeQueueEnv env(1);
        const QString out = env.config.defaultOutputDir;
        QDir().mkpath(out);
        const QString part = QDir(out).filePath(QStringLiteral("half.mp3.part"));
        {
            QFile f(part);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half an mp3");
        }
        const QString leftover = QDir(env.config.workRoot).filePath(QStringLiteral("leftover"));
        QDir().mkpath(leftover);
        Job interrupted;
        interrupted.id = QUuid::createUuid();
        interrupted.input = env.input(QStringLiteral("restore.wav"));
        interrupted.key = interrupted.input;
        interrupted.outputDir = out;
        interrupted.state = JobState::Converting;
        interrupted.partPath = part;
        interrupted.attempts = 1;
        interrupted.addedAt = env.clock.now();
        QVERIFY(env.store->save(interrupted));
        Job done = interrupted;
        done.id = QUuid::createUuid();
        done.state = JobState::Done;
        done.partPath.clear();
        QVERIFY(env.store->save(done));

        env.reopen([](const Job &) { return script(End::Hang); });
        QVERIFY(!QFile::exists(part));
        QVERIFY(!QDir(leftover).exists());
        QCOMPARE(env.state(done.id), JobState::Done);  // finished ones stay finished
        QTRY_COMPARE(env.state(interrupted.id), JobState::Converting);
        QCOMPARE(env.job(interrupted.id).attempts, 2);
        QVERIFY(env.job(interrupted.id).partPath.isEmpty());
        QCOMPARE(env.attempts->starts().size(), 1);
    }

    void playlistExpandsIntoChildJobs()
    {
        FakeQueueEnv env(2);
        const QList<PlaylistEntry> entries = {
            {QStringLiteral("https://example.com/1.mp3"), QString(), QStringLiteral("One")},
            {QStringLiteral("https://example.com/2.mp3"), QString(), QStringLiteral("Two")},
            {QStringLiteral("https://example.com/1.mp3"), QString(), QStringLiteral("One again")},  // a repeat
        };
        env.attempts->script = [&entries](const Job &job) {
            if (!job.input.contains(QStringLiteral("list")))
                return script(End::Succeed);
            FakeScript s = script(End::Playlist);
            s.playlistTitle = QStringLiteral("A List");
            s.entries = entries;
            return s;
        };
        AddOptions web;
        web.blockLocalHosts = true;
        const QUuid parent = env.queue->add(QStringLiteral("https://example.com/list"), web).id;
        QTRY_COMPARE(env.state(parent), JobState::Done);
        const Job p = env.job(parent);
        QCOMPARE(p.title, QStringLiteral("A List"));
        QVERIFY(p.outputPath.isEmpty());
        const QList<QUuid> children = env.queue->childrenOf(parent);
        QCOMPARE(children.size(), 2);  // the repeat is the same request
        QCOMPARE(env.job(children[0]).title, QStringLiteral("One"));
        QCOMPARE(env.job(children[1]).title, QStringLiteral("Two"));
        for (const QUuid &child : children) {
            QVERIFY(env.job(child).blockLocalHosts);  // a web playlist's entries stay web links
            QCOMPARE(env.stored(child).parentId, parent);
        }
        QTRY_VERIFY(env.ended(children));
    }

    void shutdownRecordsRunningJobsAsQueuedAndTheyResume()
    {
        FakeQueueEnv env(2);
        env.attempts->script = [](const Job &) { return script(End::Hang); };
        const QUuid a = env.add(QStringLiteral("sa.wav"));
        const QUuid b = env.add(QStringLiteral("sb.wav"));
        const QUuid c = env.add(QStringLiteral("sc.wav"));
        QTRY_COMPARE(env.queue->runningCount(), 2);
        QSignalSpy finished(env.queue.get(), &JobQueue::shutdownFinished);
        env.queue->shutdownAsync(5000);
        QVERIFY(env.queue->isShuttingDown());
        QCOMPARE(finished.size(), 0);  // always from the event loop
        for (const QUuid &id : {a, b, c}) {
            QCOMPARE(env.state(id), JobState::Queued);  // recorded at once
            QCOMPARE(env.stored(id).state, JobState::Queued);
        }
        const QUuid late = env.add(QStringLiteral("late.wav"));  // kept for the next start
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(env.attempts->activeCount(), 0);
        QCOMPARE(env.attempts->abandonedCount(), 0);
        QCOMPARE(env.queue->runningCount(), 0);
        QCOMPARE(env.attempts->attemptsOf(late), 0);
        QCOMPARE(env.attempts->attemptsOf(c), 0);
        QTest::qWait(20);
        QCOMPARE(env.state(a), JobState::Queued);  // the attempts' own "cancelled" changes nothing

        env.reopen([](const Job &) { return script(End::Succeed); });
        QTRY_VERIFY(env.ended({a, b, c, late}));
        QCOMPARE(env.job(a).attempts, 2);
        QCOMPARE(env.job(late).attempts, 1);
    }

    void shutdownGivesUpAtItsBound()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) {
            FakeScript s = script(End::Hang);
            s.ignoresCancel = true;  // like yt-dlp's uncancellable --version
            s.lingerMs = 400;
            return s;
        };
        const QUuid id = env.add(QStringLiteral("stuck.wav"));
        QTRY_VERIFY(env.attempts->current(id));
        QSignalSpy finished(env.queue.get(), &JobQueue::shutdownFinished);
        env.queue->shutdownAsync(30);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(env.state(id), JobState::Queued);
        QCOMPARE(env.stored(id).state, JobState::Queued);
        QCOMPARE(env.attempts->activeCount(), 1);  // still at work, left to end on its own
        env.queue->shutdownAsync(30);  // a second call repeats the answer
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().toBool(), false);
        // The blocking form waits at most its bound, then abandons what is left.
        env.queue->shutdown(20);
        QCOMPARE(env.attempts->abandonedCount(), 1);
        QTRY_COMPARE(env.attempts->activeCount(), 0);  // it ends on its own
        QTest::qWait(20);  // its late "cancelled" changes nothing: the queue let go of it
        QCOMPARE(env.state(id), JobState::Queued);
        QCOMPARE(env.stored(id).state, JobState::Queued);
    }

    void blockingShutdownWithinTheBoundIsClean()
    {
        FakeQueueEnv env(1);
        env.attempts->script = [](const Job &) {
            FakeScript s = script(End::Hang);
            s.ignoresCancel = true;
            s.lingerMs = 30;  // stops soon after the cancel: within the bound
            return s;
        };
        const QUuid id = env.add(QStringLiteral("soon.wav"));
        QTRY_VERIFY(env.attempts->current(id));
        QSignalSpy finished(env.queue.get(), &JobQueue::shutdownFinished);
        env.queue->shutdown(5000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(env.attempts->abandonedCount(), 0);
        QCOMPARE(env.attempts->activeCount(), 0);
        QCOMPARE(env.stored(id).state, JobState::Queued);
    }

    void attemptsGetTodaysSettings()
    {
        FakeQueueEnv env(1, [](QueueConfig &c) {
            c.fileNameTemplate = QStringLiteral("{artist} - {title}");
            c.playlistLimit = 7;
        });
        const QUuid id = env.add(QStringLiteral("config.wav"));
        QTRY_VERIFY(env.ended({id}));
        const RunnerConfig rc = env.attempts->lastConfig();
        QCOMPARE(rc.fileNameTemplate, QStringLiteral("{artist} - {title}"));
        QCOMPARE(rc.playlistLimit, 7);
        QCOMPARE(rc.workDir, QDir(env.config.workRoot).filePath(id.toString(QUuid::WithoutBraces)));
        QCOMPARE(env.job(id).encoderKey, env.queue->config().encoder.key());
    }
};

QTEST_GUILESS_MAIN(TestQueuePolicy)
#include "tst_queuepolicy.moc"
