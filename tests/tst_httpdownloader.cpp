#include "LocalHttpServer.h"
#include "source/HttpDownloader.h"
#include "source/HttpHelpers.h"

#include <QtTest>

#include <QElapsedTimer>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <thread>

#include <unistd.h>

using namespace tunedrop;
using tunedrop::test::LocalHttpServer;
using Fault = LocalHttpServer::Fault;

Q_DECLARE_METATYPE(tunedrop::test::LocalHttpServer::Fault)
Q_DECLARE_METATYPE(tunedrop::ErrorCategory)

namespace {

const QString kSong = QStringLiteral("song.webm");
constexpr qint64 kSongSize = 3 * 1024 * 1024 + 4321;  // not a multiple of any chunk size
constexpr int kHangMs = 5000;                          // generous: only catches hangs

// A finished (or hung) download and what it left behind.
struct Outcome {
    bool finished = false;
    Error error;
    int retryAfterMs = 0;
    qint64 elapsedMs = 0;
    QByteArray bytes;
};

// progressed() as received on the download thread.
struct ProgressLog {
    QMutex mutex;
    QList<qint64> received;
    QList<qint64> totals;
    double maxSpeed = 0;
};

template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

// When a server closes the connection mid-answer, Qt's HTTP client sometimes sends the same
// request again by itself (QHttpNetworkConnectionChannel::handleUnexpectedEOF); the downloader
// drops that second answer and resumes with its own Range request. Consecutive identical
// requests are folded into one for comparisons.
QByteArrayList folded(const QByteArrayList &ranges)
{
    QByteArrayList out;
    for (const QByteArray &r : ranges)
        if (out.isEmpty() || out.constLast() != r)
            out.append(r);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Reads a ByteSource from 0 to its end on a std::thread, in odd-sized pieces. Other threads
// watch `received` and `done`; `bytes` and `last` are theirs once `done` is set.
struct ConcurrentReader {
    explicit ConcurrentReader(ByteSource *input)
        : source(input), thread([this, input] {
              char buffer[7001];
              for (;;) {
                  const qint64 n = input->readAt(bytes.size(), buffer, sizeof buffer);
                  if (n <= 0) {
                      last = n;
                      break;
                  }
                  bytes.append(buffer, n);
                  received = bytes.size();
              }
              doneAt = std::chrono::steady_clock::now();
              done = true;
          })
    {
    }
    ~ConcurrentReader()  // a failed check returned early: do not wait for the download
    {
        if (thread.joinable())
            source->abort();
        join();
    }
    void join()
    {
        if (thread.joinable())
            thread.join();
    }
    QByteArray bytes;
    qint64 last = 1;
    std::chrono::steady_clock::time_point doneAt;
    std::atomic<qint64> received{0};
    std::atomic_bool done{false};
    ByteSource *source;
    std::thread thread;  // last: starts once the fields above exist
};

}  // namespace

class TestHttpDownloader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_served;
    QTemporaryDir m_out;
    QByteArray m_song;
    QByteArray m_json;
    int m_downloads = 0;

    DownloadOptions options(const LocalHttpServer &server, const QString &file)
    {
        DownloadOptions o;
        o.url = QUrl(server.url(file));
        o.targetPath = m_out.filePath(QStringLiteral("download-%1.part").arg(++m_downloads));
        o.stallTimeoutMs = 5000;
        o.maxResumes = 3;
        return o;
    }

    static Outcome run(const DownloadOptions &o)
    {
        HttpDownloader downloader(o);
        QElapsedTimer timer;
        timer.start();
        downloader.start();
        Outcome r;
        r.finished = downloader.waitForFinished(30000);
        r.elapsedMs = timer.elapsed();
        r.error = downloader.error();
        r.retryAfterMs = downloader.retryAfterMs();
        if (QFileInfo(o.targetPath).isFile())  // not /dev/full: it reads as endless zeros
            r.bytes = readFile(o.targetPath);
        return r;
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();  // closed again when `probe` goes
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_served.isValid() && m_out.isValid());
        m_song.resize(kSongSize);
        QRandomGenerator random(20240611);
        random.fillRange(reinterpret_cast<quint32 *>(m_song.data()), int(kSongSize / 4));
        m_song[kSongSize - 1] = '\x7f';
        m_json = "{\"title\": \"B\xc3\xa4r\", \"n\": 1}";
        const QList<QPair<QString, QByteArray>> files = {
            {kSong, m_song},
            {QStringLiteral("info.json"), m_json},
            {QStringLiteral("page.html"), "<!doctype html><title>Not a song</title>"},
        };
        for (const auto &[name, bytes] : files) {
            QFile f(m_served.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        }
    }

    void plainDownload_data()
    {
        QTest::addColumn<Fault>("fault");
        Fault slow;
        slow.chunkDelayMs = 15;  // ~0.8 s: several progress signals, a measurable speed
        Fault noLength = slow;
        noLength.noContentLength = true;
        QTest::newRow("fast") << Fault();
        QTest::newRow("slow server") << slow;
        QTest::newRow("no Content-Length") << noLength;
    }
    void plainDownload()
    {
        QFETCH(Fault, fault);
        LocalHttpServer server(m_served.path());
        server.setFault(kSong, fault);
        const DownloadOptions o = options(server, kSong);
        HttpDownloader downloader(o);
        ProgressLog log;
        std::atomic_int finishedSignals{0};
        connect(&downloader, &HttpDownloader::progressed, this, [&](qint64 received, qint64 total) {
            const double speed = downloader.progress().bytesPerSecond;
            QMutexLocker lock(&log.mutex);
            log.received.append(received);
            log.totals.append(total);
            log.maxSpeed = std::max(log.maxSpeed, speed);
        }, Qt::DirectConnection);
        connect(&downloader, &HttpDownloader::finished, this, [&] { ++finishedSignals; }, Qt::DirectConnection);
        auto reader = downloader.reader();
        QElapsedTimer timer;
        timer.start();
        downloader.start();
        QVERIFY(downloader.waitForFinished(30000));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!downloader.error().isError(), qPrintable(downloader.error().text()));
        QVERIFY(readFile(o.targetPath) == m_song);
        QCOMPARE(downloader.progress().received, kSongSize);
        QCOMPARE(downloader.progress().total, kSongSize);
        QCOMPARE(reader->size(), kSongSize);
        QCOMPARE(downloader.contentType(), QStringLiteral("audio/webm"));
        QCOMPARE(downloader.fileNameHint(), kSong);
        QCOMPARE(reader->nameHint(), kSong);
        QCOMPARE(downloader.finalUrl(), QUrl(server.url(kSong)));
        QTRY_COMPARE(finishedSignals.load(), 1);
        QCOMPARE(folded(server.rangeHeaders(kSong)), QByteArrayList{""});  // no spurious resume

        QMutexLocker lock(&log.mutex);
        QVERIFY(!log.received.isEmpty());
        for (qsizetype i = 1; i < log.received.size(); ++i)
            QVERIFY2(log.received[i] >= log.received[i - 1], "progress went backwards");
        QCOMPARE(log.received.constLast(), kSongSize);
        QCOMPARE(log.totals.constLast(), kSongSize);
        if (!fault.noContentLength)
            QVERIFY(std::all_of(log.totals.cbegin(), log.totals.cend(), [](qint64 t) { return t == kSongSize; }));
        if (fault.chunkDelayMs > 0) {
            QVERIFY2(log.received.size() >= 3, qPrintable(QString::number(log.received.size())));
            // Throttled to ~10 a second (+ the final one, + one for slack).
            QVERIFY2(log.received.size() <= elapsed / 100 + 2,
                     qPrintable(QStringLiteral("%1 signals in %2 ms").arg(log.received.size()).arg(elapsed)));
            QVERIFY(log.maxSpeed > 0);
            qInfo("%lld signals in %lld ms, up to %.1f MB/s", qint64(log.received.size()), elapsed,
                  log.maxSpeed / 1e6);
        }
    }

    void redirectChain()
    {
        LocalHttpServer server(m_served.path());
        Fault hop1, hop2;
        hop1.redirectTo = QStringLiteral("hop2");
        hop2.redirectTo = server.url(kSong);  // absolute this time
        server.setFault(QStringLiteral("hop1"), hop1);
        server.setFault(QStringLiteral("hop2"), hop2);
        const Outcome r = run(options(server, QStringLiteral("hop1")));
        QVERIFY(r.finished);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
        QVERIFY(r.bytes == m_song);
        QCOMPARE(folded(server.rangeHeaders(QStringLiteral("hop1"))).size(), 1);
        QCOMPARE(folded(server.rangeHeaders(QStringLiteral("hop2"))).size(), 1);
        QCOMPARE(folded(server.rangeHeaders(kSong)).size(), 1);

        HttpDownloader downloader(options(server, QStringLiteral("hop1")));
        downloader.start();
        QVERIFY(downloader.waitForFinished(30000));
        QCOMPARE(downloader.finalUrl(), QUrl(server.url(kSong)));
        QCOMPARE(downloader.fileNameHint(), kSong);  // the link's name has no suffix
    }

    void tooManyRedirects()
    {
        LocalHttpServer server(m_served.path());
        for (int i = 0; i < 5; ++i) {
            Fault hop;
            hop.redirectTo = i < 4 ? QStringLiteral("r%1").arg(i + 1) : kSong;
            server.setFault(QStringLiteral("r%1").arg(i), hop);
        }
        DownloadOptions o = options(server, QStringLiteral("r0"));
        o.maxRedirects = 5;
        QVERIFY(!run(o).error.isError());  // exactly 5 hops: fine
        o.maxRedirects = 4;
        const Outcome r = run(o);
        QCOMPARE(errorCategoryName(r.error.category), errorCategoryName(ErrorCategory::Unsupported));
        QVERIFY(!r.error.isTransient());
        QVERIFY2(r.error.text().contains(QStringLiteral("more than 4")), qPrintable(r.error.text()));
        QCOMPARE(folded(server.rangeHeaders(kSong)).size(), 1);  // only from the first run
    }

    void failures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<ErrorCategory>("expected");
        QTest::addColumn<int>("retryAfterMs");       // -1: not checked
        QTest::addColumn<int>("requests");           // to `file`; -1: not checked
        QTest::addColumn<QString>("messagePart");

        const qint64 noCap = DownloadOptions().maxBytes;
        const auto status = [](int code, int retryAfter = -1) {
            Fault f;
            f.status = code;
            f.retryAfterSeconds = retryAfter;
            return f;
        };
        Fault self;
        self.redirectTo = QStringLiteral("loop.webm");
        QTest::newRow("redirect to itself") << QStringLiteral("loop.webm") << self << noCap
                                            << ErrorCategory::Unsupported << -1 << -1
                                            << QStringLiteral("keeps redirecting (loop)");
        QTest::newRow("404") << kSong << status(404) << noCap << ErrorCategory::NotFound << 0 << 1
                             << QStringLiteral("not found");
        QTest::newRow("missing file") << QStringLiteral("nothing.webm") << Fault() << noCap
                                      << ErrorCategory::NotFound << 0 << 1 << QStringLiteral("404");
        QTest::newRow("410") << kSong << status(410) << noCap << ErrorCategory::NotFound << 0 << 1
                             << QStringLiteral("410");
        QTest::newRow("401") << kSong << status(401) << noCap << ErrorCategory::PermissionDenied << 0 << 1
                             << QStringLiteral("401");
        QTest::newRow("403") << kSong << status(403) << noCap << ErrorCategory::PermissionDenied << 0 << 1
                             << QStringLiteral("refused access");
        QTest::newRow("503, Retry-After: 7") << kSong << status(503, 7) << noCap << ErrorCategory::Network
                                             << 7000 << 1 << QStringLiteral("503");
        Fault dated = status(503);
        dated.retryAfter = httpDate(QDateTime::currentDateTimeUtc().addSecs(90));
        QTest::newRow("503, Retry-After: <date>") << kSong << dated << noCap << ErrorCategory::Network
                                                  << 90000 << 1 << QStringLiteral("503");
        QTest::newRow("429, Retry-After: 2") << kSong << status(429, 2) << noCap << ErrorCategory::Network
                                             << 2000 << 1 << QStringLiteral("429");
        QTest::newRow("500") << kSong << status(500) << noCap << ErrorCategory::Network << 0 << 1
                             << QStringLiteral("500");
        QTest::newRow("504") << kSong << status(504) << noCap << ErrorCategory::Network << 0 << 1
                             << QStringLiteral("504");
        QTest::newRow("418") << kSong << status(418) << noCap << ErrorCategory::Unsupported << 0 << 1
                             << QStringLiteral("418");
        QTest::newRow("text/html file") << QStringLiteral("page.html") << Fault() << noCap
                                        << ErrorCategory::Unsupported << -1 << 1
                                        << QStringLiteral("The link leads to a web page, not to a media file");
        Fault html;
        html.contentType = "Text/HTML";
        QTest::newRow("media name, text/html type") << kSong << html << noCap << ErrorCategory::Unsupported
                                                    << -1 << 1 << QStringLiteral("web page");
        Fault xhtml;
        xhtml.contentType = "application/xhtml+xml; charset=utf-8";
        QTest::newRow("application/xhtml+xml") << kSong << xhtml << noCap << ErrorCategory::Unsupported
                                               << -1 << 1 << QStringLiteral("web page");
        QTest::newRow("size cap (Content-Length)") << kSong << Fault() << qint64(1024 * 1024)
                                                   << ErrorCategory::Unsupported << -1 << 1
                                                   << QStringLiteral("larger than the limit of 1 MB");
        Fault noLength;
        noLength.noContentLength = true;
        QTest::newRow("size cap (no Content-Length)") << kSong << noLength << qint64(1536 * 1024)
                                                      << ErrorCategory::Unsupported << -1 << 1
                                                      << QStringLiteral("limit of 1.5 MB");
        Fault drops;
        drops.dropAfterBytes = 300000;
        drops.times = -1;
        QTest::newRow("drops beyond maxResumes") << kSong << drops << noCap << ErrorCategory::Network << -1
                                                 << 3 << QStringLiteral("gave up after 2 retries");
        Fault stalls;
        stalls.stallMs = 20000;
        stalls.stallAfterBytes = 100000;
        stalls.times = -1;
        QTest::newRow("stalls beyond maxResumes") << kSong << stalls << noCap << ErrorCategory::Network << -1
                                                  << 3 << QStringLiteral("gave up");
    }
    void failures()
    {
        QFETCH(QString, file);
        QFETCH(Fault, fault);
        QFETCH(qint64, maxBytes);
        QFETCH(ErrorCategory, expected);
        QFETCH(int, retryAfterMs);
        QFETCH(int, requests);
        QFETCH(QString, messagePart);
        LocalHttpServer server(m_served.path());
        server.setFault(file, fault);
        DownloadOptions o = options(server, file);
        o.maxBytes = maxBytes;
        o.maxResumes = 2;
        o.stallTimeoutMs = 500;
        HttpDownloader downloader(o);
        auto reader = downloader.reader();
        QElapsedTimer timer;
        timer.start();
        downloader.start();
        QVERIFY(downloader.waitForFinished(30000));
        const Error error = downloader.error();
        qInfo() << errorCategoryName(error.category) << error.text() << timer.elapsed() << "ms";
        QCOMPARE(errorCategoryName(error.category), errorCategoryName(expected));
        QCOMPARE(error.isTransient(), expected == ErrorCategory::Network);
        QVERIFY2(error.text().contains(messagePart, Qt::CaseInsensitive), qPrintable(error.text()));
        QVERIFY2(error.text().contains(QStringLiteral("127.0.0.1")), qPrintable(error.text()));
        QVERIFY(timer.elapsed() < kHangMs);
        if (retryAfterMs >= 0)  // an HTTP date has 1 s resolution and the clock moved on
            QVERIFY2(qAbs(downloader.retryAfterMs() - retryAfterMs) <= (retryAfterMs > 10000 ? 3000 : 0),
                     qPrintable(QString::number(downloader.retryAfterMs())));
        if (requests >= 0)
            QCOMPARE(folded(server.rangeHeaders(file)).size(), requests);
        QVERIFY(server.requestCount() <= 8);  // no retry storm
        char byte;
        QCOMPARE(reader->readAt(0, &byte, 1), qint64(-1));
        QCOMPARE(errorCategoryName(reader->error().category), errorCategoryName(expected));
    }

    void resumes_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("stallTimeoutMs");
        QTest::addColumn<QByteArrayList>("ranges");  // the Range header of each request

        Fault once;
        once.dropAfterBytes = 1000003;
        QTest::newRow("drop once") << once << 5000 << QByteArrayList{"", "bytes=1000003-"};
        Fault atZero;
        atZero.dropAfterBytes = 0;
        QTest::newRow("drop before the first body byte") << atZero << 5000 << QByteArrayList{"", ""};
        Fault thrice;
        thrice.dropAfterBytes = 700000;
        thrice.times = 3;
        QTest::newRow("drop three times")
            << thrice << 5000 << QByteArrayList{"", "bytes=700000-", "bytes=1400000-", "bytes=2100000-"};
        Fault stall;
        stall.stallMs = 3000;
        stall.stallAfterBytes = 200000;
        QTest::newRow("stall longer than the timeout") << stall << 500 << QByteArrayList{"", "bytes=200000-"};
        Fault restart;
        restart.dropAfterBytes = 1500000;
        restart.ignoreRange = true;
        QTest::newRow("200 to the Range: restart") << restart << 5000 << QByteArrayList{"", "bytes=1500000-"};
    }
    void resumes()
    {
        QFETCH(Fault, fault);
        QFETCH(int, stallTimeoutMs);
        QFETCH(QByteArrayList, ranges);
        LocalHttpServer server(m_served.path());
        server.setFault(kSong, fault);
        DownloadOptions o = options(server, kSong);
        o.stallTimeoutMs = stallTimeoutMs;
        const Outcome r = run(o);
        QVERIFY(r.finished);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
        QCOMPARE(r.bytes.size(), kSongSize);
        QVERIFY(r.bytes == m_song);
        // Exactly the expected resumes, except that a request Qt re-sent by itself may have used
        // up one of several drops, so that later ones did not happen.
        const QByteArrayList actual = folded(server.rangeHeaders(kSong));
        const QByteArrayList expected = folded(ranges);
        QVERIFY2(actual.size() >= std::min<qsizetype>(3, expected.size())
                     && expected.mid(0, actual.size()) == actual,
                 qPrintable(QString::fromLatin1(server.rangeHeaders(kSong).join(" | "))));
        const auto requests = server.requests(kSong);
        for (const auto &request : requests)  // If-Range with the validator the first answer gave
            QCOMPARE(request.ifRange.isEmpty(), request.range.isEmpty());
        qInfo("%d requests, %lld ms", int(requests.size()), r.elapsedMs);
    }

    void cancelMidDownload()
    {
        LocalHttpServer server(m_served.path());
        Fault stall;
        stall.stallAfterBytes = 500000;
        stall.stallMs = 20000;
        server.setFault(kSong, stall);
        DownloadOptions o = options(server, kSong);
        o.stallTimeoutMs = 30000;
        HttpDownloader downloader(o);
        auto reader = downloader.reader();
        downloader.start();
        ConcurrentReader consumer(reader.get());  // ends up blocked at byte 500000
        QVERIFY(waitUntil([&] { return consumer.received >= 500000 || consumer.done; }, kHangMs));
        QThread::msleep(50);
        QVERIFY(!consumer.done);

        const auto cancelledAt = std::chrono::steady_clock::now();
        downloader.cancel();
        QVERIFY(downloader.waitForFinished(kHangMs));
        const auto finishedAt = std::chrono::steady_clock::now();
        QVERIFY(waitUntil([&] { return consumer.done.load(); }, kHangMs));
        consumer.join();
        using std::chrono::microseconds, std::chrono::duration_cast;
        const qint64 latencyUs = duration_cast<microseconds>(finishedAt - cancelledAt).count();
        const qint64 readerLatencyUs = duration_cast<microseconds>(consumer.doneAt - cancelledAt).count();
        qInfo("cancel latency: finished after %lld us, the blocked reader returned after %lld us", latencyUs,
              readerLatencyUs);
        QVERIFY(latencyUs < kHangMs * 1000);
        QCOMPARE(errorCategoryName(downloader.error().category), errorCategoryName(ErrorCategory::Cancelled));
        QCOMPARE(consumer.last, qint64(-1));
        QCOMPARE(errorCategoryName(reader->error().category), errorCategoryName(ErrorCategory::Cancelled));
        QVERIFY(consumer.bytes == m_song.left(consumer.bytes.size()));
        downloader.cancel();  // twice is harmless
    }

    void cancelBeforeStart()
    {
        LocalHttpServer server(m_served.path());
        HttpDownloader downloader(options(server, kSong));
        downloader.cancel();
        QVERIFY(downloader.isFinished());
        downloader.start();  // does nothing now
        QVERIFY(downloader.waitForFinished(1000));
        QCOMPARE(errorCategoryName(downloader.error().category), errorCategoryName(ErrorCategory::Cancelled));
        QCOMPARE(server.requestCount(), 0);
    }

    void destroyWhileDownloading()
    {
        LocalHttpServer server(m_served.path());
        Fault stall;
        stall.stallMs = 20000;
        server.setFault(kSong, stall);
        QElapsedTimer timer;
        {
            HttpDownloader downloader(options(server, kSong));
            downloader.start();
            QVERIFY(waitUntil([&] { return downloader.progress().received > 0; }, kHangMs));
            timer.start();
        }  // cancels and joins its thread
        qInfo("destroyed mid-download in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < kHangMs);
        HttpDownloader neverStarted(options(server, kSong));  // and one that never ran
    }

    void readerWhileDownloading_data()
    {
        QTest::addColumn<Fault>("fault");
        Fault slow;
        slow.chunkDelayMs = 10;
        Fault drop = slow;
        drop.dropAfterBytes = 1234567;
        Fault restart = drop;
        restart.ignoreRange = true;
        Fault noLength = slow;
        noLength.noContentLength = true;
        QTest::newRow("slow server") << slow;
        QTest::newRow("drop and resume") << drop;
        QTest::newRow("drop, then a restart from zero") << restart;
        QTest::newRow("no Content-Length") << noLength;
    }
    void readerWhileDownloading()
    {
        QFETCH(Fault, fault);
        LocalHttpServer server(m_served.path());
        server.setFault(kSong, fault);
        HttpDownloader downloader(options(server, kSong));
        auto reader = downloader.reader();
        QCOMPARE(reader->size(), qint64(-1));  // nothing known yet
        ConcurrentReader consumer(reader.get());
        downloader.start();
        QVERIFY(downloader.waitForFinished(30000));
        QVERIFY(waitUntil([&] { return consumer.done.load(); }, kHangMs));
        consumer.join();
        QVERIFY2(!downloader.error().isError(), qPrintable(downloader.error().text()));
        QCOMPARE(consumer.last, qint64(0));
        QCOMPARE(consumer.bytes.size(), kSongSize);
        QVERIFY(consumer.bytes == m_song);
        QVERIFY(!reader->error().isError());
        QCOMPARE(reader->size(), kSongSize);
        char byte;
        QCOMPARE(reader->readAt(kSongSize, &byte, 1), qint64(0));
        QCOMPARE(reader->readAt(kSongSize - 1, &byte, 1), qint64(1));
        QCOMPARE(byte, m_song.back());
    }

    void readerAbort()
    {
        LocalHttpServer server(m_served.path());
        Fault stall;
        stall.stallMs = 20000;
        server.setFault(kSong, stall);
        HttpDownloader downloader(options(server, kSong));
        auto reader = downloader.reader();
        downloader.start();
        ConcurrentReader consumer(reader.get());
        QVERIFY(waitUntil([&] { return consumer.received >= stall.stallAfterBytes; }, kHangMs));
        QVERIFY(!consumer.done);
        reader->abort();
        QVERIFY(waitUntil([&] { return consumer.done.load(); }, kHangMs));
        consumer.join();
        QCOMPARE(consumer.last, qint64(-1));
        QCOMPARE(errorCategoryName(reader->error().category), errorCategoryName(ErrorCategory::Cancelled));
        QVERIFY(!downloader.isFinished());  // the download itself goes on
    }

    void fromWorkerThreads()
    {
        LocalHttpServer server(m_served.path());
        const DownloadOptions o = options(server, kSong);
        Outcome outcome;
        QThreadPool pool;
        pool.start([&] { outcome = run(o); });  // a pool thread without an event loop
        std::optional<QByteArray> fetched;
        std::thread plain([&] {
            fetched = HttpDownloader::fetchBytes(QUrl(server.url(QStringLiteral("info.json"))), 4096, 5000);
        });
        plain.join();
        QVERIFY(pool.waitForDone(30000));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.text()));
        QVERIFY(outcome.bytes == m_song);
        QVERIFY(fetched.has_value());
        QCOMPARE(*fetched, m_json);
    }

    void connectionRefused()
    {
        DownloadOptions o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/song.webm").arg(closedPort()));
        o.targetPath = m_out.filePath(QStringLiteral("refused.part"));
        const Outcome r = run(o);
        QVERIFY(r.finished);
        QCOMPARE(errorCategoryName(r.error.category), errorCategoryName(ErrorCategory::Network));
        QVERIFY2(r.error.text().contains(QStringLiteral("127.0.0.1")), qPrintable(r.error.text()));
        QVERIFY(r.elapsedMs < kHangMs);
        qInfo() << r.error.text();
    }

    void notAWebAddress()
    {
        DownloadOptions o;
        o.url = QUrl(QStringLiteral("ftp://127.0.0.1/song.webm"));
        o.targetPath = m_out.filePath(QStringLiteral("ftp.part"));
        const Outcome r = run(o);
        QCOMPARE(errorCategoryName(r.error.category), errorCategoryName(ErrorCategory::Unsupported));
    }

    void diskErrors()
    {
        LocalHttpServer server(m_served.path());
        DownloadOptions o = options(server, kSong);
        o.targetPath = QStringLiteral("/dev/full");
        if (!QFileInfo::exists(o.targetPath))
            QSKIP("no /dev/full here");
        Outcome r = run(o);
        QCOMPARE(errorCategoryName(r.error.category), errorCategoryName(ErrorCategory::DiskFull));
        QVERIFY2(r.error.text().contains(QStringLiteral("127.0.0.1")), qPrintable(r.error.text()));

        if (geteuid() == 0)
            QSKIP("root writes everywhere; EACCES cannot be produced");
        const QString locked = m_out.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        o.targetPath = locked + QStringLiteral("/song.part");
        r = run(o);
        QCOMPARE(errorCategoryName(r.error.category), errorCategoryName(ErrorCategory::PermissionDenied));
    }

    void fileNameHint_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none: the URL") << QByteArray() << kSong;
        QTest::newRow("quoted") << QByteArray("attachment; filename=\"My \\\"Song\\\".opus\"")
                                << QStringLiteral("My \"Song\".opus");
        QTest::newRow("token") << QByteArray("inline; filename=track.m4a") << QStringLiteral("track.m4a");
        QTest::newRow("RFC 5987 beats plain")
            << QByteArray("attachment; filename=\"fallback.mp3\"; filename*=UTF-8''B%C3%A4r%20%F0%9F%8E%B8.mp3")
            << QStringLiteral("Bär 🎸.mp3");
        QTest::newRow("raw UTF-8") << QByteArray("attachment; filename=\"Bär.ogg\"") << QStringLiteral("Bär.ogg");
        QTest::newRow("no directories") << QByteArray("attachment; filename=\"../../etc/x.wav\"")
                                        << QStringLiteral("x.wav");
    }
    void fileNameHint()
    {
        QFETCH(QByteArray, disposition);
        QFETCH(QString, expected);
        LocalHttpServer server(m_served.path());
        Fault headers;
        if (!disposition.isEmpty())
            headers.headers = "Content-Disposition: " + disposition + "\r\n";
        server.setFault(kSong, headers);
        HttpDownloader downloader(options(server, kSong));
        auto reader = downloader.reader();
        downloader.start();
        QVERIFY(downloader.waitForFinished(30000));
        QVERIFY(!downloader.error().isError());
        QCOMPARE(downloader.fileNameHint(), expected);
        QCOMPARE(reader->nameHint(), expected);
    }

    void fetchBytes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<ErrorCategory>("expected");
        Fault redirect;
        redirect.redirectTo = QStringLiteral("info.json");
        Fault hang;
        hang.stallAfterBytes = 0;
        hang.stallMs = 20000;
        Fault notFound;
        notFound.status = 404;
        Fault noLength;
        noLength.noContentLength = true;
        QTest::newRow("small body") << QStringLiteral("info.json") << Fault() << qint64(4096) << 5000
                                    << ErrorCategory::None;
        QTest::newRow("exactly the cap") << QStringLiteral("info.json") << Fault() << qint64(m_json.size())
                                         << 5000 << ErrorCategory::None;
        QTest::newRow("redirected") << QStringLiteral("moved") << redirect << qint64(4096) << 5000
                                    << ErrorCategory::None;
        QTest::newRow("over the cap (Content-Length)") << kSong << Fault() << qint64(100000) << 5000
                                                       << ErrorCategory::Unsupported;
        QTest::newRow("over the cap (streamed)") << kSong << noLength << qint64(100000) << 5000
                                                 << ErrorCategory::Unsupported;
        QTest::newRow("404") << QStringLiteral("info.json") << notFound << qint64(4096) << 5000
                             << ErrorCategory::NotFound;
        QTest::newRow("timeout") << kSong << hang << qint64(10 * 1024 * 1024) << 300 << ErrorCategory::Network;
    }
    void fetchBytes()
    {
        QFETCH(QString, file);
        QFETCH(Fault, fault);
        QFETCH(qint64, maxBytes);
        QFETCH(int, timeoutMs);
        QFETCH(ErrorCategory, expected);
        LocalHttpServer server(m_served.path());
        server.setFault(file, fault);
        Error error{ErrorCategory::Internal, UserText::literal(QStringLiteral("untouched"))};
        QElapsedTimer timer;
        timer.start();
        const auto body = HttpDownloader::fetchBytes(QUrl(server.url(file)), maxBytes, timeoutMs, &error);
        QVERIFY(timer.elapsed() < kHangMs);
        QCOMPARE(errorCategoryName(error.category), errorCategoryName(expected));
        QCOMPARE(body.has_value(), expected == ErrorCategory::None);
        if (body)
            QCOMPARE(*body, m_json);
        else
            QVERIFY2(error.text().contains(QStringLiteral("127.0.0.1")), qPrintable(error.text()));
    }

    void fetchBytesRefused()
    {
        Error error;
        const auto body = HttpDownloader::fetchBytes(
            QUrl(QStringLiteral("http://127.0.0.1:%1/x.json").arg(closedPort())), 4096, 5000, &error);
        QVERIFY(!body);
        QCOMPARE(errorCategoryName(error.category), errorCategoryName(ErrorCategory::Network));
    }

    // Thumbnails and the yt-dlp updater: a server that stalls holds fetchBytes only until the
    // caller's cancel flag is set (from another thread, as JobRunner::cancel() and the closing
    // Settings dialog do), not for the whole 60 s timeout.
    void fetchBytesHonoursCancel_data()
    {
        QTest::addColumn<int>("cancelAfterMs");
        QTest::newRow("set before the call") << 0;
        QTest::newRow("set while the body stalls") << 200;
    }
    void fetchBytesHonoursCancel()
    {
        QFETCH(int, cancelAfterMs);
        LocalHttpServer server(m_served.path());
        Fault hang;
        hang.stallAfterBytes = 0;
        hang.stallMs = 120000;
        server.setFault(kSong, hang);
        std::atomic_bool cancel{cancelAfterMs == 0};
        std::thread canceller([&cancel, cancelAfterMs] {
            if (cancelAfterMs > 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(cancelAfterMs));
                cancel.store(true);
            }
        });
        Error error{ErrorCategory::Internal, UserText::literal(QStringLiteral("untouched"))};
        QElapsedTimer timer;
        timer.start();
        const auto body = HttpDownloader::fetchBytes(QUrl(server.url(kSong)), 10 * 1024 * 1024, 60000, &error, &cancel);
        const qint64 elapsed = timer.elapsed();
        canceller.join();
        QVERIFY(!body);
        QCOMPARE(errorCategoryName(error.category), errorCategoryName(ErrorCategory::Cancelled));
        QVERIFY2(error.text().contains(QStringLiteral("127.0.0.1")), qPrintable(error.text()));
        QVERIFY2(elapsed < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        QCOMPARE(server.requestCount(kSong), cancelAfterMs == 0 ? 0 : 1);
    }

    // The DNS check before a link from the web runs: a resolver that never answers holds the
    // worker only until its cancel flag is set, or until the timeout; names and literal
    // addresses still resolve, also on threads without an event loop of their own.
    void hostLookupHonoursCancelAndTimeout()
    {
        const http::LookupStart neverAnswers = [](const QString &, QObject *, std::function<void(const QHostInfo &)>) {
            return -1;
        };
        std::atomic_bool cancel{false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel.store(true);
        });
        QElapsedTimer timer;
        timer.start();
        http::HostLookup r = http::lookupHost(QStringLiteral("stalls.example"), 60000, &cancel, neverAnswers);
        canceller.join();
        QVERIFY(r.cancelled);
        QVERIFY(!r.timedOut);
        QVERIFY(r.addresses.isEmpty());
        QVERIFY2(timer.elapsed() < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));

        const std::atomic_bool never{false};
        timer.restart();
        r = http::lookupHost(QStringLiteral("stalls.example"), 300, &never, neverAnswers);
        QVERIFY(r.timedOut);
        QVERIFY(!r.cancelled);
        QVERIFY2(timer.elapsed() < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));

        http::HostLookup local;
        std::thread worker([&local, &never] { local = http::lookupHost(QStringLiteral("localhost"), 20000, &never); });
        worker.join();
        QVERIFY(!local.cancelled && !local.timedOut);
        QVERIFY(std::any_of(local.addresses.cbegin(), local.addresses.cend(),
                            [](const QHostAddress &a) { return a.isLoopback(); }));
        QCOMPARE(http::lookupHost(QStringLiteral("127.0.0.1"), 0, nullptr).addresses,
                 QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)});
    }
};

QTEST_GUILESS_MAIN(TestHttpDownloader)
#include "tst_httpdownloader.moc"
