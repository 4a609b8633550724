// The transcoder against real FFmpeg, LAME and TagLib, on fixtures made by the ffmpeg CLI.
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "Mp3Probe.h"
#include "transcode/CoverArt.h"
#include "transcode/Id3Tag.h"
#include "transcode/Transcoder.h"

#include <QProcess>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

const QString kUnicode = QStringLiteral("Ünïcødé — 日本語 🎵 עברית");
// Tags the tagged fixtures carry; they must arrive in the MP3 unchanged.
QStringList sourceTagArgs()
{
    return {QStringLiteral("-metadata"), QStringLiteral("title=") + kUnicode,
            QStringLiteral("-metadata"), QStringLiteral("artist=Ärtist 🎸"),
            QStringLiteral("-metadata"), QStringLiteral("album=Albüm"),
            QStringLiteral("-metadata"), QStringLiteral("date=2021"),
            QStringLiteral("-metadata"), QStringLiteral("track=3/12")};
}

QStringList dirEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Expect {
    int channels = 2;
    int rate = 48000;
    int leftHz = 1000;   // 0 = do not check tones
    int rightHz = 440;
    bool tags = false;
    bool cover = false;
    bool streamCopy = false;
};

}  // namespace

Q_DECLARE_METATYPE(Expect)

class TestTranscoder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_fixtureDir;
    std::unique_ptr<MediaFixtures> m_fx;
    QString m_coverJpeg;
    QString m_bigPng;

    QString fixture(const QString &name, const QStringList &args)
    {
        QString error;
        const QString path = m_fx->make(name, args, &error);
        if (path.isEmpty())
            qFatal("%s", qPrintable(error));
        return path;
    }

    TranscodeResult convert(const QString &input, const QString &outDir,
                            EncoderSettings settings = {}, TrackMetadata metadata = {})
    {
        TranscodeRequest request;
        request.input = input;
        request.outputDir = outDir;
        request.encoder = settings;
        request.metadata = std::move(metadata);
        return Transcoder(request).run();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!MediaFixtures::ffmpeg().isEmpty(), "the ffmpeg CLI is needed to make fixtures");
        QVERIFY(m_fixtureDir.isValid());
        m_fx = std::make_unique<MediaFixtures>(m_fixtureDir.path());
        const QStringList one = {QStringLiteral("-frames:v"), QStringLiteral("1")};
        m_coverJpeg = fixture(QStringLiteral("cover.jpg"),
                              QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                          QStringLiteral("testsrc2=size=300x300")} + one);
        m_bigPng = fixture(QStringLiteral("big.png"),
                           QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                       QStringLiteral("testsrc2=size=2400x1600")} + one);
    }

    void goodInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<EncoderSettings>("settings");
        QTest::addColumn<Expect>("expect");
        const QString C = QStringLiteral("-c:a");
        const QString B = QStringLiteral("-b:a");
        // Inputs must precede output options: tones (8 args of inputs) + cover + the rest.
        const auto withCover = [&](const QStringList &tones) {
            return tones.mid(0, 8) + QStringList{QStringLiteral("-i"), m_coverJpeg} + tones.mid(8)
                + QStringList{QStringLiteral("-map"), QStringLiteral("2:v"), QStringLiteral("-c:v"), QStringLiteral("copy"),
                              QStringLiteral("-disposition:v:0"), QStringLiteral("attached_pic")};
        };
        const EncoderSettings cbr192;

        QTest::newRow("opus/webm, tags")
            << fixture(QStringLiteral("opus.webm"), MediaFixtures::stereoTones(6) + QStringList{C, QStringLiteral("libopus"), B, QStringLiteral("128k")} + sourceTagArgs())
            << cbr192 << Expect{2, 48000, 1000, 440, true, false, false};
        QTest::newRow("aac/m4a, tags+cover")
            << fixture(QStringLiteral("aac.m4a"), withCover(MediaFixtures::stereoTones(6, 1000, 440, 44100)) + QStringList{C, QStringLiteral("aac"), B, QStringLiteral("160k")} + sourceTagArgs())
            << cbr192 << Expect{2, 44100, 1000, 440, true, true, false};
        QTest::newRow("vorbis/ogg, tags")
            << fixture(QStringLiteral("vorbis.ogg"), MediaFixtures::stereoTones(6, 440, 1000, 44100) + QStringList{C, QStringLiteral("libvorbis")} + sourceTagArgs())
            << cbr192 << Expect{2, 44100, 440, 1000, true, false, false};
        QTest::newRow("flac 24-bit 96 kHz, tags+cover")
            << fixture(QStringLiteral("hires.flac"), withCover(MediaFixtures::stereoTones(6, 1000, 440, 96000)) + QStringList{C, QStringLiteral("flac"), QStringLiteral("-sample_fmt"), QStringLiteral("s32"), QStringLiteral("-bits_per_raw_sample"), QStringLiteral("24")} + sourceTagArgs())
            << cbr192 << Expect{2, 48000, 1000, 440, true, true, false};
        QTest::newRow("wav 8-bit 11.025 kHz mono")
            << fixture(QStringLiteral("lofi.wav"), MediaFixtures::monoTone(6, 1000, 11025) + QStringList{C, QStringLiteral("pcm_u8")})
            << cbr192 << Expect{1, 11025, 1000, 0, false, false, false};
        QTest::newRow("mp3 128k -> stream copy")
            << fixture(QStringLiteral("low.mp3"), MediaFixtures::stereoTones(6, 1000, 440, 44100) + QStringList{C, QStringLiteral("libmp3lame"), B, QStringLiteral("128k")} + sourceTagArgs())
            << cbr192 << Expect{2, 44100, 1000, 440, true, false, true};
        QTest::newRow("mp3 320k -> re-encoded")
            << fixture(QStringLiteral("high.mp3"), MediaFixtures::stereoTones(6, 1000, 440, 44100) + QStringList{C, QStringLiteral("libmp3lame"), B, QStringLiteral("320k")})
            << cbr192 << Expect{2, 44100, 1000, 440, false, false, false};
        QTest::newRow("mp4 video+audio")
            << fixture(QStringLiteral("movie.mp4"), QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=size=320x240:rate=25:d=6")} + MediaFixtures::stereoTones(6, 1000, 440, 48000).mid(0, 8) + QStringList{QStringLiteral("-filter_complex"), QStringLiteral("[1:a][2:a]amerge=inputs=2[a]"), QStringLiteral("-map"), QStringLiteral("0:v"), QStringLiteral("-map"), QStringLiteral("[a]"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"), C, QStringLiteral("aac")})
            << cbr192 << Expect{2, 48000, 1000, 440, false, false, false};
        // 5.1: FL 1 kHz, FR 440 Hz, centre 600 Hz, LFE/back silent. The downmix must keep
        // left and right apart and put the centre in both.
        QTest::newRow("aac 5.1 -> stereo")
            << fixture(QStringLiteral("surround.m4a"), {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("aevalsrc=0.5*sin(2*PI*1000*t)|0.5*sin(2*PI*440*t)|0.3*sin(2*PI*600*t)|0|0|0:c=5.1:s=48000:d=6"), C, QStringLiteral("aac"), B, QStringLiteral("384k")})
            << cbr192 << Expect{2, 48000, 1000, 440, false, false, false};
        // The rest of the Release-crash matrix of issue 12 (AC-3, WMA, 7.1 FLAC): each went
        // through the resampler set-up that copied into an uninitialised channel layout.
        QTest::newRow("ac-3 5.1 -> stereo")
            << fixture(QStringLiteral("film.ac3"), {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("aevalsrc=0.5*sin(2*PI*1000*t)|0.5*sin(2*PI*440*t)|0.3*sin(2*PI*600*t)|0|0|0:c=5.1:s=48000:d=6"), C, QStringLiteral("ac3"), B, QStringLiteral("448k")})
            << cbr192 << Expect{2, 48000, 1000, 440, false, false, false};
        QTest::newRow("wma v2")
            << fixture(QStringLiteral("old.wma"), MediaFixtures::stereoTones(6, 1000, 440, 44100) + QStringList{C, QStringLiteral("wmav2"), B, QStringLiteral("128k")})
            << cbr192 << Expect{2, 44100, 1000, 440, false, false, false};
        QTest::newRow("flac 7.1 -> stereo")
            << fixture(QStringLiteral("surround71.flac"), {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("aevalsrc=0.5*sin(2*PI*1000*t)|0.5*sin(2*PI*440*t)|0.3*sin(2*PI*600*t)|0|0|0|0|0:c=7.1:s=48000:d=6"), C, QStringLiteral("flac")})
            << cbr192 << Expect{2, 48000, 1000, 440, false, false, false};
        QTest::newRow("2-second clip")
            << fixture(QStringLiteral("clip.webm"), MediaFixtures::stereoTones(2) + QStringList{C, QStringLiteral("libopus")})
            << cbr192 << Expect{2, 48000, 1000, 440, false, false, false};
        QTest::newRow("vbr V2")
            << fixture(QStringLiteral("vbr-src.ogg"), MediaFixtures::stereoTones(6, 1000, 440, 44100) + QStringList{C, QStringLiteral("libvorbis")})
            << EncoderSettings::vbr(2) << Expect{2, 44100, 1000, 440, false, false, false};
        QTest::newRow("cbr 320")
            << fixture(QStringLiteral("cbr320-src.flac"), MediaFixtures::stereoTones(6, 1000, 440, 44100) + QStringList{C, QStringLiteral("flac")})
            << EncoderSettings::cbr(320) << Expect{2, 44100, 1000, 440, false, false, false};
        QTest::newRow("cbr 32 mono")
            << fixture(QStringLiteral("cbr32-src.flac"), MediaFixtures::monoTone(6, 440, 32000) + QStringList{C, QStringLiteral("flac")})
            << EncoderSettings::cbr(32) << Expect{1, 32000, 440, 0, false, false, false};
    }

    void goodInputs()
    {
        QFETCH(QString, input);
        QFETCH(EncoderSettings, settings);
        QFETCH(Expect, expect);
        QTemporaryDir out;

        const TranscodeResult r = convert(input, out.path(), settings);
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        // 192 kbps does not exist at 11.025 kHz: the MP3 gets 64 kbps, and the result says so.
        const QStringList expectedWarnings = expect.rate < 16000 && settings.mode == EncoderSettings::Mode::Cbr
            ? QStringList{QStringLiteral("At this source's sample rate (11.025 kHz) an MP3 can have at most 64 kbps, "
                                         "so it was made at 64 kbps instead of 192 kbps.")}
            : QStringList{};
        QCOMPARE(r.warnings, expectedWarnings);
        QCOMPARE(r.streamCopied, expect.streamCopy);
        QCOMPARE(dirEntries(out.path()), QStringList{QFileInfo(r.outputPath).fileName()});
        // Named by the default template ({title}) over the source's tags, else after the file.
        QCOMPARE(QFileInfo(r.outputPath).completeBaseName(),
                 expect.tags ? kUnicode : QFileInfo(input).completeBaseName());

        // It is an MP3 with the expected shape and bitrate mode.
        const QList<int> freqs = {1000, 440, 600};
        const MediaProbe mp3 = probeMedia(r.outputPath, freqs);
        QVERIFY2(mp3.ok, qPrintable(mp3.error));
        QCOMPARE(mp3.formatName, QStringLiteral("mp3"));
        QCOMPARE(mp3.codecName, QStringLiteral("mp3"));
        QCOMPARE(mp3.channels, expect.channels);
        QCOMPARE(mp3.sampleRate, expect.rate);
        if (!expect.streamCopy) {
            const bool vbr = settings.mode == EncoderSettings::Mode::Vbr;
            // Every file has the tag, also at 32 kbps mono where LAME leaves it out (a frame of
            // 104 bytes is too small; Mp3Encoder writes it in a larger frame, tst_mp3output).
            QCOMPARE(xingTagKind(r.outputPath), vbr ? QByteArray("Xing") : QByteArray("Info"));
            if (!vbr && expect.rate >= 32000)  // MPEG-2/2.5 rates cap the bitrate
                QVERIFY2(qAbs(mp3.bitRate - settings.bitrateKbps * 1000) <= settings.bitrateKbps * 40,
                         qPrintable(QString::number(mp3.bitRate)));
        } else {
            // Byte-for-byte the source's frames, including its own Info/LAME frame.
            QVERIFY(audioAfterId3v2(r.outputPath) == audioAfterId3v2(input));
        }

        // Same length as the source, to within 50 ms, counting decoded samples.
        const MediaProbe src = probeMedia(input);
        QVERIFY(src.ok);
        const double diffMs = qAbs(mp3.decodedSeconds() - src.decodedSeconds()) * 1000.0;
        QVERIFY2(diffMs <= 50.0, qPrintable(QStringLiteral("mp3 %1 s vs source %2 s")
                                                .arg(mp3.decodedSeconds()).arg(src.decodedSeconds())));
        // FFmpeg's demuxer reports frames x samples-per-frame without the LAME tag's delay and
        // padding (~2000 samples): within 50 ms at MPEG-1 rates, more at the low MPEG-2.5 ones.
        if (expect.rate >= 32000)
            QVERIFY2(qAbs(mp3.containerSeconds - src.decodedSeconds()) <= 0.05,
                     qPrintable(QStringLiteral("container says %1 s").arg(mp3.containerSeconds)));

        // The audio really is the source: each channel keeps its own dominant tone.
        if (expect.leftHz) {
            QCOMPARE(freqs.at(dominantIndex(mp3.tones.at(0).mid(0, 2))), expect.leftHz);
            QVERIFY(mp3.tones.at(0).at(freqs.indexOf(expect.leftHz)) > 1e-3);
        }
        if (expect.rightHz)
            QCOMPARE(freqs.at(dominantIndex(mp3.tones.at(1).mid(0, 2))), expect.rightHz);
        if (QByteArray(QTest::currentDataTag()).contains("-> stereo")) {
            // Centre present in both channels (about -3 dB), far above the noise floor.
            QVERIFY(mp3.tones.at(0).at(2) > mp3.tones.at(0).at(1) * 20);
            QVERIFY(mp3.tones.at(1).at(2) > mp3.tones.at(1).at(0) * 20);
        }

        // Tags and cover read back exactly.
        const TrackMetadata tags = Id3Tag::read(r.outputPath);
        if (expect.tags) {
            QCOMPARE(tags.title, kUnicode);
            QCOMPARE(tags.artist, QStringLiteral("Ärtist 🎸"));
            QCOMPARE(tags.album, QStringLiteral("Albüm"));
            QCOMPARE(tags.date, QStringLiteral("2021"));
            QCOMPARE(tags.track, 3);
            QCOMPARE(tags.trackTotal, 12);
        }
        if (expect.cover) {
            QCOMPARE(tags.cover, readAll(m_coverJpeg));
            QCOMPARE(tags.coverMimeType, QStringLiteral("image/jpeg"));
        } else {
            QVERIFY(tags.cover.isEmpty());
        }
    }

    void requestTagsWinAndLargeCoverIsScaled_data()
    {
        QTest::addColumn<int>("id3");
        QTest::newRow("ID3v2.4") << int(EncoderSettings::Id3Version::V24);
        QTest::newRow("ID3v2.3") << int(EncoderSettings::Id3Version::V23);
    }
    void requestTagsWinAndLargeCoverIsScaled()
    {
        QFETCH(int, id3);
        const QString input = fixture(QStringLiteral("tagged.webm"),
                                      MediaFixtures::stereoTones(3) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")} + sourceTagArgs());
        TrackMetadata given;
        given.title = QStringLiteral("Given — タイトル 🎶");
        given.sourceUrl = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        given.cover = readAll(m_bigPng);
        EncoderSettings settings;
        settings.id3Version = EncoderSettings::Id3Version(id3);
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path(), settings, given);
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(readAll(r.outputPath).mid(0, 4), QByteArray("ID3") + char(id3));
        const TrackMetadata tags = Id3Tag::read(r.outputPath);
        QCOMPARE(tags.title, given.title);
        QCOMPARE(tags.artist, QStringLiteral("Ärtist 🎸"));  // the source's own, not overridden
        QCOMPARE(tags.sourceUrl, given.sourceUrl);
        QCOMPARE(tags.coverMimeType, QStringLiteral("image/jpeg"));
        // 2400x1600 PNG -> JPEG scaled to fit 1000x1000 (a small JPEG passes through as is).
        const auto cover = CoverArt::normalize(tags.cover);
        QVERIFY(cover);
        QCOMPARE(cover->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(cover->width, 1000);
        QVERIFY(qAbs(cover->height - 667) <= 1);
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("convertsSomething");
        const QString zero = m_fx->path(QStringLiteral("zero.webm"));
        QFile(zero).open(QIODevice::WriteOnly);
        const QString text = m_fx->path(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            f.open(QIODevice::WriteOnly);
            f.write("Shopping list:\n- milk\n- bread\n");
        }
        const QString garbage = m_fx->path(QStringLiteral("garbage.mp3"));
        {
            QFile f(garbage);
            f.open(QIODevice::WriteOnly);
            QByteArray bytes(256 * 1024, Qt::Uninitialized);
            quint32 x = 12345;
            for (char &c : bytes) {
                x = x * 1664525u + 1013904223u;
                c = char(x >> 24);
            }
            f.write(bytes);
        }
        const QString videoOnly = fixture(QStringLiteral("silent-movie.mp4"),
                                          {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                           QStringLiteral("testsrc2=size=160x120:rate=10:d=2"), QStringLiteral("-c:v"),
                                           QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast")});
        const QString whole = fixture(QStringLiteral("whole.webm"),
                                      MediaFixtures::stereoTones(8) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        const QString truncated = m_fx->path(QStringLiteral("truncated.webm"));
        {
            const QByteArray all = readAll(whole);
            QFile f(truncated);
            f.open(QIODevice::WriteOnly);
            f.write(all.left(all.size() / 2));
        }
        QTest::newRow("missing file") << m_fx->path(QStringLiteral("nope.webm")) << int(ErrorCategory::NotFound) << false;
        QTest::newRow("zero bytes") << zero << int(ErrorCategory::Corrupt) << false;
        QTest::newRow("text file") << text << int(ErrorCategory::Unsupported) << false;
        QTest::newRow("random bytes") << garbage << int(ErrorCategory::Unsupported) << false;
        QTest::newRow("video only") << videoOnly << int(ErrorCategory::NoAudioStream) << false;
        QTest::newRow("folder") << m_fixtureDir.path() << int(ErrorCategory::Unsupported) << false;
        QTest::newRow("truncated") << truncated << int(ErrorCategory::None) << true;
        QTest::newRow("unreachable url") << QStringLiteral("http://127.0.0.1:9/nothing.webm") << int(ErrorCategory::Network) << false;
    }

    void badInputs()
    {
        QFETCH(QString, input);
        QFETCH(int, category);
        QFETCH(bool, convertsSomething);
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QCOMPARE(int(r.error.category), category);
        if (convertsSomething) {
            QVERIFY(r.ok());
            QCOMPARE(r.warnings.size(), 1);
            QVERIFY2(r.warnings.first().contains(QStringLiteral("of 8.0 s")), qPrintable(r.warnings.first()));
            const MediaProbe mp3 = probeMedia(r.outputPath);
            QVERIFY(mp3.decodedSeconds() > 1.0 && mp3.decodedSeconds() < 7.0);
            QCOMPARE(dirEntries(out.path()).size(), 1);
        } else {
            QVERIFY(!r.error.text().isEmpty());
            QVERIFY(r.outputPath.isEmpty());
            QCOMPARE(dirEntries(out.path()), QStringList());
        }
    }

    void httpUrls_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedName");
        QTest::newRow("webm, tags name the file")
            << QFileInfo(fixture(QStringLiteral("web.webm"), MediaFixtures::stereoTones(4) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")} + sourceTagArgs())).fileName()
            << kUnicode + QStringLiteral(".mp3");
        // MP4 with its index at the end: FFmpeg must seek with HTTP ranges.
        QTest::newRow("m4a, no tags: URL names the file")
            << QFileInfo(fixture(QStringLiteral("web track.m4a"), MediaFixtures::stereoTones(4, 1000, 440, 44100) + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac")})).fileName()
            << QStringLiteral("web track.mp3");
    }
    void httpUrls()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedName);
        LocalHttpServer server(m_fixtureDir.path());
        QTemporaryDir out;
        const TranscodeResult r = convert(server.url(file), out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(QFileInfo(r.outputPath).fileName(), expectedName);
        const MediaProbe mp3 = probeMedia(r.outputPath, {1000, 440});
        QCOMPARE(dominantIndex(mp3.tones.at(0)), 0);
        QCOMPARE(dominantIndex(mp3.tones.at(1)), 1);
        QVERIFY(qAbs(mp3.decodedSeconds() - 4.0) < 0.05);
        QVERIFY(server.requestCount() >= 1);
    }

    void httpNotFound()
    {
        LocalHttpServer server(m_fixtureDir.path());
        QTemporaryDir out;
        const TranscodeResult r = convert(server.url(QStringLiteral("missing.webm")), out.path());
        QCOMPARE(r.error.category, ErrorCategory::NotFound);
        QCOMPARE(dirEntries(out.path()), QStringList());
    }

    void unreadableInput()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file; permission errors cannot be produced");
        const QString input = fixture(QStringLiteral("private.webm"),
                                      MediaFixtures::stereoTones(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        QFile::setPermissions(input, QFileDevice::Permissions());
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QCOMPARE(r.error.category, ErrorCategory::PermissionDenied);
        QCOMPARE(dirEntries(out.path()), QStringList());
    }

    void invalidSettingsAreRefused()
    {
        QTemporaryDir out;
        const TranscodeResult r = convert(m_coverJpeg, out.path(), EncoderSettings::cbr(100));
        QVERIFY(!r.ok());
        QVERIFY(r.error.text().contains(QStringLiteral("100")));
    }

    void fullDisk()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir mountPoint;
        const QString dir = mountPoint.path();
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                        QStringLiteral("size=256k"), QStringLiteral("tmpfs"), dir}) != 0)
            QSKIP("mount -t tmpfs is not permitted here");
        const QString input = fixture(QStringLiteral("long-for-disk.webm"),
                                      MediaFixtures::stereoTones(30) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        const TranscodeResult r = convert(input, dir);
        const QStringList left = dirEntries(dir);
        QProcess::execute(QStringLiteral("umount"), {dir});
        QCOMPARE(r.error.category, ErrorCategory::DiskFull);
        QVERIFY(r.error.text().contains(QStringLiteral("full")));
        QCOMPARE(left, QStringList());
    }

    void cancelMidwayCleansUp()
    {
        const QString input = fixture(QStringLiteral("long.webm"),
                                      MediaFixtures::stereoTones(120) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        QTemporaryDir out;
        TranscodeRequest request;
        request.input = input;
        request.outputDir = out.path();
        Transcoder transcoder(request);
        std::atomic<double> lastProgress{0};
        std::atomic_bool sawPart{false};
        TranscodeResult result;
        QElapsedTimer sinceCancel;
        std::atomic<qint64> latencyMs{-1};
        std::thread worker([&] {
            result = transcoder.run([&](double f) {
                lastProgress = f;
                if (!dirEntries(out.path()).filter(QStringLiteral(".part")).isEmpty())
                    sawPart = true;
            });
            latencyMs = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(lastProgress.load() > 0.2, 60000);
        sinceCancel.start();
        transcoder.cancel();
        worker.join();
        qInfo("cancel took effect after %lld ms (target: under 200 ms)", latencyMs.load());
        QVERIFY(sawPart.load());
        QCOMPARE(result.error.category, ErrorCategory::Cancelled);
        QVERIFY(latencyMs.load() >= 0);
        QCOMPARE(dirEntries(out.path()), QStringList());
    }

    void progressIsMonotonicAndComplete()
    {
        const QString input = fixture(QStringLiteral("progress.ogg"),
                                      MediaFixtures::stereoTones(60, 1000, 440, 44100) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libvorbis")});
        QTemporaryDir out;
        TranscodeRequest request;
        request.input = input;
        request.outputDir = out.path();
        QList<double> seen;
        const TranscodeResult r = Transcoder(request).run([&](double f) { seen << f; });
        QVERIFY(r.ok());
        QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
        QCOMPARE(seen.last(), 1.0);
    }

    // A WebM written to a pipe has no duration (as a live stream): progress follows the bytes read.
    void progressFollowsBytesWithoutADuration()
    {
        QProcess ffmpeg;
        ffmpeg.setStandardOutputFile(m_fx->path(QStringLiteral("live.webm")));
        ffmpeg.start(MediaFixtures::ffmpeg(), QStringList{QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y")}
                         + MediaFixtures::stereoTones(40) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"),
                                                                        QStringLiteral("-f"), QStringLiteral("webm"), QStringLiteral("pipe:1")});
        QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);
        QProcess probe;  // the premise: FFmpeg knows no duration for it
        probe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                                QStringLiteral("format=duration"), QStringLiteral("-of"), QStringLiteral("default=nw=1"),
                                                m_fx->path(QStringLiteral("live.webm"))});
        QVERIFY(probe.waitForFinished(30000));
        QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("duration=N/A"));

        QTemporaryDir out;
        TranscodeRequest request;
        request.input = m_fx->path(QStringLiteral("live.webm"));
        request.outputDir = out.path();
        QList<double> seen;
        const TranscodeResult r = Transcoder(request).run([&](double f) { seen << f; });
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY2(seen.size() >= 5, qPrintable(QString::number(seen.size())));
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
        const auto midway = std::count_if(seen.begin(), seen.end(), [](double f) { return f > 0.1 && f < 0.9; });
        QVERIFY2(midway >= 2, "progress jumped from nothing to done");
        QCOMPARE(seen.last(), 1.0);
        QVERIFY(qAbs(probeMedia(r.outputPath).decodedSeconds() - 40.0) < 0.1);
    }

    void parallelTranscodersShareNothing()
    {
        QStringList inputs;
        for (int i = 0; i < 4; ++i)
            inputs << fixture(QStringLiteral("parallel-%1.webm").arg(i),
                              MediaFixtures::stereoTones(10, 300 + 200 * i, 2000 - 200 * i) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        QTemporaryDir out;
        std::vector<TranscodeResult> results(std::size_t(inputs.size()));
        std::vector<std::thread> threads;
        for (int i = 0; i < inputs.size(); ++i)
            threads.emplace_back([&, i] { results[std::size_t(i)] = convert(inputs[i], out.path()); });
        for (auto &t : threads)
            t.join();
        for (int i = 0; i < inputs.size(); ++i) {
            const TranscodeResult &r = results[std::size_t(i)];
            QVERIFY2(r.ok(), qPrintable(r.error.text()));
            const QList<int> freqs = {300 + 200 * i, 2000 - 200 * i};
            const MediaProbe p = probeMedia(r.outputPath, freqs);
            QCOMPARE(dominantIndex(p.tones.at(0)), 0);
            QCOMPARE(dominantIndex(p.tones.at(1)), 1);
            QVERIFY(qAbs(p.decodedSeconds() - 10.0) < 0.05);
        }
        QCOMPARE(dirEntries(out.path()).size(), inputs.size());
    }

    void sameNameTwiceGetsTwoFiles()
    {
        const QString input = fixture(QStringLiteral("twice.webm"),
                                      MediaFixtures::stereoTones(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        QTemporaryDir out;
        const TranscodeResult a = convert(input, out.path());
        const TranscodeResult b = convert(input, out.path());
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.outputPath != b.outputPath);
        QVERIFY(b.outputPath.endsWith(QStringLiteral("twice (2).mp3")));
    }

    void oneHourFile()
    {
        // Mono keeps fixture generation and the test affordable; the stereo hour is in the
        // benchmark. Peak memory is measured there too.
        const QString input = fixture(QStringLiteral("hour.webm"),
                                      MediaFixtures::monoTone(3600, 523, 48000) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"), QStringLiteral("24k")});
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        const MediaProbe mp3 = probeMedia(r.outputPath);
        const MediaProbe src = probeMedia(input);
        QCOMPARE(mp3.channels, 1);
        QVERIFY2(qAbs(mp3.decodedSeconds() - src.decodedSeconds()) <= 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mp3.decodedSeconds()).arg(src.decodedSeconds())));
        QVERIFY(qAbs(mp3.containerSeconds - 3600.0) <= 0.05);
        QCOMPARE(r.durationMs / 1000, qint64(3600));
    }
};

QTEST_GUILESS_MAIN(TestTranscoder)
#include "tst_transcoder.moc"
