// The ordered, asynchronous shutdown (issue 12): JobQueue::shutdownAsync() cancels jobs stuck in
// blocking calls (a stalled download, a stalled thumbnail) and records them as queued while the
// event loop keeps running, finishes within its bound or gives up at it (state recorded either
// way), and the interrupted jobs resume on the next start; CompositionRoot::shutdownAsync() first stops
// the web server's intake and the purge timer. Real parts: a loopback HTTP server that stalls,
// fake yt-dlp scripts, media made with ffmpeg.
#include "CompositionRoot.h"
#include "FakeYtDlp.h"
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "QueueHarness.h"
#include "library/RetentionPurger.h"
#include "queue/LocalAttemptFactory.h"
#include "web/WebServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

const QString kYouTube = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");

// Counts event-loop turns: proof that nothing blocked the (GUI) thread meanwhile.
struct Ticker {
    int ticks = 0;
    QTimer timer;
    Ticker()
    {
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] { ++ticks; });
        timer.start(10);
    }
};

LocalHttpServer::Fault stallForever(qint64 afterBytes)
{
    LocalHttpServer::Fault f;
    f.stallAfterBytes = afterBytes;
    f.stallMs = 120000;
    f.times = -1;
    return f;
}

}  // namespace

class TestShutdown : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;
    QString m_song;  // 3 s of Opus in WebM

    // A yt-dlp whose answer names `formatUrl` as the audio and `thumbnailUrl` as the cover.
    static QString answerWithThumbnail(const QString &dir, const QString &formatUrl, const QString &thumbnailUrl)
    {
        const QString path = writeYouTubeAnswer(dir, formatUrl, QStringLiteral("Shutdown Song"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(QStringLiteral("thumbnail"), thumbnailUrl);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return path;
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<MediaFixtures>(m_media.path());
        QString error;
        m_song = m_fx->make(QStringLiteral("song.webm"),
                            MediaFixtures::stereoTones(3.0)
                                + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"),
                                              QStringLiteral("48k")},
                            &error);
        QVERIFY2(!m_song.isEmpty(), qPrintable(error));
        QFile cover(m_media.filePath(QStringLiteral("cover.jpg")));  // only sent when the stall is off
        QVERIFY(cover.open(QIODevice::WriteOnly));
        cover.write(QByteArray(4096, 'c'));
    }

    // A job stuck in a blocking call is cancelled and recorded as queued; the shutdown ends
    // cleanly well within its bound (the thumbnail's own timeout is 15 s, the bound 8 s), the
    // loop keeps turning, and the next start finishes the job.
    void shutdownAsyncStopsStalledJobs_data()
    {
        QTest::addColumn<bool>("viaThumbnail");
        QTest::newRow("stalled download") << false;
        QTest::newRow("stalled thumbnail") << true;
    }
    void shutdownAsyncStopsStalledJobs()
    {
        QFETCH(bool, viaThumbnail);
        LocalHttpServer server(m_media.path());
        const QString stalled = viaThumbnail ? QStringLiteral("cover.jpg") : QStringLiteral("song.webm");
        server.setFault(stalled, stallForever(viaThumbnail ? 0 : 1000));
        QTemporaryDir tool, emptyBin;
        FakeYtDlp fake(tool.path(), QStringLiteral("2024.01.01"),
                       FakeYtDlp::printFile(answerWithThumbnail(tool.path(), server.url(QStringLiteral("song.webm")),
                                                                server.url(QStringLiteral("cover.jpg")))));
        ScopedPath path(emptyBin.path());  // no JavaScript runtime is looked for beyond this
        QueueHarness env([&fake](QueueConfig &c) { c.ytDlpPath = fake.path(); });
        const QUuid id = env.queue->add(viaThumbnail ? kYouTube : server.url(QStringLiteral("song.webm"))).id;
        const JobState stuckIn = viaThumbnail ? JobState::Resolving : JobState::Downloading;
        QTRY_VERIFY2_WITH_TIMEOUT(server.requestCount(stalled) > 0 && env.queue->job(id)->state == stuckIn,
                                  qPrintable(jobStateName(env.queue->job(id)->state) + QLatin1Char(' ')
                                             + env.queue->job(id)->errorMessage()),
                                  20000);
        QTest::qWait(200);  // well inside the blocking call

        QSignalSpy finished(env.queue.get(), &JobQueue::shutdownFinished);
        Ticker ticker;
        QElapsedTimer clock;
        clock.start();
        env.queue->shutdownAsync(8000);
        const qint64 callMs = clock.elapsed();
        QCOMPARE(finished.size(), 0);  // always from the event loop
        QCOMPARE(env.store->loadAll().first().state, JobState::Queued);  // recorded at once
        QVERIFY(finished.wait(20000));
        const qint64 totalMs = clock.elapsed();
        qInfo("shutdownAsync returned after %lld ms, finished after %lld ms, %d ticks", callMs, totalMs, ticker.ticks);
        QVERIFY2(callMs < 2000, qPrintable(QString::number(callMs)));
        QCOMPARE(finished.first().first().toBool(), true);  // clean: before the bound
        QVERIFY(ticker.ticks > 0);
        QCOMPARE(env.queue->attempts().activeCount(), 0);
        const Job recorded = env.store->loadAll().first();
        QCOMPARE(recorded.state, JobState::Queued);
        QCOMPARE(recorded.attempts, 1);
        QCOMPARE(env.queue->runningCount(), 0);

        // The next start picks it up and finishes it.
        server.clearFaults();
        const QueueConfig config = env.queue->config();
        env.queue.reset();
        env.queue = std::make_unique<JobQueue>(env.store.get(), std::make_unique<LocalAttemptFactory>(), config);
        env.queue->restore();
        const Job done = env.waitForEnd(id);
        QVERIFY2(done.state == JobState::Done, qPrintable(done.errorMessage()));
        QCOMPARE(done.attempts, 2);
    }

    // A worker that cannot stop at once (yt-dlp's --version is bounded, not cancellable): the
    // shutdown gives up at its bound, says so, and the job is recorded as queued anyway.
    void shutdownAsyncGivesUpAtItsBound()
    {
        QTemporaryDir tool;
        const QString started = tool.filePath(QStringLiteral("started"));
        const QString ytDlp = tool.filePath(QStringLiteral("yt-dlp"));
        {
            QFile script(ytDlp);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\nif [ \"$1\" = --version ]; then /usr/bin/touch '" + QFile::encodeName(started)
                         + "'; /bin/sleep 3; echo 2024.01.01; exit 0; fi\nexit 1\n");
            script.close();
            script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        QueueHarness env([&ytDlp](QueueConfig &c) { c.ytDlpPath = ytDlp; });
        const QUuid id = env.queue->add(kYouTube).id;
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 20000);

        QSignalSpy finished(env.queue.get(), &JobQueue::shutdownFinished);
        QElapsedTimer clock;
        clock.start();
        env.queue->shutdownAsync(300);
        QVERIFY(finished.wait(10000));
        const qint64 ms = clock.elapsed();
        qInfo("gave up after %lld ms", ms);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(ms < 2500, qPrintable(QString::number(ms)));  // the worker itself needs ~3 s more
        QCOMPARE(env.queue->job(id)->state, JobState::Queued);
        QCOMPARE(env.store->loadAll().first().state, JobState::Queued);
        // A second call only repeats the answer.
        env.queue->shutdownAsync(300);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 2);
        // The worker ends on its own; its late outcome changes nothing.
        QTRY_COMPARE_WITH_TIMEOUT(env.queue->attempts().activeCount(), 0, 15000);
        QTest::qWait(100);
        QCOMPARE(env.store->loadAll().first().state, JobState::Queued);
    }

    // The engine's order: the web server stops taking links (new connections refused, a link
    // sent on an open one answered 503), the purge timer stops, running jobs are cancelled and
    // recorded as queued, then `finished` runs, all while the event loop keeps running.
    void engineShutdownStopsIntakeThenJobs()
    {
        QTemporaryDir profile;
        LocalHttpServer server(m_media.path());
        server.setFault(QStringLiteral("song.webm"), stallForever(1000));
        CommandLineOptions options;
        options.headless = true;
        options.profileDir = profile.path();
        options.outputDir = profile.filePath(QStringLiteral("out"));
        options.workers = 1;
        options.web = true;
        options.webPort = 0;
        options.webListen = QStringLiteral("127.0.0.1");
        options.allowLocalSources = true;  // the media server is on 127.0.0.1
        auto root = std::make_unique<CompositionRoot>(options);
        QVERIFY2(root->isReady(), qPrintable(root->error()));
        QVERIFY2(root->webServer(), qPrintable(root->webError()));
        const quint16 port = root->webServer()->port();
        QVERIFY(!root->purger().isStopped());

        const auto post = [port](QTcpSocket &socket, const QString &link) {
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("video_url"), link}}).toJson();
            socket.write("POST /submit HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                         + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                         + "\r\n\r\n" + body);
        };
        const auto statusOf = [](QTcpSocket &socket) {
            QByteArray answer;
            QElapsedTimer t;
            t.start();
            while (!answer.contains("\r\n") && t.elapsed() < 10000) {
                QTest::qWait(10);
                answer += socket.readAll();
            }
            return QString::fromLatin1(answer).section(QLatin1Char(' '), 1, 1).toInt();
        };
        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(first.waitForConnected(5000));
        post(first, server.url(QStringLiteral("song.webm")));
        QCOMPARE(statusOf(first), 201);
        QTRY_COMPARE_WITH_TIMEOUT(root->queue().jobs().size(), 1, 5000);
        const QUuid id = root->queue().jobs().first().id;
        QTRY_VERIFY_WITH_TIMEOUT(root->queue().job(id)->state == JobState::Downloading, 20000);
        QTcpSocket open;  // connected before the shutdown, used after it
        open.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(open.waitForConnected(5000));
        QTest::qWait(200);

        bool done = false;
        Ticker ticker;
        QElapsedTimer clock;
        clock.start();
        root->shutdownAsync([&done] { done = true; }, 8000);
        QVERIFY(root->isShuttingDown());
        QVERIFY(!root->webServer()->isTakingLinks());
        QVERIFY(root->purger().isStopped());
        QCOMPARE(root->queue().job(id)->state, JobState::Queued);
        post(open, QStringLiteral("https://example.com/late.mp3"));
        QCOMPARE(statusOf(open), 503);
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(2000));
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        qInfo("engine shut down in %lld ms, %d ticks", clock.elapsed(), ticker.ticks);
        QVERIFY(ticker.ticks > 0);
        QCOMPARE(root->queue().jobs().size(), 1);  // the late link was not taken
        QCOMPARE(root->queue().attempts().activeCount(), 0);
        root.reset();

        JobStore store(QDir(profile.path()).filePath(QStringLiteral("jobs.db")));
        QVERIFY(store.open());
        const QList<Job> jobs = store.loadAll();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().state, JobState::Queued);
    }
};

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
