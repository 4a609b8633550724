// JobQueue with real transcodes end to end: the pool's worker bound, commands, duplicates,
// persistence, retries and sources (local files, direct HTTP with injected faults, yt-dlp's
// generic extractor). The pure policies (order, back-off, limits, pause, shutdown steps) run
// with a fake attempt in tst_queuepolicy.
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "Mp3Probe.h"
#include "queue/JobQueue.h"
#include "queue/JobStore.h"
#include "queue/LocalAttemptFactory.h"
#include "transcode/Id3Tag.h"

#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {
const QStringList kOpus = {QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"), QStringLiteral("48k")};
}

class TestJobQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;

    // One queue over a fresh profile folder.
    struct Env {
        QTemporaryDir dir;
        std::unique_ptr<JobStore> store;
        std::unique_ptr<JobQueue> queue;
        LocalAttemptFactory *attempts = nullptr;  // owned by the queue
        QString out() const { return dir.filePath(QStringLiteral("out")); }
        QString db() const { return dir.filePath(QStringLiteral("jobs.db")); }
    };

    std::unique_ptr<Env> makeEnv(int workers, std::function<void(QueueConfig &)> tweak = {})
    {
        auto env = std::make_unique<Env>();
        env->store = std::make_unique<JobStore>(env->db());
        if (!env->store->open())
            qFatal("store: %s", qPrintable(env->store->lastError()));
        QueueConfig c;
        c.workers = workers;
        c.defaultOutputDir = env->out();
        c.workRoot = env->dir.filePath(QStringLiteral("work"));
        c.retryBaseDelayMs = 50;
        if (tweak)
            tweak(c);
        auto attempts = std::make_unique<LocalAttemptFactory>();
        env->attempts = attempts.get();
        env->queue = std::make_unique<JobQueue>(env->store.get(), std::move(attempts), c);
        env->queue->restore();
        return env;
    }

    QString media(const QString &name, double seconds, int leftHz = 1000)
    {
        if (QFile::exists(m_fx->path(name)))
            return m_fx->path(name);
        QString error;
        const QString path = m_fx->make(name, MediaFixtures::stereoTones(seconds, leftHz, 440) + kOpus, &error);
        if (path.isEmpty())
            qFatal("%s", qPrintable(error));
        return path;
    }

    static bool allTerminal(JobQueue &q, const QList<QUuid> &ids)
    {
        for (const QUuid &id : ids) {
            const auto j = q.job(id);
            if (!j || !isTerminalState(j->state))
                return false;
        }
        return true;
    }

    static QStringList leftovers(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("*.part")}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<MediaFixtures>(m_media.path());
    }

    void workerBoundHoldsAndCanChange()
    {
        auto env = makeEnv(2);
        QList<QUuid> ids;
        LocalAttemptFactory &pool = *env->attempts;  // its counters are this queue's, not the process's
        pool.resetPeak();
        for (int i = 0; i < 6; ++i)
            ids << env->queue->add(media(QStringLiteral("bound-%1.webm").arg(i), 20, 300 + 100 * i)).id;
        QTRY_VERIFY_WITH_TIMEOUT(env->queue->runningCount() == 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, ids), 120000);
        qInfo("peak concurrent attempts with workers=2: %d", pool.peakActiveCount());
        QCOMPARE(pool.peakActiveCount(), 2);
        for (const QUuid &id : ids)
            QCOMPARE(env->queue->job(id)->state, JobState::Done);

        // Raise the bound while work is queued: it applies without dropping anything.
        pool.resetPeak();
        ids.clear();
        for (int i = 0; i < 6; ++i)
            ids << env->queue->add(media(QStringLiteral("bound2-%1.webm").arg(i), 20, 300 + 100 * i)).id;
        env->queue->setWorkers(3);
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, ids), 120000);
        qInfo("peak concurrent attempts with workers=3: %d", pool.peakActiveCount());
        QCOMPARE(pool.peakActiveCount(), 3);
        QCOMPARE(QDir(env->out()).entryList({QStringLiteral("*.mp3")}).size(), 12);
    }

    void cancelQueuedAndRunning()
    {
        auto env = makeEnv(1);
        const QUuid running = env->queue->add(media(QStringLiteral("cancel-long.webm"), 300)).id;
        const QUuid queued = env->queue->add(media(QStringLiteral("cancel-short.webm"), 1)).id;
        QTRY_VERIFY_WITH_TIMEOUT(env->queue->job(running)->state == JobState::Converting
                                     && env->queue->job(running)->progress > 0.01, 30000);
        QVERIFY(env->queue->cancel(queued));
        QCOMPARE(env->queue->job(queued)->state, JobState::Cancelled);
        QElapsedTimer t;
        t.start();
        QVERIFY(env->queue->cancel(running));
        QTRY_VERIFY_WITH_TIMEOUT(env->queue->job(running)->state == JobState::Cancelled, 5000);
        qInfo("running job cancelled after %lld ms (target: within 1 s)", t.elapsed());
        QCOMPARE(leftovers(env->out()), QStringList());
        QVERIFY(!QDir(env->dir.filePath(QStringLiteral("work/") + running.toString(QUuid::WithoutBraces))).exists());
        QVERIFY(!env->queue->cancel(running));  // already finished

        // Retry brings a cancelled job back and it completes.
        QVERIFY(env->queue->retry(queued));
        QTRY_COMPARE_WITH_TIMEOUT(env->queue->job(queued)->state, JobState::Done, 30000);
    }

    void removeOptionallyDeletesTheFile()
    {
        auto env = makeEnv(2);
        const QUuid keep = env->queue->add(media(QStringLiteral("remove-keep.webm"), 1)).id;
        const QUuid drop = env->queue->add(media(QStringLiteral("remove-drop.webm"), 1)).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {keep, drop}), 30000);
        const QString kept = env->queue->job(keep)->outputPath;
        const QString dropped = env->queue->job(drop)->outputPath;
        QSignalSpy removed(env->queue.get(), &JobQueue::jobRemoved);
        QVERIFY(env->queue->remove(keep, false));
        QVERIFY(env->queue->remove(drop, true));
        QCOMPARE(removed.size(), 2);
        QVERIFY(QFile::exists(kept));
        QVERIFY(!QFile::exists(dropped));
        QCOMPARE(env->queue->jobs().size(), 0);
        QCOMPARE(env->store->loadAll().size(), 0);
    }

    void duplicatesAreSuppressed()
    {
        auto env = makeEnv(1);
        env->queue->pause();
        const QString file = media(QStringLiteral("dup.webm"), 1);
        const AddResult first = env->queue->add(file);
        const AddResult again = env->queue->add(QStringLiteral("file://") + file);
        QVERIFY(again.duplicate);
        QCOMPARE(again.id, first.id);
        env->queue->resume();
        QTRY_COMPARE_WITH_TIMEOUT(env->queue->job(first.id)->state, JobState::Done, 30000);
        const AddResult afterDone = env->queue->add(file);
        QVERIFY(afterDone.duplicate);  // its MP3 still exists: offered instead of converting again
        QCOMPARE(afterDone.id, first.id);
        QFile::remove(env->queue->job(first.id)->outputPath);
        const AddResult afterDelete = env->queue->add(file);
        QVERIFY(!afterDelete.duplicate);
        QVERIFY(afterDelete.id != first.id);
    }

    void missingFileFailsWithoutRetry()
    {
        auto env = makeEnv(1);
        const QUuid id = env->queue->add(m_fx->path(QStringLiteral("no-such-file.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 10000);
        const Job j = *env->queue->job(id);
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(j.errorCategory, ErrorCategory::NotFound);
        QCOMPARE(j.attempts, 1);
        QVERIFY(j.errorMessage().contains(QStringLiteral("does not exist")));
    }

    void progressIsThrottled()
    {
        auto env = makeEnv(1);
        const QUuid id = env->queue->add(media(QStringLiteral("throttle.webm"), 240)).id;
        QList<qint64> stamps;
        QElapsedTimer clock;
        clock.start();
        connect(env->queue.get(), &JobQueue::jobChanged, this, [&](const Job &j) {
            if (j.id == id && j.state == JobState::Converting)
                stamps << clock.elapsed();
        });
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 60000);
        QVERIFY(stamps.size() >= 5);
        // Count updates in every one-second window: about 10 at most.
        int worst = 0;
        for (int i = 0; i < stamps.size(); ++i) {
            int n = 0;
            for (int k = i; k < stamps.size() && stamps[k] - stamps[i] < 1000; ++k)
                ++n;
            worst = std::max(worst, n);
        }
        qInfo("%lld progress updates, at most %d in any second", qint64(stamps.size()), worst);
        QVERIFY(worst <= 12);
    }

    void restoreRequeuesInterruptedJobsAndCleansUp()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        const QString staleParts = QDir(out).filePath(QStringLiteral("restore.mp3.part"));
        {
            QFile f(staleParts);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half an mp3");
        }
        const QString workDir = dir.filePath(QStringLiteral("work/leftover"));
        QDir().mkpath(workDir);
        Job interrupted;
        interrupted.id = QUuid::createUuid();
        interrupted.input = media(QStringLiteral("restore.webm"), 2);
        interrupted.key = interrupted.input;
        interrupted.outputDir = out;
        interrupted.state = JobState::Converting;
        interrupted.partPath = staleParts;
        interrupted.attempts = 1;
        interrupted.addedAt = QDateTime::currentDateTimeUtc();
        {
            JobStore store(dir.filePath(QStringLiteral("jobs.db")));
            QVERIFY(store.open());
            QVERIFY(store.save(interrupted));
        }
        JobStore store(dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(store.open());
        QueueConfig c;
        c.workers = 1;
        c.defaultOutputDir = out;
        c.workRoot = dir.filePath(QStringLiteral("work"));
        JobQueue queue(&store, std::make_unique<LocalAttemptFactory>(), c);
        queue.restore();
        QVERIFY(!QFile::exists(staleParts) || queue.job(interrupted.id)->state != JobState::Queued);
        QVERIFY(!QDir(workDir).exists());
        QTRY_COMPARE_WITH_TIMEOUT(queue.job(interrupted.id)->state, JobState::Done, 30000);
        QCOMPARE(queue.job(interrupted.id)->attempts, 2);
        QCOMPARE(leftovers(out), QStringList());
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("restore.mp3"))));
    }

    void shutdownRecordsRunningJobsAsQueued()
    {
        auto env = makeEnv(1);
        const QUuid id = env->queue->add(media(QStringLiteral("shutdown.webm"), 300)).id;
        QTRY_VERIFY_WITH_TIMEOUT(env->queue->job(id)->state == JobState::Converting, 30000);
        env->queue->shutdown();
        QCOMPARE(env->store->loadAll().first().state, JobState::Queued);
        QCOMPARE(leftovers(env->out()), QStringList());
    }

    void directHttpStreamsIntoTheTranscoder()
    {
        auto env = makeEnv(1);
        media(QStringLiteral("served.webm"), 6);
        LocalHttpServer server(m_media.path());
        const QUuid id = env->queue->add(server.url(QStringLiteral("served.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 30000);
        const Job j = *env->queue->job(id);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        const MediaProbe p = probeMedia(j.outputPath, {1000, 440});
        QCOMPARE(dominantIndex(p.tones.at(0)), 0);
        QVERIFY(qAbs(p.decodedSeconds() - 6.0) < 0.05);
        QVERIFY(j.bytesDone > 0);
        QCOMPARE(leftovers(env->out()), QStringList());
    }

    void httpNotFoundIsPermanent()
    {
        auto env = makeEnv(1);
        LocalHttpServer server(m_media.path());
        const QUuid id = env->queue->add(server.url(QStringLiteral("missing.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 30000);
        QCOMPARE(env->queue->job(id)->state, JobState::Failed);
        QCOMPARE(env->queue->job(id)->errorCategory, ErrorCategory::NotFound);
        QCOMPARE(env->queue->job(id)->attempts, 1);
    }

    void unreachableServerIsRetriedThenFails()
    {
        auto env = makeEnv(1);
        const QUuid id = env->queue->add(QStringLiteral("http://127.0.0.1:9/gone.webm")).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 30000);
        const Job j = *env->queue->job(id);
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(j.errorCategory, ErrorCategory::Network);
        QCOMPARE(j.attempts, 4);  // 1 + 3 retries, like the original task
    }

    void transientServerErrorsAreRetriedThenSucceed()
    {
        auto env = makeEnv(1, [](QueueConfig &c) { c.retryBaseDelayMs = 300; });
        media(QStringLiteral("flaky.webm"), 2);
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault busy;
        busy.status = 503;
        busy.retryAfterSeconds = 2;  // longer than our own back-off: the server's wish wins
        server.setFault(QStringLiteral("flaky.webm"), busy);
        const QUuid id = env->queue->add(server.url(QStringLiteral("flaky.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(env->queue->job(id)->attempts == 1 && env->queue->job(id)->retryAt.isValid(), 10000);
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(env->queue->job(id)->retryAt);
        QVERIFY2(wait > 1200, qPrintable(QString::number(wait)));
        QCOMPARE(env->queue->job(id)->state, JobState::Queued);
        QCOMPARE(env->queue->job(id)->errorCategory, ErrorCategory::Network);
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("flaky.webm")) >= 2, 15000);
        server.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 30000);
        const Job j = *env->queue->job(id);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        QCOMPARE(j.attempts, 3);
    }

    void serverFaults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("redirectLoop");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("attempts");
        QTest::newRow("500 forever: 1 + 3 retries") << 500 << QByteArray() << false << int(ErrorCategory::Network) << 4;
        QTest::newRow("429 forever") << 429 << QByteArray() << false << int(ErrorCategory::Network) << 4;
        QTest::newRow("403") << 403 << QByteArray() << false << int(ErrorCategory::PermissionDenied) << 1;
        QTest::newRow("web page instead of media") << 0 << QByteArray("text/html") << false << int(ErrorCategory::Unsupported) << 1;
        QTest::newRow("redirect loop") << 0 << QByteArray() << true << int(ErrorCategory::Unsupported) << 1;
    }
    void serverFaults()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(bool, redirectLoop);
        QFETCH(int, category);
        QFETCH(int, attempts);
        auto env = makeEnv(1);
        media(QStringLiteral("faulty.webm"), 1);
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault fault;
        fault.status = status;
        fault.contentType = contentType;
        if (redirectLoop)
            fault.redirectTo = QStringLiteral("faulty.webm");
        server.setFault(QStringLiteral("faulty.webm"), fault);
        const QUuid id = env->queue->add(server.url(QStringLiteral("faulty.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 30000);
        const Job j = *env->queue->job(id);
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(int(j.errorCategory), category);
        QCOMPARE(j.attempts, attempts);
        QVERIFY(!j.errorMessage().isEmpty());
        QCOMPARE(leftovers(env->out()), QStringList());
        QCOMPARE(QDir(env->out()).entryList(QDir::Files), QStringList());
    }

    void droppedConnectionResumes()
    {
        auto env = makeEnv(1);
        const QString file = media(QStringLiteral("dropped.webm"), 60);
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault drop;
        drop.dropAfterBytes = QFileInfo(file).size() / 3;
        server.setFault(QStringLiteral("dropped.webm"), drop);
        const QUuid id = env->queue->add(server.url(QStringLiteral("dropped.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 60000);
        const Job j = *env->queue->job(id);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        QCOMPARE(j.attempts, 1);  // resumed inside the attempt, not retried from scratch
        QVERIFY(server.rangeHeaders(QStringLiteral("dropped.webm")).last().startsWith("bytes="));
        QVERIFY(qAbs(probeMedia(j.outputPath).decodedSeconds() - 60.0) < 0.05);
    }

    void hardTimeLimitStopsAndRetries()
    {
        auto env = makeEnv(1, [](QueueConfig &c) {
            c.hardTimeLimitSeconds = 1;
            c.maxRetries = 1;
        });
        media(QStringLiteral("stalls.webm"), 5);
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault stall;
        stall.stallMs = 60000;
        stall.stallAfterBytes = 1024;
        stall.times = -1;
        server.setFault(QStringLiteral("stalls.webm"), stall);
        const QUuid id = env->queue->add(server.url(QStringLiteral("stalls.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 30000);
        const Job j = *env->queue->job(id);
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(j.errorCategory, ErrorCategory::TimedOut);
        QCOMPARE(j.attempts, 2);
        QVERIFY(!QDir(env->dir.filePath(QStringLiteral("work"))).exists()
                || QDir(env->dir.filePath(QStringLiteral("work"))).isEmpty());
    }

    void cancelWhileDownloadingOrResolving_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("state");
        QTest::newRow("downloading") << QStringLiteral("stuck.webm") << int(JobState::Downloading);
        QTest::newRow("resolving (yt-dlp)") << QStringLiteral("stuck.html") << int(JobState::Resolving);
    }
    void cancelWhileDownloadingOrResolving()
    {
        QFETCH(QString, file);
        QFETCH(int, state);
        if (file.endsWith(QStringLiteral(".html")) && QStandardPaths::findExecutable(QStringLiteral("yt-dlp")).isEmpty())
            QSKIP("yt-dlp is not installed");
        auto env = makeEnv(1);
        QFile f(m_fx->path(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(256 * 1024, 'x'));
        f.close();
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault stall;
        stall.stallMs = 60000;
        stall.stallAfterBytes = 100;
        stall.times = -1;
        server.setFault(file, stall);
        const QUuid id = env->queue->add(server.url(file)).id;
        QTRY_VERIFY_WITH_TIMEOUT(int(env->queue->job(id)->state) == state && server.requestCount(file) > 0, 20000);
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        QVERIFY(env->queue->cancel(id));
        QTRY_VERIFY_WITH_TIMEOUT(env->queue->job(id)->state == JobState::Cancelled, 5000);
        qInfo("cancelled while %s after %lld ms (target: within 1 s)", qPrintable(jobStateName(JobState(state))), t.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(env->dir.filePath(QStringLiteral("work/") + id.toString(QUuid::WithoutBraces))).exists(), 5000);
        QCOMPARE(QDir(env->out()).entryList(QDir::Files), QStringList());
    }

    void hlsLinksWork()
    {
        auto env = makeEnv(1);
        QString error;
        const QString playlist = m_fx->make(QStringLiteral("stream.m3u8"),
            MediaFixtures::stereoTones(6) + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-f"), QStringLiteral("hls"),
                                                        QStringLiteral("-hls_time"), QStringLiteral("2"), QStringLiteral("-hls_playlist_type"), QStringLiteral("vod"),
                                                        QStringLiteral("-hls_segment_filename"), m_fx->path(QStringLiteral("hlsseg%d.ts"))}, &error);
        QVERIFY2(!playlist.isEmpty(), qPrintable(error));
        LocalHttpServer server(m_media.path());
        const QUuid id = env->queue->add(server.url(QStringLiteral("stream.m3u8"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 30000);
        const Job j = *env->queue->job(id);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        QVERIFY(qAbs(probeMedia(j.outputPath).decodedSeconds() - 6.0) < 0.1);
        QVERIFY(server.requestCount() >= 4);  // the playlist and its segments
    }

    void playlistExpandsIntoOneJobPerEntry_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("all entries") << 200;
        QTest::newRow("limit 2") << 2;
    }
    void playlistExpandsIntoOneJobPerEntry()
    {
        QFETCH(int, limit);
        if (QStandardPaths::findExecutable(QStringLiteral("yt-dlp")).isEmpty())
            QSKIP("yt-dlp is not installed");
        auto env = makeEnv(2, [&](QueueConfig &c) { c.playlistLimit = limit; });
        media(QStringLiteral("entry-1.webm"), 2, 500);
        media(QStringLiteral("entry-3.webm"), 2, 700);
        // yt-dlp's generic extractor reads a page with several <video> tags as a playlist.
        // entry-2 does not exist: one unavailable entry must not block the others.
        QFile page(m_fx->path(QStringLiteral("playlist.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<!DOCTYPE html><html><head><title>Local Playlist</title></head><body>"
                   "<video src=\"entry-1.webm\"></video><video src=\"entry-2.webm\"></video>"
                   "<video src=\"entry-3.webm\"></video></body></html>");
        page.close();
        LocalHttpServer server(m_media.path());
        const QUuid parent = env->queue->add(server.url(QStringLiteral("playlist.html"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(env->queue->job(parent)->state == JobState::Done, 60000);
        const QList<QUuid> children = env->queue->childrenOf(parent);
        QCOMPARE(children.size(), std::min(limit, 3));
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, children), 60000);
        QCOMPARE(env->queue->job(children.at(0))->state, JobState::Done);
        QVERIFY(env->queue->job(children.at(0))->outputPath.endsWith(QStringLiteral("entry-1.mp3")));
        QCOMPARE(env->queue->job(children.at(1))->state, JobState::Failed);
        QCOMPARE(env->queue->job(children.at(1))->errorCategory, ErrorCategory::NotFound);
        if (limit >= 3) {
            QCOMPARE(env->queue->job(children.at(2))->state, JobState::Done);
            QVERIFY(env->queue->job(children.at(2))->outputPath.endsWith(QStringLiteral("entry-3.mp3")));
        }
        QVERIFY(env->queue->job(parent)->outputPath.isEmpty());
    }

    void ytDlpGenericExtractorPage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("yt-dlp")).isEmpty())
            QSKIP("yt-dlp is not installed");
        auto env = makeEnv(1);
        media(QStringLiteral("page-audio.webm"), 4);
        QFile page(m_fx->path(QStringLiteral("page.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(!m_fx->make(QStringLiteral("poster.jpg"), {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                           QStringLiteral("testsrc2=size=320x180"), QStringLiteral("-frames:v"), QStringLiteral("1")}, &error).isEmpty());
        page.write("<!DOCTYPE html><html><head><title>Local Song Page</title></head><body>"
                   "<video controls poster=\"poster.jpg\" src=\"page-audio.webm\"></video></body></html>");
        page.close();
        LocalHttpServer server(m_media.path());
        const QUuid id = env->queue->add(server.url(QStringLiteral("page.html"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 60000);
        const Job j = *env->queue->job(id);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        QVERIFY2(!j.title.isEmpty(), "yt-dlp's metadata reaches the job");
        const TrackMetadata tags = Id3Tag::read(j.outputPath);
        QCOMPARE(tags.title, j.title);
        QVERIFY(tags.sourceUrl.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(qAbs(probeMedia(j.outputPath).decodedSeconds() - 4.0) < 0.05);
        // The page's poster (yt-dlp's thumbnail) becomes the front cover, byte for byte.
        QFile poster(m_fx->path(QStringLiteral("poster.jpg")));
        QVERIFY(poster.open(QIODevice::ReadOnly));
        QCOMPARE(tags.cover, poster.readAll());
    }

    void ytDlpDownloadsProtocolsWeDoNot()
    {
        // A page whose media is HLS: yt-dlp picks an m3u8 format, which yt-dlp itself fetches.
        if (QStandardPaths::findExecutable(QStringLiteral("yt-dlp")).isEmpty())
            QSKIP("yt-dlp is not installed");
        auto env = makeEnv(1);
        QString error;
        QVERIFY2(!m_fx->make(QStringLiteral("page-stream.m3u8"),
            MediaFixtures::stereoTones(4) + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-f"), QStringLiteral("hls"),
                                                        QStringLiteral("-hls_time"), QStringLiteral("2"), QStringLiteral("-hls_playlist_type"), QStringLiteral("vod"),
                                                        QStringLiteral("-hls_segment_filename"), m_fx->path(QStringLiteral("pageseg%d.ts"))}, &error).isEmpty(), qPrintable(error));
        QFile page(m_fx->path(QStringLiteral("hls-page.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html><head><title>Live Page</title></head><body><video src=\"page-stream.m3u8\"></video></body></html>");
        page.close();
        LocalHttpServer server(m_media.path());
        const QUuid id = env->queue->add(server.url(QStringLiteral("hls-page.html"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 60000);
        const Job j = *env->queue->job(id);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        QVERIFY(qAbs(probeMedia(j.outputPath).decodedSeconds() - 4.0) < 0.1);
        QVERIFY(server.requestCount(QStringLiteral("pageseg0.ts")) >= 1);
    }

    void missingYtDlpSaysHowToFixIt()
    {
        auto env = makeEnv(1);
        QTemporaryDir emptyPath;
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", emptyPath.path().toUtf8());
        const QUuid id = env->queue->add(QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).id;
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(*env->queue, {id}), 10000);
        qputenv("PATH", oldPath);
        const Job j = *env->queue->job(id);
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(j.attempts, 1);
        QVERIFY2(j.errorMessage().contains(QStringLiteral("yt-dlp")) && j.errorMessage().contains(QStringLiteral("install"), Qt::CaseInsensitive),
                 qPrintable(j.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
