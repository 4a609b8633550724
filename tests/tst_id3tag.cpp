// Id3Tag: tags are rendered to bytes, glued in front of a real MP3 made by the ffmpeg CLI
// (the way the transcoder writes files), then read back with TagLib and ffprobe.
#include "transcode/Id3Tag.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

using tunedrop::EncoderSettings;
using tunedrop::Id3Tag;
using tunedrop::TrackMetadata;
using Version = EncoderSettings::Id3Version;

Q_DECLARE_METATYPE(EncoderSettings::Id3Version)

namespace {

// Non-BMP emoji, RTL script, CJK and combining-free Latin-1 letters in one string.
const QString kUnicode = QStringLiteral("Ünïcødé — 日本語 🎵 עברית");

bool runTool(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << program << "failed:" << process.readAllStandardError();
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 frameSize(const QByteArray &bytes, qsizetype at, bool synchsafe)
{
    quint32 size = 0;
    for (qsizetype i = at; i < at + 4; ++i)
        size = (size << (synchsafe ? 7 : 8)) | quint8(bytes.at(i));
    return size;
}

// Frame ID -> first payload byte (the text encoding for text, COMM and APIC frames), walked
// by hand so the test does not only trust TagLib to read what TagLib wrote.
QMap<QByteArray, int> walkFrames(const QByteArray &tag, bool *paddingIsZero)
{
    QMap<QByteArray, int> frames;
    const bool v24 = tag.at(3) == 4;
    qsizetype pos = 10;
    while (pos + 10 <= tag.size() && tag.at(pos) != 0) {
        const quint32 size = frameSize(tag, pos + 4, v24);
        if (size == 0 || pos + 10 + size > quint32(tag.size()))
            break;
        frames.insert(tag.mid(pos, 4), quint8(tag.at(pos + 10)));
        pos += 10 + size;
    }
    *paddingIsZero = tag.mid(pos).count('\0') == tag.size() - pos;
    return frames;
}

}  // namespace

class TestId3Tag : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void header_data();
    void header();
    void frames_data();
    void frames();
    void roundTrip_data();
    void roundTrip();
    void emptyMetadataRendersNothing_data();
    void emptyMetadataRendersNothing();
    void ffprobeSeesTags_data();
    void ffprobeSeesTags();
    void untaggedFilesReadEmpty();
    void concurrentUse();

private:
    static void addVersionRows();
    TrackMetadata fullMetadata() const;
    QString writeTagged(const QString &name, const QByteArray &tag) const;

    QTemporaryDir m_dir;
    QByteArray m_audio;
    QByteArray m_jpeg;
    QByteArray m_png;
};

void TestId3Tag::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString mp3 = m_dir.filePath(QStringLiteral("plain.mp3"));
    // No ID3 and no Xing frame: the file is bare MPEG audio frames we can prefix with a tag.
    QVERIFY(runTool(QStringLiteral("ffmpeg"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                     QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("sine=d=1"), QStringLiteral("-c:a"),
                     QStringLiteral("libmp3lame"), QStringLiteral("-id3v2_version"),
                     QStringLiteral("0"), QStringLiteral("-write_xing"), QStringLiteral("0"),
                     mp3}));
    m_audio = readFile(mp3);
    QVERIFY(m_audio.size() > 1000);
    QVERIFY(!m_audio.startsWith("ID3"));

    const auto makeImage = [this](const QString &name, const QString &codec) {
        return runTool(QStringLiteral("ffmpeg"),
                       {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                        QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc2=size=64x48"), QStringLiteral("-frames:v"),
                        QStringLiteral("1"), QStringLiteral("-c:v"), codec, m_dir.filePath(name)});
    };
    QVERIFY(makeImage(QStringLiteral("cover.jpg"), QStringLiteral("mjpeg")));
    QVERIFY(makeImage(QStringLiteral("cover.png"), QStringLiteral("png")));
    m_jpeg = readFile(m_dir.filePath(QStringLiteral("cover.jpg")));
    m_png = readFile(m_dir.filePath(QStringLiteral("cover.png")));
    QVERIFY(!m_jpeg.isEmpty() && !m_png.isEmpty());
}

void TestId3Tag::addVersionRows()
{
    QTest::addColumn<Version>("version");
    QTest::newRow("v2.4") << Version::V24;
    QTest::newRow("v2.3") << Version::V23;
}

TrackMetadata TestId3Tag::fullMetadata() const
{
    TrackMetadata m;
    m.title = kUnicode;
    m.artist = QStringLiteral("AC/DC & 🎸 Friends");
    m.album = QStringLiteral("Album — ") + kUnicode;
    m.albumArtist = QStringLiteral("Various Ärtists");
    m.genre = QStringLiteral("Jazz");
    m.composer = QStringLiteral("Bill Evans / Miles Davis");
    m.date = QStringLiteral("2024-05-17");
    m.track = 3;
    m.trackTotal = 12;
    m.disc = 1;
    m.discTotal = 2;
    m.compilation = true;
    m.comment = QStringLiteral("Comment: ") + kUnicode;
    m.sourceUrl = QStringLiteral("https://example.com/watch?v=abc123&t=42");
    m.cover = m_jpeg;
    m.coverMimeType = QStringLiteral("image/jpeg");
    return m;
}

QString TestId3Tag::writeTagged(const QString &name, const QByteArray &tag) const
{
    const QString path = m_dir.filePath(name);
    return writeFile(path, tag + m_audio) ? path : QString();
}

void TestId3Tag::header_data()
{
    addVersionRows();
}

void TestId3Tag::header()
{
    QFETCH(Version, version);
    const QByteArray tag = Id3Tag::render(fullMetadata(), version);
    QVERIFY(tag.size() > 10 + m_jpeg.size());
    QVERIFY(tag.startsWith("ID3"));
    QCOMPARE(int(tag.at(3)), int(version));
    QCOMPARE(int(tag.at(4)), 0);  // revision
    QCOMPARE(int(tag.at(5)), 0);  // no unsynchronisation, extended header or footer
    // The size is synchsafe (7 bits a byte) and counts everything after the 10-byte header,
    // so the audio must start exactly where it says.
    qint64 size = 0;
    for (int i = 6; i < 10; ++i) {
        const auto byte = quint8(tag.at(i));
        QVERIFY(byte < 0x80);
        size = (size << 7) | byte;
    }
    QCOMPARE(size + 10, qint64(tag.size()));
}

void TestId3Tag::frames_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QByteArrayList>("ids");
    QTest::addColumn<int>("encoding");

    // ID3v2 text encodings: 1 = UTF-16 with BOM, 3 = UTF-8 (2.4 only). 2.3 has no TDRC, so
    // the date becomes TYER (year) + TDAT (DDMM).
    QTest::newRow("v2.4") << Version::V24
                          << QByteArrayList{"APIC", "COMM", "TALB", "TCMP", "TCOM", "TCON", "TDRC",
                                            "TIT2", "TPE1", "TPE2", "TPOS", "TRCK", "WOAS"}
                          << 3;
    QTest::newRow("v2.3") << Version::V23
                          << QByteArrayList{"APIC", "COMM", "TALB", "TCMP", "TCOM", "TCON", "TDAT",
                                            "TIT2", "TPE1", "TPE2", "TPOS", "TRCK", "TYER", "WOAS"}
                          << 1;
}

void TestId3Tag::frames()
{
    QFETCH(Version, version);
    QFETCH(QByteArrayList, ids);
    QFETCH(int, encoding);

    bool paddingIsZero = false;
    const QMap<QByteArray, int> frames =
        walkFrames(Id3Tag::render(fullMetadata(), version), &paddingIsZero);
    QCOMPARE(frames.keys(), ids);
    QVERIFY(paddingIsZero);
    for (const char *id : {"TIT2", "TPE1", "TALB", "TPE2", "TCOM", "COMM", "APIC"})
        QVERIFY2(frames.value(id) == encoding, id);
    // TagLib writes a genre of the ID3v1 list as its number in 2.3 ("(8)", Latin-1), the form
    // 2.3 defines; readers (TagLib, FFmpeg, mutagen) turn it back into "Jazz" (roundTrip,
    // tests/tags/check_tags.py).
    if (version == Version::V24)
        QCOMPARE(frames.value("TCON"), encoding);
}

void TestId3Tag::roundTrip_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("trackTotal");
    QTest::addColumn<bool>("pngWithoutMime");
    QTest::addColumn<bool>("commentFromUrl");
    QTest::addColumn<QString>("sourceUrl");

    const QString url = QStringLiteral("https://example.com/watch?v=abc123&t=42");
    for (Version v : {Version::V24, Version::V23}) {
        const char *name = v == Version::V24 ? "v2.4" : "v2.3";
        QTest::addRow("%s full", name)
            << v << QStringLiteral("2024-05-17") << 12 << false << false << url;
        QTest::addRow("%s year only, no total", name)
            << v << QStringLiteral("1999") << 0 << false << false << url;
        QTest::addRow("%s png cover, mime sniffed", name)
            << v << QStringLiteral("2024") << 12 << true << false << url;
        QTest::addRow("%s no comment, url in COMM", name)
            << v << QStringLiteral("2024") << 12 << false << true << url;
        // WOAS is Latin-1 only; the original spelling survives through COMM.
        QTest::addRow("%s unicode url", name)
            << v << QStringLiteral("2024") << 12 << false << true
            << QStringLiteral("https://ja.wikipedia.org/wiki/日本語?q=🎵");
    }
}

void TestId3Tag::roundTrip()
{
    QFETCH(Version, version);
    QFETCH(QString, date);
    QFETCH(int, trackTotal);
    QFETCH(bool, pngWithoutMime);
    QFETCH(bool, commentFromUrl);
    QFETCH(QString, sourceUrl);

    TrackMetadata in = fullMetadata();
    in.date = date;
    in.trackTotal = trackTotal;
    in.sourceUrl = sourceUrl;
    if (commentFromUrl)
        in.comment.clear();
    if (pngWithoutMime) {
        in.cover = m_png;
        in.coverMimeType.clear();
    }

    const QString path = writeTagged(QStringLiteral("roundtrip.mp3"), Id3Tag::render(in, version));
    QVERIFY(!path.isEmpty());
    const TrackMetadata out = Id3Tag::read(path);

    QCOMPARE(out.title, in.title);
    QCOMPARE(out.artist, in.artist);
    QCOMPARE(out.album, in.album);
    QCOMPARE(out.date, in.date);
    QCOMPARE(out.albumArtist, in.albumArtist);
    QCOMPARE(out.genre, in.genre);
    QCOMPARE(out.composer, in.composer);
    QCOMPARE(out.track, in.track);
    QCOMPARE(out.trackTotal, in.trackTotal);
    QCOMPARE(out.disc, in.disc);
    QCOMPARE(out.discTotal, in.discTotal);
    QCOMPARE(out.compilation, in.compilation);
    QCOMPARE(out.comment, in.comment);
    QCOMPARE(out.sourceUrl, in.sourceUrl);
    QCOMPARE(out.coverMimeType,
             pngWithoutMime ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"));
    QVERIFY(out.cover == in.cover);  // QCOMPARE would dump kilobytes on failure
}

void TestId3Tag::emptyMetadataRendersNothing_data()
{
    addVersionRows();
}

void TestId3Tag::emptyMetadataRendersNothing()
{
    // Decided behaviour: no frames -> no tag at all (empty array), since ID3v2 requires at
    // least one frame. Fields that would produce no frame don't count.
    QFETCH(Version, version);
    QVERIFY(Id3Tag::render(TrackMetadata(), version).isEmpty());

    TrackMetadata blank;
    blank.title = QStringLiteral("   ");
    blank.trackTotal = 9;  // a total without a track number is meaningless
    blank.coverMimeType = QStringLiteral("image/png");
    QVERIFY(Id3Tag::render(blank, version).isEmpty());

    TrackMetadata titleOnly;
    titleOnly.title = QStringLiteral("Only a title");
    const QByteArray tag = Id3Tag::render(titleOnly, version);
    QVERIFY(tag.startsWith("ID3"));
    const QString path = writeTagged(QStringLiteral("title-only.mp3"), tag);
    QVERIFY(!path.isEmpty());
    TrackMetadata expected;
    expected.title = titleOnly.title;
    const TrackMetadata out = Id3Tag::read(path);
    QCOMPARE(out.title, expected.title);
    QVERIFY(out.artist.isEmpty() && out.album.isEmpty() && out.date.isEmpty());
    QVERIFY(out.comment.isEmpty() && out.sourceUrl.isEmpty());
    QCOMPARE(out.track, 0);
    QCOMPARE(out.trackTotal, 0);
    QVERIFY(out.cover.isEmpty() && out.coverMimeType.isEmpty());
}

void TestId3Tag::ffprobeSeesTags_data()
{
    addVersionRows();
}

void TestId3Tag::ffprobeSeesTags()
{
    QFETCH(Version, version);
    const TrackMetadata in = fullMetadata();
    const QString path = writeTagged(QStringLiteral("probe.mp3"), Id3Tag::render(in, version));
    QVERIFY(!path.isEmpty());

    QByteArray json;
    QVERIFY(runTool(QStringLiteral("ffprobe"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                     QStringLiteral("format_tags"), QStringLiteral("-of"), QStringLiteral("json"),
                     path},
                    &json));
    const QJsonObject tags =
        QJsonDocument::fromJson(json).object().value(QLatin1String("format")).toObject()
            .value(QLatin1String("tags")).toObject();
    QCOMPARE(tags.value(QLatin1String("title")).toString(), in.title);
    QCOMPARE(tags.value(QLatin1String("artist")).toString(), in.artist);
    QCOMPARE(tags.value(QLatin1String("album")).toString(), in.album);
    QCOMPARE(tags.value(QLatin1String("track")).toString(), QStringLiteral("3/12"));
    // FFmpeg's names for TPE2, TCON, TCOM, TPOS and TCMP.
    QCOMPARE(tags.value(QLatin1String("album_artist")).toString(), in.albumArtist);
    QCOMPARE(tags.value(QLatin1String("genre")).toString(), in.genre);
    QCOMPARE(tags.value(QLatin1String("composer")).toString(), in.composer);
    QCOMPARE(tags.value(QLatin1String("disc")).toString(), QStringLiteral("1/2"));
    QCOMPARE(tags.value(QLatin1String("compilation")).toString(), QStringLiteral("1"));
}

void TestId3Tag::untaggedFilesReadEmpty()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.mp3"));
    QVERIFY(Id3Tag::read(plain).isEmpty());
    QVERIFY(Id3Tag::read(plain).coverMimeType.isEmpty());
    QVERIFY(Id3Tag::read(m_dir.filePath(QStringLiteral("does-not-exist.mp3"))).isEmpty());
    QVERIFY(Id3Tag::read(QString()).isEmpty());

    const QString garbage = m_dir.filePath(QStringLiteral("garbage.mp3"));
    QVERIFY(writeFile(garbage, QByteArray(5000, 'x')));
    QVERIFY(Id3Tag::read(garbage).isEmpty());

    // A header that promises more tag than there is file must not crash or read junk.
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.mp3"));
    QVERIFY(writeFile(truncated, Id3Tag::render(fullMetadata(), Version::V24).left(200)));
    const TrackMetadata out = Id3Tag::read(truncated);
    QVERIFY(out.cover.isEmpty());
}

void TestId3Tag::concurrentUse()
{
    // Jobs tag their files on worker threads: render + read in parallel must not interfere.
    constexpr int kThreads = 6;
    std::vector<TrackMetadata> results(kThreads);
    std::vector<std::thread> threads;
    const TrackMetadata in = fullMetadata();
    for (int i = 0; i < kThreads; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("thread-%1.mp3").arg(i));
        threads.emplace_back([this, &results, in, path, i] {
            TrackMetadata mine = in;
            mine.track = i + 1;
            const Version version = i % 2 ? Version::V23 : Version::V24;
            if (writeFile(path, Id3Tag::render(mine, version) + m_audio))
                results[size_t(i)] = Id3Tag::read(path);
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int i = 0; i < kThreads; ++i) {
        QCOMPARE(results[size_t(i)].track, i + 1);
        QCOMPARE(results[size_t(i)].title, in.title);
        QVERIFY(results[size_t(i)].cover == in.cover);
    }
}

QTEST_GUILESS_MAIN(TestId3Tag)
#include "tst_id3tag.moc"
