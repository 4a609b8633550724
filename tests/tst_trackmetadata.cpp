// Tags from the source reach the MP3 (issue 13 items 5, 6 and 9): TrackMetadata::fromTags on
// the key spellings containers use, then real files made by the ffmpeg CLI in every common
// container, converted by the real transcoder and read back with TagLib (tests/tags/ checks
// the same files with mutagen, an independent reader).
#include "MediaFixtures.h"
#include "transcode/Id3Tag.h"
#include "transcode/Transcoder.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

using Tags = QList<QPair<QString, QString>>;

QHash<QString, QString> lowerCased(const Tags &tags)
{
    QHash<QString, QString> out;
    for (const auto &[key, value] : tags)
        out.insert(key.toLower(), value);
    return out;
}

QStringList metadataArgs(const Tags &tags)
{
    QStringList args;
    for (const auto &[key, value] : tags)
        args << QStringLiteral("-metadata") << key + QLatin1Char('=') + value;
    return args;
}

// Every common tag, in the names the ffmpeg CLI maps to each container's own (ID3 frames, MP4
// atoms, Vorbis comments).
Tags genericTags()
{
    return {{QStringLiteral("title"), QStringLiteral("Blue in Green")},
            {QStringLiteral("artist"), QStringLiteral("Miles Davis")},
            {QStringLiteral("album"), QStringLiteral("Kind of Blue")},
            {QStringLiteral("album_artist"), QStringLiteral("Miles Davis Sextet")},
            {QStringLiteral("genre"), QStringLiteral("Jazz")},
            {QStringLiteral("composer"), QStringLiteral("Bill Evans")},
            {QStringLiteral("date"), QStringLiteral("1959")},
            {QStringLiteral("track"), QStringLiteral("3/12")},
            {QStringLiteral("disc"), QStringLiteral("1/2")},
            {QStringLiteral("compilation"), QStringLiteral("1")},
            {QStringLiteral("comment"), QStringLiteral("Remastered — ünïcødé")}};
}

// The same tags the way taggers write Vorbis comments: number and total as separate fields.
Tags vorbisTags(const char *trackTotalKey, const char *discTotalKey, const char *albumArtistKey)
{
    return {{QStringLiteral("TITLE"), QStringLiteral("Blue in Green")},
            {QStringLiteral("ARTIST"), QStringLiteral("Miles Davis")},
            {QStringLiteral("ALBUM"), QStringLiteral("Kind of Blue")},
            {QString::fromLatin1(albumArtistKey), QStringLiteral("Miles Davis Sextet")},
            {QStringLiteral("GENRE"), QStringLiteral("Jazz")},
            {QStringLiteral("COMPOSER"), QStringLiteral("Bill Evans")},
            {QStringLiteral("DATE"), QStringLiteral("1959")},
            {QStringLiteral("TRACKNUMBER"), QStringLiteral("3")},
            {QString::fromLatin1(trackTotalKey), QStringLiteral("12")},
            {QStringLiteral("DISCNUMBER"), QStringLiteral("1")},
            {QString::fromLatin1(discTotalKey), QStringLiteral("2")},
            {QStringLiteral("COMPILATION"), QStringLiteral("1")},
            {QStringLiteral("DESCRIPTION"), QStringLiteral("Remastered — ünïcødé")}};
}

}  // namespace

class TestTrackMetadata : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fromTags_data();
    void fromTags();
    void parseNumberPair_data();
    void parseNumberPair();
    void mergeKeepsTheFilesTotal();
    void everyTagArrives_data();
    void everyTagArrives();
    void callerTagsWinFieldByField();
    void untaggedSourceGetsTitleFromItsName_data();
    void untaggedSourceGetsTitleFromItsName();
    void templateNamesFromTheSourcesTags_data();
    void templateNamesFromTheSourcesTags();

private:
    QString fixture(const QString &name, const QStringList &args);
    TranscodeResult convert(const QString &input, const QString &pattern = QString(),
                            const TrackMetadata &metadata = {}, bool allowCopy = false);

    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_fx;
};

void TestTrackMetadata::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fx = std::make_unique<MediaFixtures>(m_dir.filePath(QStringLiteral("in")));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("in"))));
}

QString TestTrackMetadata::fixture(const QString &name, const QStringList &args)
{
    QString error;
    const QString path = m_fx->make(name, args, &error);
    if (path.isEmpty())
        qWarning().noquote() << error;
    return path;
}

TranscodeResult TestTrackMetadata::convert(const QString &input, const QString &pattern,
                                           const TrackMetadata &metadata, bool allowCopy)
{
    static int n = 0;
    TranscodeRequest request;
    request.input = input;
    request.outputDir = m_dir.filePath(QStringLiteral("out%1").arg(++n));
    request.fileNameTemplate = pattern;
    request.metadata = metadata;
    request.encoder.allowStreamCopy = allowCopy;
    return Transcoder(request).run({});
}

void TestTrackMetadata::fromTags_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QString>("albumArtist");
    QTest::addColumn<int>("track");
    QTest::addColumn<int>("trackTotal");
    QTest::addColumn<int>("disc");
    QTest::addColumn<int>("discTotal");
    QTest::addColumn<bool>("compilation");

    const auto t = [](const char *k, const char *v) { return qMakePair(QString::fromLatin1(k), QString::fromLatin1(v)); };
    QTest::newRow("ffmpeg generic names") << Tags{t("album_artist", "AA"), t("track", "3/12"), t("disc", "1/2"),
                                                  t("compilation", "1")}
                                          << "AA" << 3 << 12 << 1 << 2 << true;
    QTest::newRow("vorbis TRACKTOTAL DISCTOTAL") << Tags{t("ALBUMARTIST", "AA"), t("track", "3"), t("TRACKTOTAL", "12"),
                                                         t("disc", "1"), t("DISCTOTAL", "2")}
                                                 << "AA" << 3 << 12 << 1 << 2 << false;
    QTest::newRow("vorbis TOTALTRACKS TOTALDISCS") << Tags{t("ALBUM ARTIST", "AA"), t("TRACKNUMBER", "03"),
                                                           t("TOTALTRACKS", "12"), t("DISCNUMBER", "1"),
                                                           t("TOTALDISCS", "2")}
                                                   << "AA" << 3 << 12 << 1 << 2 << false;
    QTest::newRow("pair wins over a separate total") << Tags{t("track", "3/12"), t("TRACKTOTAL", "99")}
                                                     << "" << 3 << 12 << 0 << 0 << false;
    QTest::newRow("id3 raw TCMP and TPE2") << Tags{t("TPE2", "AA"), t("TCMP", "1"), t("TPOS", "2/2")}
                                           << "AA" << 0 << 0 << 2 << 2 << true;
    QTest::newRow("garbage numbers") << Tags{t("track", "A side"), t("TRACKTOTAL", "12"), t("disc", "-1/2")}
                                     << "" << 0 << 0 << 0 << 0 << false;
    QTest::newRow("total below number is dropped") << Tags{t("track", "12/3"), t("compilation", "0")}
                                                   << "" << 12 << 0 << 0 << 0 << false;
}

void TestTrackMetadata::fromTags()
{
    QFETCH(Tags, tags);
    const TrackMetadata m = TrackMetadata::fromTags(lowerCased(tags));
    QTEST(m.albumArtist, "albumArtist");
    QTEST(m.track, "track");
    QTEST(m.trackTotal, "trackTotal");
    QTEST(m.disc, "disc");
    QTEST(m.discTotal, "discTotal");
    QTEST(m.compilation, "compilation");
}

void TestTrackMetadata::parseNumberPair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("total");
    QTest::newRow("plain") << "7" << 7 << 0;
    QTest::newRow("pair") << " 3 / 12 " << 3 << 12;
    QTest::newRow("of") << "03 of 12" << 3 << 12;
    QTest::newRow("zero") << "0/12" << 0 << 0;
    QTest::newRow("text") << "three" << 0 << 0;
    QTest::newRow("empty") << "" << 0 << 0;
}

void TestTrackMetadata::parseNumberPair()
{
    QFETCH(QString, text);
    int number = -1, total = -1;
    TrackMetadata::parseNumberPair(text, &number, &total);
    QTEST(number, "number");
    QTEST(total, "total");
}

void TestTrackMetadata::mergeKeepsTheFilesTotal()
{
    TrackMetadata file;
    file.track = 3;
    file.trackTotal = 12;
    file.genre = QStringLiteral("Jazz");
    TrackMetadata site;  // yt-dlp knows the number, not the total
    site.track = 3;
    site.genre = QStringLiteral("Cool Jazz");
    TrackMetadata merged = file.mergedWith(site);
    QCOMPARE(merged.trackTotal, 12);
    QCOMPARE(merged.genre, QStringLiteral("Cool Jazz"));
    site.track = 4;  // another number: the file's total no longer describes it
    merged = file.mergedWith(site);
    QCOMPARE(merged.track, 4);
    QCOMPARE(merged.trackTotal, 0);
}

void TestTrackMetadata::everyTagArrives_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("allowCopy");

    const QStringList tone{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                           QStringLiteral("sine=f=440:d=2")};
    const auto codec = [](const char *c) { return QStringList{QStringLiteral("-c:a"), QString::fromLatin1(c)}; };
    QTest::newRow("flac vorbis TRACKTOTAL") << "a.flac" << tone + metadataArgs(vorbisTags("TRACKTOTAL", "DISCTOTAL", "ALBUMARTIST")) << false;
    QTest::newRow("ogg vorbis TOTALTRACKS") << "a.ogg" << tone + codec("libvorbis") + metadataArgs(vorbisTags("TOTALTRACKS", "TOTALDISCS", "ALBUM ARTIST")) << false;
    QTest::newRow("opus") << "a.opus" << tone + codec("libopus") + metadataArgs(vorbisTags("TRACKTOTAL", "DISCTOTAL", "ALBUMARTIST")) << false;
    QTest::newRow("m4a atoms") << "a.m4a" << tone + codec("aac") + metadataArgs(genericTags()) << false;
    QTest::newRow("mp3 id3 re-encoded") << "a.mp3" << tone + codec("libmp3lame") + metadataArgs(genericTags()) << false;
    QTest::newRow("mp3 id3 stream copy") << "b.mp3" << tone + codec("libmp3lame") + QStringList{QStringLiteral("-b:a"), QStringLiteral("128k")} + metadataArgs(genericTags()) << true;
    QTest::newRow("wma asf") << "a.wma" << tone + codec("wmav2") + metadataArgs(genericTags()) << false;
}

void TestTrackMetadata::everyTagArrives()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, args);
    QFETCH(bool, allowCopy);
    const QString input = fixture(fileName, args);
    QVERIFY(!input.isEmpty());
    const TranscodeResult r = convert(input, QString(), {}, allowCopy);
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    QCOMPARE(r.streamCopied, allowCopy);

    const TrackMetadata m = Id3Tag::read(r.outputPath);
    QCOMPARE(m.title, QStringLiteral("Blue in Green"));
    QCOMPARE(m.artist, QStringLiteral("Miles Davis"));
    QCOMPARE(m.album, QStringLiteral("Kind of Blue"));
    QCOMPARE(m.albumArtist, QStringLiteral("Miles Davis Sextet"));
    QCOMPARE(m.genre, QStringLiteral("Jazz"));
    QCOMPARE(m.composer, QStringLiteral("Bill Evans"));
    QCOMPARE(m.date, QStringLiteral("1959"));
    QCOMPARE(m.track, 3);
    QCOMPARE(m.trackTotal, 12);
    QCOMPARE(m.disc, 1);
    QCOMPARE(m.discTotal, 2);
    QCOMPARE(m.compilation, true);
    QCOMPARE(m.comment, QStringLiteral("Remastered — ünïcødé"));
    // The default template is {title}: named from the tag, not from "a.flac".
    QCOMPARE(QFileInfo(r.outputPath).fileName(), QStringLiteral("Blue in Green.mp3"));
}

void TestTrackMetadata::callerTagsWinFieldByField()
{
    const QString input = fixture(QStringLiteral("caller.flac"),
                                  QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                              QStringLiteral("sine=d=1")}
                                      + metadataArgs(vorbisTags("TRACKTOTAL", "DISCTOTAL", "ALBUMARTIST")));
    QVERIFY(!input.isEmpty());
    TrackMetadata site;
    site.genre = QStringLiteral("Modal Jazz");
    site.albumArtist = QStringLiteral("Miles Davis");
    site.disc = 2;
    const TranscodeResult r = convert(input, QString(), site);
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    const TrackMetadata m = Id3Tag::read(r.outputPath);
    QCOMPARE(m.genre, QStringLiteral("Modal Jazz"));
    QCOMPARE(m.albumArtist, QStringLiteral("Miles Davis"));
    QCOMPARE(m.composer, QStringLiteral("Bill Evans"));  // only the file knows it
    QCOMPARE(m.disc, 2);
    QCOMPARE(m.discTotal, 0);
    QCOMPARE(m.trackTotal, 12);
}

void TestTrackMetadata::untaggedSourceGetsTitleFromItsName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("wav") << "My Song_01.wav";
    QTest::newRow("flac") << "untagged.flac";
}

// Issue 13 item 6: a source without tags used to give an MP3 with no ID3 tag at all.
void TestTrackMetadata::untaggedSourceGetsTitleFromItsName()
{
    QFETCH(QString, fileName);
    const QString input = fixture(fileName, {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                             QStringLiteral("sine=d=1"), QStringLiteral("-map_metadata"),
                                             QStringLiteral("-1"), QStringLiteral("-fflags"),
                                             QStringLiteral("+bitexact")});
    QVERIFY(!input.isEmpty());
    const TranscodeResult r = convert(input, QStringLiteral("{artist} - {title}"));
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    const QString base = QFileInfo(fileName).completeBaseName();
    QCOMPARE(Id3Tag::read(r.outputPath).title, base);
    QCOMPARE(QFileInfo(r.outputPath).fileName(), base + QStringLiteral(".mp3"));
}

void TestTrackMetadata::templateNamesFromTheSourcesTags_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    QTest::newRow("artist - title") << "{artist} - {title}" << "Miles Davis - Blue in Green.mp3";
    QTest::newRow("track. title") << "{track}. {title}" << "03. Blue in Green.mp3";
    QTest::newRow("album date") << "{album} ({date}) {title}" << "Kind of Blue (1959) Blue in Green.mp3";
}

// Issue 13 item 9: the template applies to a local file's own tags (it used to keep "song").
void TestTrackMetadata::templateNamesFromTheSourcesTags()
{
    QFETCH(QString, pattern);
    static const QString input = fixture(QStringLiteral("song.flac"),
                                         QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                     QStringLiteral("-i"), QStringLiteral("sine=d=1")}
                                             + metadataArgs(vorbisTags("TRACKTOTAL", "DISCTOTAL", "ALBUMARTIST")));
    QVERIFY(!input.isEmpty());
    const TranscodeResult r = convert(input, pattern);
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    QTEST(QFileInfo(r.outputPath).fileName(), "expected");
}

QTEST_GUILESS_MAIN(TestTrackMetadata)
#include "tst_trackmetadata.moc"
