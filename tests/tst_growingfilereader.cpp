// The downloader writing while the transcoder reads, without Qt's event loop in between: a
// plain writer thread appends to a real file and publishes through GrowingFileState, reader
// threads read it through GrowingFileReader, another thread aborts. Every hand-off here goes
// through std::mutex / std::condition_variable, so ThreadSanitizer (label `tsan`) checks it
// exactly; the Release and ASan runs check the bytes.
#include "source/GrowingFileReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <random>
#include <thread>
#include <vector>

using namespace tunedrop;

namespace {

QByteArray patternBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 977) & 0xff);
    return data;
}

// What HttpDownloader does per network chunk: write, then publish under the lock and wake.
// Returns false when the file could not be written (checked on the test's thread).
bool writeInChunks(const std::shared_ptr<GrowingFileState> &state, const QByteArray &data, unsigned seed,
                   qint64 failAt = -1)
{
    QFile out(state->path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    std::mt19937 rng(seed);
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = std::min<qint64>(data.size() - written, 1 + rng() % 8192);
        if (failAt >= 0 && written + n > failAt) {
            const std::lock_guard lock(state->mutex);
            state->error = {ErrorCategory::Network, UserText::literal(QStringLiteral("connection reset"))};
            state->finished = true;
            state->changed.notify_all();
            return true;
        }
        if (out.write(data.constData() + written, n) != n)
            return false;
        written += n;
        const std::lock_guard lock(state->mutex);
        state->readable = written;
        state->changed.notify_all();
        if (rng() % 16 == 0)
            std::this_thread::yield();
    }
    const std::lock_guard lock(state->mutex);
    state->finished = true;
    state->changed.notify_all();
    return true;
}

// What the transcoder's AVIO read callback does: odd-sized reads until 0 or -1.
qint64 readAll(GrowingFileReader &reader, QByteArray *into, unsigned seed)
{
    std::mt19937 rng(seed);
    char buffer[10000];
    for (;;) {
        const qint64 n = reader.readAt(into->size(), buffer, 1 + rng() % sizeof buffer);
        if (n <= 0)
            return n;
        into->append(buffer, n);
    }
}

}  // namespace

class TestGrowingFileReader : public QObject {
    Q_OBJECT
private slots:
    void readersFollowTheWriter_data();
    void readersFollowTheWriter();
    void writerFailureReachesEveryReader();
    void abortWakesABlockedReader();
};

void TestGrowingFileReader::readersFollowTheWriter_data()
{
    QTest::addColumn<int>("readers");
    QTest::addColumn<qint64>("total");  // Content-Length, or -1
    QTest::newRow("one reader, size known") << 1 << qint64(1);
    QTest::newRow("three readers, size unknown") << 3 << qint64(-1);
}

void TestGrowingFileReader::readersFollowTheWriter()
{
    QFETCH(int, readers);
    QFETCH(qint64, total);
    QTemporaryDir dir;
    const QByteArray data = patternBytes(3 * 1024 * 1024 + 17);
    auto state = std::make_shared<GrowingFileState>();
    state->path = dir.filePath(QStringLiteral("download"));
    state->total = total < 0 ? -1 : data.size();
    QFile(state->path).open(QIODevice::WriteOnly);  // exists before the first byte, as a download's file does

    std::vector<QByteArray> got(readers);
    std::vector<qint64> ends(readers, 99);
    std::vector<std::thread> threads;
    for (int i = 0; i < readers; ++i)
        threads.emplace_back([&, i] {
            GrowingFileReader reader(state);
            ends[size_t(i)] = readAll(reader, &got[size_t(i)], unsigned(i + 7));
        });
    bool wrote = false;
    std::thread writer([&] { wrote = writeInChunks(state, data, 42); });
    writer.join();
    for (std::thread &t : threads)
        t.join();

    QVERIFY(wrote);
    for (int i = 0; i < readers; ++i) {
        QCOMPARE(ends[size_t(i)], qint64(0));  // the end, not a failure
        QCOMPARE(got[size_t(i)].size(), data.size());
        QVERIFY(got[size_t(i)] == data);
    }
    GrowingFileReader after(state);
    QCOMPARE(after.size(), qint64(data.size()));
    QVERIFY(!after.error().isError());
}

void TestGrowingFileReader::writerFailureReachesEveryReader()
{
    QTemporaryDir dir;
    const QByteArray data = patternBytes(2 * 1024 * 1024);
    auto state = std::make_shared<GrowingFileState>();
    state->path = dir.filePath(QStringLiteral("download"));
    QFile(state->path).open(QIODevice::WriteOnly);

    std::vector<QByteArray> got(2);
    std::vector<qint64> ends(2, 99);
    std::vector<Error> errors(2);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < 2; ++i)
        threads.emplace_back([&, i] {
            GrowingFileReader reader(state);
            ends[i] = readAll(reader, &got[i], unsigned(i + 1));
            errors[i] = reader.error();
        });
    bool wrote = false;
    std::thread writer([&] { wrote = writeInChunks(state, data, 5, 1024 * 1024); });
    writer.join();
    for (std::thread &t : threads)
        t.join();
    QVERIFY(wrote);
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(ends[i], qint64(-1));
        QCOMPARE(errors[i].category, ErrorCategory::Network);
        QVERIFY(got[i].size() <= 1024 * 1024);
        QVERIFY(got[i] == data.left(got[i].size()));  // what was read before the failure is right
    }
}

void TestGrowingFileReader::abortWakesABlockedReader()
{
    QTemporaryDir dir;
    auto state = std::make_shared<GrowingFileState>();
    state->path = dir.filePath(QStringLiteral("download"));
    QFile(state->path).open(QIODevice::WriteOnly);
    GrowingFileReader reader(state);
    std::atomic_bool entered{false};
    qint64 result = 99;
    std::thread blocked([&] {
        char byte = 0;
        entered = true;
        result = reader.readAt(0, &byte, 1);  // nothing written yet: waits
    });
    while (!entered)
        std::this_thread::yield();
    std::thread aborter([&] { reader.abort(); });
    aborter.join();
    blocked.join();
    QCOMPARE(result, qint64(-1));
    QCOMPARE(reader.error().category, ErrorCategory::Cancelled);
    // The download itself goes on for other readers.
    GrowingFileReader other(state);
    QVERIFY(!other.error().isError());
}

QTEST_GUILESS_MAIN(TestGrowingFileReader)
#include "tst_growingfilereader.moc"
