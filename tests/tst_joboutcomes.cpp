// Issue 20, through the real queue (real FFmpeg, real HTTP on 127.0.0.1): a damaged local file
// fails at once as damaged (it used to be a "network" error, retried 3 times), while a real
// network failure is still retried; a title too long for a file name no longer fails the job.
// Issue 13 items 6 and 9: the file-name template applies to direct links and local files too,
// over the source's own tags, and an untagged source still gets a title and its link.
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "QueueHarness.h"
#include "transcode/Id3Tag.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

class TestJobOutcomes : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;

    static QString ffprobe() { return QFileInfo(MediaFixtures::ffmpeg()).absoluteDir().filePath(QStringLiteral("ffprobe")); }

private slots:
    void initTestCase() { m_fx = std::make_unique<MediaFixtures>(m_media.path()); }

    // FFmpeg's FLAC demuxer answers a file cut inside its header with EIO, which was mapped to
    // "network" for every input.
    void damagedLocalFileFailsAtOnce_data()
    {
        QTest::addColumn<int>("keepBytes");
        QTest::newRow("cut in the header") << 30;
        QTest::newRow("only the magic") << 6;
    }
    void damagedLocalFileFailsAtOnce()
    {
        QFETCH(int, keepBytes);
        QString error;
        const QString good = m_fx->make(QStringLiteral("good.flac"), MediaFixtures::monoTone(2) + QStringList{QStringLiteral("-c:a"), QStringLiteral("flac")}, &error);
        QVERIFY2(!good.isEmpty(), qPrintable(error));
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString damaged = m_media.filePath(QStringLiteral("damaged-%1.flac").arg(keepBytes));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(keepBytes));
        out.close();

        QueueHarness harness;
        const Job j = harness.runToEnd(damaged);
        QCOMPARE(j.state, JobState::Failed);
        QVERIFY2(j.errorCategory != ErrorCategory::Network && j.errorCategory != ErrorCategory::TimedOut,
                 qPrintable(errorCategoryName(j.errorCategory) + QStringLiteral(": ") + j.errorMessage()));
        QCOMPARE(j.attempts, 1);
        QVERIFY(!j.retryAt.isValid());
        QVERIFY2(j.errorMessage().contains(QStringLiteral("damaged")), qPrintable(j.errorMessage()));
    }

    void realNetworkErrorIsStillRetried()
    {
        QueueHarness harness;
        const Job j = harness.runToEnd(QStringLiteral("http://127.0.0.1:9/gone.flac"));
        QCOMPARE(j.state, JobState::Failed);
        QCOMPARE(j.errorCategory, ErrorCategory::Network);
        QCOMPARE(j.attempts, 4);
    }

    // 80 Japanese characters are 240 UTF-8 bytes: "<title>.mp3.part.<8 hex>" was over 255 and the
    // job failed with "File name too long". Now the file name is shortened, the tag keeps all.
    void longTitleIsShortenedInTheNameOnly()
    {
        const QString title = QString(80, QChar(0x97F3)) + QStringLiteral(" end");
        QString error;
        const QString media = m_fx->make(QStringLiteral("long.webm"),
                                         MediaFixtures::stereoTones(1)
                                             + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"),
                                                           QStringLiteral("-metadata"), QStringLiteral("title=") + title},
                                         &error);
        QVERIFY2(!media.isEmpty(), qPrintable(error));
        LocalHttpServer files(QFileInfo(media).absolutePath());
        QueueHarness harness;
        const Job j = harness.runToEnd(files.url(QStringLiteral("long.webm")));
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        const QString name = QFileInfo(j.outputPath).fileName();
        QVERIFY(name.endsWith(QStringLiteral(".mp3")));
        QVERIFY(QFile::encodeName(name).size() <= 255);
        QVERIFY2(title.startsWith(name.chopped(4)), qPrintable(name));
        QVERIFY(name.chopped(4).size() < title.size());

        QProcess probe;
        probe.start(ffprobe(), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                QStringLiteral("format_tags=title"), QStringLiteral("-of"),
                                QStringLiteral("default=nw=1:nk=1"), j.outputPath});
        QVERIFY(probe.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(probe.readAllStandardOutput()).trimmed(), title);
    }

    // The preview promised "Miles Davis - Blue in Green.mp3"; files came out "song.mp3" (local)
    // and "song (5).mp3" (direct link) because the template only saw yt-dlp's up-front title.
    void templateNamesEveryKindOfInput_data()
    {
        QTest::addColumn<bool>("viaHttp");
        QTest::addColumn<bool>("tagged");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<QString>("expectedTitle");
        QTest::newRow("local file") << false << true << "Miles Davis - Blue in Green.mp3" << "Blue in Green";
        QTest::newRow("direct link") << true << true << "Miles Davis - Blue in Green.mp3" << "Blue in Green";
        QTest::newRow("untagged local file") << false << false << "bare tune.mp3" << "bare tune";
        QTest::newRow("untagged direct link") << true << false << "bare tune.mp3" << "bare tune";
    }
    void templateNamesEveryKindOfInput()
    {
        QFETCH(bool, viaHttp);
        QFETCH(bool, tagged);
        QFETCH(QString, expectedName);
        QFETCH(QString, expectedTitle);
        const QString fileName = tagged ? QStringLiteral("song.flac") : QStringLiteral("bare tune.wav");
        const QStringList tags = tagged
            ? QStringList{QStringLiteral("-metadata"), QStringLiteral("title=Blue in Green"), QStringLiteral("-metadata"),
                          QStringLiteral("artist=Miles Davis"), QStringLiteral("-metadata"), QStringLiteral("genre=Jazz")}
            : QStringList{QStringLiteral("-map_metadata"), QStringLiteral("-1"), QStringLiteral("-fflags"),
                          QStringLiteral("+bitexact")};
        QString error;
        const QString media = m_fx->make(fileName, MediaFixtures::monoTone(1) + tags, &error);
        QVERIFY2(!media.isEmpty(), qPrintable(error));
        LocalHttpServer files(QFileInfo(media).absolutePath());
        const QString input = viaHttp ? files.url(fileName) : media;

        QueueHarness harness([](QueueConfig &c) { c.fileNameTemplate = QStringLiteral("{artist} - {title}"); });
        const Job j = harness.runToEnd(input);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        QCOMPARE(QFileInfo(j.outputPath).fileName(), expectedName);

        const TrackMetadata tag = Id3Tag::read(j.outputPath);
        QCOMPARE(tag.title, expectedTitle);
        QCOMPARE(tag.genre, tagged ? QStringLiteral("Jazz") : QString());
        // A link is where the file came from (WOAS, and COMM when there is no comment); a
        // local path is not written into the tag (it would travel with a shared MP3).
        QCOMPARE(tag.sourceUrl, viaHttp ? input : QString());
    }

    // yt-dlp's genre, release_year and channel (the artist fallback) reach the MP3, and name it.
    void ytDlpMusicFieldsReachTheMp3()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("yt-dlp")).isEmpty())
            QSKIP("yt-dlp is not installed");
        QString error;
        const QString media = m_fx->make(QStringLiteral("jw.webm"),
                                         MediaFixtures::monoTone(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")},
                                         &error);
        QVERIFY2(!media.isEmpty(), qPrintable(error));
        QFile page(m_media.filePath(QStringLiteral("jw.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<!DOCTYPE html><html><head><title>JW</title></head><body><div id=\"p\"></div><script>"
                   "jwplayer(\"p\").setup({\"file\": \"jw.webm\", \"title\": \"Blue in Green\", "
                   "\"genre\": \"Jazz\", \"releasedate\": 1959, \"channel\": \"Miles Davis\"});"
                   "</script></body></html>");
        page.close();
        LocalHttpServer files(m_media.path());
        QueueHarness harness([](QueueConfig &c) { c.fileNameTemplate = QStringLiteral("{artist} - {title} ({date})"); });
        const QString url = files.url(QStringLiteral("jw.html"));
        const Job j = harness.runToEnd(url);
        QVERIFY2(j.state == JobState::Done, qPrintable(j.errorMessage()));
        QCOMPARE(QFileInfo(j.outputPath).fileName(), QStringLiteral("Miles Davis - Blue in Green (1959).mp3"));
        const TrackMetadata tag = Id3Tag::read(j.outputPath);
        QCOMPARE(tag.genre, QStringLiteral("Jazz"));
        QCOMPARE(tag.date, QStringLiteral("1959"));
        QCOMPARE(tag.artist, QStringLiteral("Miles Davis"));
        QCOMPARE(tag.sourceUrl, url);
    }
};

QTEST_GUILESS_MAIN(TestJobOutcomes)
#include "tst_joboutcomes.moc"
