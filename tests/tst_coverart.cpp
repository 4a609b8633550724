// CoverArt::normalize against real images made by the ffmpeg CLI at test time, so the
// fixtures always match what this machine's FFmpeg decodes.
#include "transcode/CoverArt.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

using tunedrop::CoverArt;
using tunedrop::CoverImage;
using tunedrop::ErrorCategory;
using tunedrop::Result;

class TestCoverArt : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sniffMimeType_data();
    void sniffMimeType();
    void normalize_data();
    void normalize();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void nullErrorPointerIsAllowed();
    void concurrentCallsAgree();

private:
    bool makeImage(const QString &name, QSize size, const QStringList &encoderArgs,
                   const QString &alphaFormat = {});
    QByteArray fixture(const QString &name) const;

    QTemporaryDir m_dir;
};

bool TestCoverArt::makeImage(const QString &name, QSize size, const QStringList &encoderArgs,
                             const QString &alphaFormat)
{
    // testsrc2 silently rounds odd sizes down to even ones, so render an even frame and
    // scale it to the exact (possibly odd) size wanted.
    QString source = QStringLiteral("testsrc2=size=%1x%2")
                         .arg(size.width() + size.width() % 2)
                         .arg(size.height() + size.height() % 2);
    QString filters = QStringLiteral("scale=%1:%2").arg(size.width()).arg(size.height());
    // Half-transparent pixels, kept through a pixel format that has an alpha plane.
    if (!alphaFormat.isEmpty()) {
        source += QStringLiteral(":alpha=128");
        filters += QStringLiteral(",format=") + alphaFormat;
    }

    QProcess ffmpeg;
    QStringList args{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                     QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), source,
                     QStringLiteral("-vf"), filters, QStringLiteral("-frames:v"),
                     QStringLiteral("1")};
    args << encoderArgs << m_dir.filePath(name);
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitStatus() != QProcess::NormalExit
        || ffmpeg.exitCode() != 0) {
        qWarning().noquote() << "ffmpeg failed for" << name << ffmpeg.readAllStandardError();
        return false;
    }
    return true;
}

QByteArray TestCoverArt::fixture(const QString &name) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestCoverArt::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList jpeg{QStringLiteral("-c:v"), QStringLiteral("mjpeg"),
                           QStringLiteral("-q:v"), QStringLiteral("3")};
    const QStringList png{QStringLiteral("-c:v"), QStringLiteral("png")};
    const QStringList webp{QStringLiteral("-c:v"), QStringLiteral("libwebp")};
    const QString rgba = QStringLiteral("rgba");
    const QString yuva = QStringLiteral("yuva420p");

    QVERIFY(makeImage(QStringLiteral("small.jpg"), {300, 300}, jpeg));
    QVERIFY(makeImage(QStringLiteral("small.png"), {200, 100}, png));
    QVERIFY(makeImage(QStringLiteral("alpha.png"), {120, 80}, png, rgba));
    QVERIFY(makeImage(QStringLiteral("edge.jpg"), {1000, 1000}, jpeg));
    QVERIFY(makeImage(QStringLiteral("large.jpg"), {1600, 1200}, jpeg));
    QVERIFY(makeImage(QStringLiteral("tall.jpg"), {900, 1800}, jpeg));
    QVERIFY(makeImage(QStringLiteral("large.png"), {3000, 1000}, png));
    QVERIFY(makeImage(QStringLiteral("large-alpha.png"), {2000, 1000}, png, rgba));
    QVERIFY(makeImage(QStringLiteral("square.webp"), {400, 400}, webp));
    QVERIFY(makeImage(QStringLiteral("odd.webp"), {33, 17}, webp));
    QVERIFY(makeImage(QStringLiteral("alpha.webp"), {120, 80}, webp, yuva));
    QVERIFY(makeImage(QStringLiteral("large.webp"), {2400, 1000}, webp));
    QVERIFY(makeImage(QStringLiteral("odd.jpg"), {1001, 999}, jpeg));
    QVERIFY(makeImage(QStringLiteral("odd.png"), {1001, 999}, png));
    QVERIFY(makeImage(QStringLiteral("odd-small.jpg"), {301, 171}, jpeg));
}

void TestCoverArt::sniffMimeType_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");

    const QString jpeg = QStringLiteral("image/jpeg");
    const QString png = QStringLiteral("image/png");
    const QString webp = QStringLiteral("image/webp");
    QTest::newRow("jpeg magic") << QByteArray("\xFF\xD8\xFF\xE0", 4) << jpeg;
    QTest::newRow("jpeg magic only") << QByteArray("\xFF\xD8\xFF", 3) << jpeg;
    QTest::newRow("jpeg too short") << QByteArray("\xFF\xD8", 2) << QString();
    QTest::newRow("png magic") << QByteArray("\x89PNG\r\n\x1A\n\0\0", 10) << png;
    QTest::newRow("png damaged magic") << QByteArray("\x89PNG\r\n\x1A\x0B", 8) << QString();
    QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << webp;
    QTest::newRow("riff wave") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16) << QString();
    QTest::newRow("riff too short") << QByteArray("RIFF\0\0\0\0WEB", 11) << QString();
    QTest::newRow("gif") << QByteArray("GIF89a") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("real jpeg") << fixture(QStringLiteral("small.jpg")) << jpeg;
    QTest::newRow("real png") << fixture(QStringLiteral("small.png")) << png;
    QTest::newRow("real webp") << fixture(QStringLiteral("square.webp")) << webp;
}

void TestCoverArt::sniffMimeType()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QCOMPARE(CoverArt::sniffMimeType(bytes), mime);
}

void TestCoverArt::normalize_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("passThrough");

    const QString jpeg = QStringLiteral("image/jpeg");
    const QString png = QStringLiteral("image/png");
    const auto row = [](const char *name, const char *file, const QString &mime, int width,
                        int height, bool passThrough) {
        QTest::newRow(name) << QString::fromLatin1(file) << mime << width << height
                            << passThrough;
    };
    // Small JPEG/PNG must stay byte-exact: re-encoding would only lose quality.
    row("small jpeg 300x300", "small.jpg", jpeg, 300, 300, true);
    row("small png 200x100", "small.png", png, 200, 100, true);
    row("rgba png 120x80", "alpha.png", png, 120, 80, true);
    row("odd jpeg 301x171", "odd-small.jpg", jpeg, 301, 171, true);
    row("jpeg exactly 1000", "edge.jpg", jpeg, 1000, 1000, true);
    row("large jpeg 1600x1200", "large.jpg", jpeg, 1000, 750, false);
    row("tall jpeg 900x1800", "tall.jpg", jpeg, 500, 1000, false);
    // 1000 * 1000/3000 = 333.3: the odd height also exercises 4:2:0 chroma rounding.
    row("large png 3000x1000", "large.png", jpeg, 1000, 333, false);
    row("large rgba png 2000x1000", "large-alpha.png", jpeg, 1000, 500, false);
    // WebP is always re-encoded, whatever its size.
    row("webp 400x400", "square.webp", jpeg, 400, 400, false);
    row("odd webp 33x17", "odd.webp", jpeg, 33, 17, false);
    row("alpha webp 120x80", "alpha.webp", jpeg, 120, 80, false);
    row("large webp 2400x1000", "large.webp", jpeg, 1000, 417, false);
    row("odd jpeg 1001x999", "odd.jpg", jpeg, 1000, 998, false);
    row("odd png 1001x999", "odd.png", jpeg, 1000, 998, false);
}

void TestCoverArt::normalize()
{
    QFETCH(QString, file);
    QFETCH(QString, mime);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, passThrough);

    const QByteArray input = fixture(file);
    QVERIFY(!input.isEmpty());
    const Result<CoverImage> cover = CoverArt::normalize(input);
    QVERIFY2(cover.ok(), qPrintable(cover.error().text()));
    QCOMPARE(cover->mimeType, mime);
    QCOMPARE(cover->width, width);
    QCOMPARE(cover->height, height);
    QCOMPARE(CoverArt::sniffMimeType(cover->data), mime);
    if (passThrough) {
        QVERIFY(cover->data == input);
        return;
    }
    QVERIFY(cover->data != input);

    // The result is within kMaxEdge, so a second pass must decode it and hand it back as is:
    // that proves it is a valid JPEG of the reported size.
    const Result<CoverImage> again = CoverArt::normalize(cover->data);
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    QCOMPARE(again->mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(again->width, width);
    QCOMPARE(again->height, height);
    QVERIFY(again->data == cover->data);
}

void TestCoverArt::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray jpeg = fixture(QStringLiteral("small.jpg"));
    const QByteArray png = fixture(QStringLiteral("small.png"));
    const QByteArray webp = fixture(QStringLiteral("square.webp"));
    QVERIFY(!jpeg.isEmpty() && !png.isEmpty() && !webp.isEmpty());

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);  // fixed seed: a failure must be reproducible
    for (char &c : random)
        c = char(generator.bounded(256));

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("random bytes") << random;
    QTest::newRow("truncated jpeg, 100 bytes") << jpeg.left(100);
    QTest::newRow("truncated jpeg, half") << jpeg.left(jpeg.size() / 2);
    QTest::newRow("truncated png, 100 bytes") << png.left(100);
    QTest::newRow("truncated png, half") << png.left(png.size() / 2);
    QByteArray flipped = png;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x55);  // inside IDAT
    QTest::newRow("png with a flipped byte") << flipped;
    QTest::newRow("truncated webp, half") << webp.left(webp.size() / 2);
    QTest::newRow("jpeg magic then garbage") << QByteArray("\xFF\xD8\xFF", 3) + random;
    QTest::newRow("png magic then garbage") << QByteArray("\x89PNG\r\n\x1A\n", 8) + random;
    QTest::newRow("webp header only") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16);
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 14);
}

void TestCoverArt::rejectsBadInput()
{
    QFETCH(QByteArray, bytes);
    const Result<CoverImage> cover = CoverArt::normalize(bytes);
    QVERIFY(!cover.ok());
    QCOMPARE(cover.error().category, ErrorCategory::Unsupported);
    QVERIFY(!cover.error().text().isEmpty());
}

void TestCoverArt::nullErrorPointerIsAllowed()
{
    QVERIFY(!CoverArt::normalize(QByteArray("junk")).ok());
    QVERIFY(CoverArt::normalize(fixture(QStringLiteral("small.png"))).ok());
}

void TestCoverArt::concurrentCallsAgree()
{
    // The transcoder normalises covers on worker threads; the encoder is deterministic, so
    // every thread must produce the single-threaded result byte for byte.
    const QByteArray webp = fixture(QStringLiteral("square.webp"));
    const QByteArray large = fixture(QStringLiteral("large.jpg"));
    const Result<CoverImage> webpRef = CoverArt::normalize(webp);
    const Result<CoverImage> largeRef = CoverArt::normalize(large);
    QVERIFY(webpRef && largeRef);

    constexpr int kThreads = 6;
    std::vector<QByteArray> results(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&, i] {
            const Result<CoverImage> out = CoverArt::normalize(i % 2 ? webp : large);
            if (out)
                results[size_t(i)] = out->data;
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int i = 0; i < kThreads; ++i)
        QVERIFY2(results[size_t(i)] == (i % 2 ? webpRef->data : largeRef->data),
                 qPrintable(QStringLiteral("thread %1").arg(i)));
}

QTEST_GUILESS_MAIN(TestCoverArt)
#include "tst_coverart.moc"
