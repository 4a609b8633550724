// "Pause Queue" really pauses (issue 13 item 12): a direct download closes its connection and
// goes on with Range from the bytes on disk, a yt-dlp child is stopped and continued, the
// encoder and the stream copier wait at the PauseGate, time limits stand still, and cancel
// still works while paused. Real local HTTP server, real processes, real transcodes.
#include "FakeYtDlp.h"
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "QueueHarness.h"
#include "source/HttpDownloader.h"
#include "source/ProcessRun.h"
#include "transcode/PauseGate.h"
#include "transcode/Transcoder.h"
#include "web/JobJson.h"

#include <QtTest>

#include <functional>
#include <thread>

using namespace tunedrop;
using namespace tunedrop::test;
using Fault = LocalHttpServer::Fault;

namespace {

constexpr int kQuietMs = 800;    // how long "nothing moves while paused" is watched
constexpr int kSettleMs = 300;   // for a pause to reach the download's thread
constexpr int kHangMs = 30000;   // generous: only catches hangs

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The state letter of /proc/<pid>/stat: 'T' stopped, 'S' sleeping, 'R' running...
char processState(qint64 pid)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 && close + 2 < stat.size() ? stat.at(close + 2) : '?';
}

template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = kHangMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

// Joins a worker thread when the test function returns, also early after a failed check (a
// joinable std::thread would abort the whole run): `stop` first makes the worker end.
struct JoinGuard {
    std::thread &thread;
    std::function<void()> stop;
    ~JoinGuard()
    {
        if (thread.joinable()) {
            stop();
            thread.join();
        }
    }
};

}  // namespace

class TestPause : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;
    QString m_wav;   // 20 s of music-like stereo: ~3.8 MB, a download that lasts a while
    QString m_mp3;   // 20 s at 128 kbps: stream-copied at the default 192 kbps

private slots:
    void initTestCase()
    {
        QVERIFY(m_media.isValid());
        m_fx = std::make_unique<MediaFixtures>(m_media.path());
        QString error;
        m_wav = m_fx->make(QStringLiteral("song.wav"), MediaFixtures::musicLike(20), &error);
        QVERIFY2(!m_wav.isEmpty(), qPrintable(error));
        m_mp3 = m_fx->make(QStringLiteral("song.mp3"),
                           MediaFixtures::musicLike(20) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                                                      QStringLiteral("-b:a"), QStringLiteral("128k")},
                           &error);
        QVERIFY2(!m_mp3.isEmpty(), qPrintable(error));
    }

    // The download stands still while paused, then asks for the rest from the byte it had
    // (or, from a server without ranges, starts over in place): the file is the same either way.
    void downloaderPausesAndResumes_data()
    {
        QTest::addColumn<bool>("ignoreRange");
        QTest::newRow("server with ranges") << false;
        QTest::newRow("server without ranges") << true;
    }
    void downloaderPausesAndResumes()
    {
        QFETCH(bool, ignoreRange);
        LocalHttpServer server(m_media.path());
        Fault slow;
        slow.chunkDelayMs = 30;  // ~2 MB/s: about two seconds for the whole file
        slow.ignoreRange = ignoreRange;
        server.setFault(QStringLiteral("song.wav"), slow);
        QTemporaryDir work;
        DownloadOptions o;
        o.url = QUrl(server.url(QStringLiteral("song.wav")));
        o.targetPath = work.filePath(QStringLiteral("download"));
        HttpDownloader downloader(o);
        downloader.start();
        QVERIFY(waitUntil([&] { return downloader.progress().received > 256 * 1024; }));

        downloader.pause();
        QTest::qWait(kSettleMs);
        const qint64 atPause = downloader.progress().received;
        const qint64 onDisk = QFileInfo(o.targetPath).size();
        QTest::qWait(kQuietMs);
        QCOMPARE(downloader.progress().received, atPause);
        QCOMPARE(QFileInfo(o.targetPath).size(), onDisk);
        QCOMPARE(downloader.progress().bytesPerSecond, 0.0);
        QVERIFY(!downloader.isFinished());
        QVERIFY2(atPause < QFileInfo(m_wav).size(), "the pause came too late to show anything");
        QCOMPARE(server.requestCount(QStringLiteral("song.wav")), 1);

        downloader.resume();
        QVERIFY(downloader.waitForFinished(kHangMs));
        QVERIFY2(!downloader.error().isError(), qPrintable(downloader.error().text()));
        const QList<QByteArray> ranges = server.rangeHeaders(QStringLiteral("song.wav"));
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0), QByteArray());
        QCOMPARE(ranges.at(1), "bytes=" + QByteArray::number(atPause) + '-');
        QVERIFY(readAll(o.targetPath) == readAll(m_wav));  // what an unpaused run gets: the file
    }

    // Paused before it began: no request until resumed.
    void downloaderPausedBeforeStart()
    {
        LocalHttpServer server(m_media.path());
        QTemporaryDir work;
        DownloadOptions o;
        o.url = QUrl(server.url(QStringLiteral("song.wav")));
        o.targetPath = work.filePath(QStringLiteral("download"));
        HttpDownloader downloader(o);
        downloader.pause();
        downloader.start();
        QTest::qWait(kQuietMs);
        QCOMPARE(server.requestCount(), 0);
        downloader.resume();
        QVERIFY(downloader.waitForFinished(kHangMs));
        QVERIFY2(!downloader.error().isError(), qPrintable(downloader.error().text()));
        QVERIFY(readAll(o.targetPath) == readAll(m_wav));
    }

    // A child and its own child are stopped (SIGSTOP to the group) and continued; the paused
    // time does not count against the time limit; cancel kills a stopped child.
    void processStopsAndContinues()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("child.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // 10 steps of 0.1 s: one second of its own time, however long it is stopped.
        f.write("#!/bin/sh\n/bin/sleep 600 &\necho \"pids $$ $!\"\n"
                "i=0; while [ $i -lt 10 ]; do echo step $i; i=$((i+1)); /bin/sleep 0.1; done\nkill $!\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        PauseGate gate;
        std::atomic_bool cancel{false};
        QMutex mutex;
        QList<QByteArray> lines;
        ProcessRun run;
        std::thread worker([&] {
            run = runProcess(script, {}, cancel, 4000, [&](const QByteArray &line) {
                const QMutexLocker lock(&mutex);
                lines << line;
            }, {}, &gate);
        });
        const JoinGuard guard{worker, [&] { cancel = true; gate.resume(); }};
        const auto lineCount = [&] { const QMutexLocker lock(&mutex); return lines.size(); };
        QVERIFY(waitUntil([&] { return lineCount() >= 3; }));
        QList<QByteArray> pids;
        {
            const QMutexLocker lock(&mutex);
            pids = lines.first().split(' ');
        }
        QCOMPARE(pids.size(), 3);
        const qint64 shell = pids.at(1).toLongLong(), grandchild = pids.at(2).toLongLong();

        gate.pause();
        QVERIFY(waitUntil([&] { return processState(shell) == 'T' && processState(grandchild) == 'T'; }, 5000));
        const qsizetype atPause = lineCount();
        QTest::qWait(4500);  // longer than the 4 s limit: paused time must not count
        QCOMPARE(lineCount(), atPause);
        QCOMPARE(processState(shell), 'T');

        gate.resume();
        QVERIFY(waitUntil([&] { return processState(shell) != 'T'; }, 5000));
        worker.join();
        QVERIFY(!run.timedOut);
        QVERIFY(!run.cancelled);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lineCount(), 11);  // the pids and every step: nothing lost

        // Cancel while stopped: killed at once, not left stopped.
        lines.clear();  // no thread runs now
        std::thread second([&] {
            run = runProcess(script, {}, cancel, 0, [&](const QByteArray &line) {
                const QMutexLocker lock(&mutex);
                lines << line;
            }, {}, &gate);
        });
        const JoinGuard guard2{second, [&] { cancel = true; gate.resume(); }};
        QVERIFY(waitUntil([&] { return lineCount() >= 1; }));
        qint64 shell2 = 0;
        {
            const QMutexLocker lock(&mutex);
            shell2 = lines.first().split(' ').value(1).toLongLong();
        }
        gate.pause();
        QVERIFY(waitUntil([&] { return processState(shell2) == 'T'; }, 5000));
        cancel = true;
        second.join();
        QVERIFY(run.cancelled);
        QVERIFY(waitUntil([&] { return processState(shell2) == '?'; }, 5000));  // gone, reaped
    }

    // The encoder (a WAV) and the stream copier (an MP3 below the target bitrate) make no
    // progress at a closed gate; resumed, the MP3 is the one an unpaused run writes; cancelled
    // while paused, the run ends at once.
    void transcoderWaitsAtTheGate_data()
    {
        QTest::addColumn<bool>("streamCopy");
        QTest::newRow("encode") << false;
        QTest::newRow("stream copy") << true;
    }
    void transcoderWaitsAtTheGate()
    {
        QFETCH(bool, streamCopy);
        const QString input = streamCopy ? m_mp3 : m_wav;
        QTemporaryDir out;
        const auto request = [&](const QString &folder, PauseGate *gate) {
            TranscodeRequest r;
            r.input = input;
            r.outputDir = out.filePath(folder);
            r.pauseGate = gate;
            return r;
        };
        const TranscodeResult plain = Transcoder(request(QStringLiteral("plain"), nullptr)).run();
        QVERIFY2(plain.ok(), qPrintable(plain.error.text()));
        QCOMPARE(plain.streamCopied, streamCopy);

        for (const bool cancelWhilePaused : {false, true}) {
            PauseGate gate;
            gate.pause();
            Transcoder transcoder(request(cancelWhilePaused ? QStringLiteral("cancelled") : QStringLiteral("paused"), &gate));
            std::atomic<double> reached{0};
            std::atomic_int reports{0};
            TranscodeResult result;
            std::thread worker([&] {
                result = transcoder.run([&](double f) { reached = f; ++reports; });
            });
            const JoinGuard guard{worker, [&] { transcoder.cancel(); gate.resume(); }};
            QTest::qWait(kQuietMs);
            QCOMPARE(reports.load(), 0);
            if (cancelWhilePaused)
                transcoder.cancel();
            else
                gate.resume();
            worker.join();
            if (cancelWhilePaused) {
                QCOMPARE(result.error.category, ErrorCategory::Cancelled);
                QVERIFY(QDir(out.filePath(QStringLiteral("cancelled"))).entryList({QStringLiteral("*.mp3")}).isEmpty());
                continue;
            }
            QVERIFY2(result.ok(), qPrintable(result.error.text()));
            QCOMPARE(reached.load(), 1.0);
            QVERIFY(readAll(result.outputPath) == readAll(plain.outputPath));
        }
    }

    // Through the queue: a running direct download is paused (the job says so, in the web JSON
    // too, with no speed or ETA), its file does not grow, and it finishes after resume with a
    // Range request from where it was.
    void queuePausesARunningDownload()
    {
        LocalHttpServer server(m_media.path());
        Fault slow;
        slow.chunkDelayMs = 30;
        server.setFault(QStringLiteral("song.wav"), slow);
        QueueHarness harness;
        JobQueue &queue = *harness.queue;
        const QUuid id = queue.add(server.url(QStringLiteral("song.wav"))).id;
        const QString download = harness.dir.filePath(QStringLiteral("work/%1/download").arg(id.toString(QUuid::WithoutBraces)));
        QVERIFY(waitUntil([&] { return QFileInfo(download).size() > 256 * 1024; }));

        QSignalSpy paused(&queue, &JobQueue::pausedChanged);
        queue.pause();
        QCOMPARE(paused.size(), 1);
        Job job = *queue.job(id);
        QVERIFY(job.paused);
        QVERIFY(isActiveState(job.state));
        QCOMPARE(job.speed, 0.0);
        QCOMPARE(job.etaSeconds, -1);
        QCOMPARE(jobToJson(job).value(QStringLiteral("paused")).toBool(), true);
        QTest::qWait(kSettleMs);
        const qint64 onDisk = QFileInfo(download).size();
        const double progress = queue.job(id)->progress;
        QTest::qWait(kQuietMs);
        QCOMPARE(QFileInfo(download).size(), onDisk);
        QCOMPARE(queue.job(id)->progress, progress);
        QVERIFY(queue.job(id)->paused);
        QCOMPARE(queue.job(id)->speed, 0.0);

        queue.resume();
        QVERIFY(!queue.job(id)->paused);
        QCOMPARE(jobToJson(*queue.job(id)).value(QStringLiteral("paused")).toBool(), false);
        job = harness.waitForEnd(id);
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(!job.paused);
        const QList<QByteArray> ranges = server.rangeHeaders(QStringLiteral("song.wav"));
        QCOMPARE(ranges.size(), 2);
        QVERIFY(ranges.at(1).startsWith("bytes="));
    }

    // Through the queue: yt-dlp is stopped while paused, and neither time limit runs meanwhile.
    void queueStopsYtDlpAndHoldsTimeLimits()
    {
        QTemporaryDir tool;
        const QString pidFile = tool.filePath(QStringLiteral("pid"));
        // Half a second of its own time, then an answer TuneDrop maps to "unsupported".
        FakeYtDlp fake(tool.path(), QStringLiteral("2024.01.01"),
                       "echo $$ > '" + pidFile.toUtf8() + "'\n"
                       "i=0; while [ $i -lt 5 ]; do i=$((i+1)); /bin/sleep 0.1; done\n"
                       "echo 'ERROR: Unsupported URL: x' >&2; exit 1\n");
        QueueHarness harness([&](QueueConfig &c) {
            c.ytDlpPath = fake.path();
            c.softTimeLimitSeconds = 2;
            c.hardTimeLimitSeconds = 3;
        });
        JobQueue &queue = *harness.queue;
        const QUuid id = queue.add(QStringLiteral("https://example.com/watch?v=pause")).id;
        QVERIFY(waitUntil([&] { return !readAll(pidFile).trimmed().isEmpty(); }));
        const qint64 pid = readAll(pidFile).trimmed().toLongLong();

        queue.pause();
        QVERIFY(waitUntil([&] { return processState(pid) == 'T'; }, 5000));
        QTest::qWait(3500);  // past both limits
        QCOMPARE(processState(pid), 'T');
        QVERIFY(queue.job(id)->paused);
        QVERIFY(queue.job(id)->warning.isEmpty());   // the soft limit did not fire
        QCOMPARE(queue.job(id)->state, JobState::Resolving);

        queue.resume();
        const Job job = harness.waitForEnd(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.errorCategory, ErrorCategory::Unsupported);  // not TimedOut
        QVERIFY(job.warning.isEmpty());
    }

    // Cancel while paused: the job ends as cancelled, its yt-dlp killed while stopped.
    void cancelWhilePaused()
    {
        QTemporaryDir tool;
        const QString pidFile = tool.filePath(QStringLiteral("pid"));
        FakeYtDlp fake(tool.path(), QStringLiteral("2024.01.01"),
                       "echo $$ > '" + pidFile.toUtf8() + "'\nexec /bin/sleep 600\n");
        QueueHarness harness([&](QueueConfig &c) { c.ytDlpPath = fake.path(); });
        JobQueue &queue = *harness.queue;
        const QUuid id = queue.add(QStringLiteral("https://example.com/watch?v=cancel")).id;
        QVERIFY(waitUntil([&] { return !readAll(pidFile).trimmed().isEmpty(); }));
        const qint64 pid = readAll(pidFile).trimmed().toLongLong();
        queue.pause();
        QVERIFY(waitUntil([&] { return processState(pid) == 'T'; }, 5000));
        QVERIFY(queue.cancel(id));
        const Job job = harness.waitForEnd(id);
        QCOMPARE(job.state, JobState::Cancelled);
        QVERIFY(!job.paused);
        QVERIFY(waitUntil([&] { return processState(pid) == '?'; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestPause)
#include "tst_pause.moc"
