// What the MP3s hold, judged by decoders nobody here wrote: the ffmpeg CLI, mpg123 (gapless),
// mp3val and mutagen. Issue 13: downmixes that never clip, sample-exact length at every
// bitrate and rate, and honest bitrate handling.
#include "ToolRun.h"
#include "MediaFixtures.h"
#include "Mp3Probe.h"
#include "transcode/Transcoder.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <cmath>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

// Interleaved float samples as the ffmpeg CLI decodes the file (it honours the LAME tag).
QVector<float> decodeWithFfmpeg(const QString &path)
{
    const ToolRun r = runTool(MediaFixtures::ffmpeg(), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                                                QStringLiteral("-f"), QStringLiteral("f32le"), QStringLiteral("-")});
    QVector<float> samples(r.out.size() / int(sizeof(float)));
    std::memcpy(samples.data(), r.out.constData(), std::size_t(samples.size()) * sizeof(float));
    return samples;
}

struct Level {
    double peak = 0;
    qint64 clipped = 0;  // samples at or beyond full scale
};

Level levelOf(const QVector<float> &samples, int channel, int channels)
{
    Level l;
    for (int i = channel; i < samples.size(); i += channels) {
        const double v = std::fabs(samples[i]);
        l.peak = std::max(l.peak, v);
        l.clipped += v >= 1.0 ? 1 : 0;
    }
    return l;
}

const QList<int> kAllBitrates = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256, 320};

}  // namespace

class TestMp3Output : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_fx;
    QString m_mpg123;
    QString m_mp3val;
    QString m_python;  // one that has mutagen

    TranscodeResult convert(const QString &input, EncoderSettings settings, const QString &outDir)
    {
        TranscodeRequest request;
        request.input = input;
        request.outputDir = outDir;
        settings.allowStreamCopy = false;
        request.encoder = settings;
        request.metadata.title = QStringLiteral("Issue 13");  // an ID3 tag, so mp3val finds one
        return Transcoder(request).run();
    }

    QString source(const QString &name, const QStringList &args)
    {
        QString error;
        const QString path = m_fx->make(name, args, &error);
        if (path.isEmpty())
            qFatal("%s", qPrintable(error));
        return path;
    }

    // Full-scale-ish (0.9) 440 Hz sine on every channel of `layout`.
    QString surround(const QString &layout, int channels)
    {
        QStringList e;
        for (int i = 0; i < channels; ++i)
            e << QStringLiteral("0.9*sin(2*PI*440*t)");
        return source(QStringLiteral("full_%1.flac").arg(QString(layout).replace(QLatin1Char('.'), QLatin1Char('_'))),
                      {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                       QStringLiteral("aevalsrc=%1:s=48000:d=4:c=%2").arg(e.join(QLatin1Char('|')), layout),
                       QStringLiteral("-c:a"), QStringLiteral("flac")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx = std::make_unique<MediaFixtures>(m_dir.path());
        QVERIFY2(!MediaFixtures::ffmpeg().isEmpty(), "the ffmpeg CLI is needed");
        m_mpg123 = QStandardPaths::findExecutable(QStringLiteral("mpg123"));
        m_mp3val = QStandardPaths::findExecutable(QStringLiteral("mp3val"));
        QVERIFY2(!m_mpg123.isEmpty() && !m_mp3val.isEmpty(), "mpg123 and mp3val are needed (installer/bootstrap.sh test)");
        // A Python with mutagen: the one on PATH may be a private build without Debian's modules.
        for (const QString &py : {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")})
            if (!py.isEmpty() && m_python.isEmpty() && runTool(py, {QStringLiteral("-c"), QStringLiteral("import mutagen")}).exitCode == 0)
                m_python = py;
        QVERIFY2(!m_python.isEmpty(), "python3-mutagen is needed");
    }

    // Item 1: libswresample's matrix for float output is not normalised; 5.1 at 0.9 gave
    // +6.5 dBFS and two thirds of all samples clipped.
    void surroundAtFullScaleNeverClips_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("channels");
        QTest::newRow("5.1") << QStringLiteral("5.1") << 6;
        QTest::newRow("7.1") << QStringLiteral("7.1") << 8;
    }
    void surroundAtFullScaleNeverClips()
    {
        QFETCH(QString, layout);
        QFETCH(int, channels);
        QTemporaryDir out;
        const TranscodeResult r = convert(surround(layout, channels), EncoderSettings::cbr(192), out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        const QVector<float> pcm = decodeWithFfmpeg(r.outputPath);
        QCOMPARE(pcm.size(), 4 * 48000 * 2);
        for (int ch = 0; ch < 2; ++ch) {
            const Level l = levelOf(pcm, ch, 2);
            QVERIFY2(l.clipped == 0, qPrintable(QStringLiteral("channel %1: %2 samples clipped, peak %3")
                                                    .arg(ch).arg(l.clipped).arg(l.peak)));
            // Not made quiet either: in-phase channels add up to about full scale again.
            QVERIFY2(l.peak > 0.7 && l.peak < 1.0, qPrintable(QString::number(l.peak)));
        }
    }

    // Dialogue lives in the centre: a centre-only 5.1 input must come out clearly in both.
    void centreStaysAudible()
    {
        const QString silent = QStringLiteral("0");
        const QString tone = QStringLiteral("0.5*sin(2*PI*440*t)");
        const QString input = source(QStringLiteral("centre.flac"),
                                     {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                      QStringLiteral("aevalsrc=%1|%1|%2|%1|%1|%1:s=48000:d=3:c=5.1").arg(silent, tone),
                                      QStringLiteral("-c:a"), QStringLiteral("flac")});
        QTemporaryDir out;
        const TranscodeResult r = convert(input, EncoderSettings::cbr(192), out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        const QVector<float> pcm = decodeWithFfmpeg(r.outputPath);
        for (int ch = 0; ch < 2; ++ch) {
            // 0.5 x 0.707 / (1 + 0.707 + 0.707) = 0.146 (-16.7 dBFS): clearly there.
            const double peak = levelOf(pcm, ch, 2).peak;
            QVERIFY2(peak > 0.12 && peak < 0.2, qPrintable(QStringLiteral("channel %1 peak %2").arg(ch).arg(peak)));
        }
    }

    // Item 6: mono 44.1 kHz then stereo 48 kHz in one MP3 stream. FFmpeg guesses the
    // duration from the first part's bitrate (26.6 s for 23.2 s); nothing is missing, so
    // there must be no "ends early" warning, and every second is in the output.
    void formatChangeMidStreamIsNotTruncation()
    {
        const QString first = source(QStringLiteral("part1.mp3"),
                                     {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                      QStringLiteral("sine=f=440:r=44100:d=10"), QStringLiteral("-c:a"),
                                      QStringLiteral("libmp3lame"), QStringLiteral("-b:a"), QStringLiteral("128k")});
        const QString second = source(QStringLiteral("part2.mp3"),
                                      {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                       QStringLiteral("sine=f=440:r=48000:d=13.2"), QStringLiteral("-ac"), QStringLiteral("2"),
                                       QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
                                       QStringLiteral("160k")});
        QFile joined(m_fx->path(QStringLiteral("joined.mp3")));
        QVERIFY(joined.open(QIODevice::WriteOnly));
        for (const QString &part : {first, second}) {
            QFile f(part);
            QVERIFY(f.open(QIODevice::ReadOnly));
            joined.write(f.readAll());
        }
        joined.close();
        QTemporaryDir out;
        const TranscodeResult r = convert(joined.fileName(), EncoderSettings::cbr(192), out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        const MediaProbe mp3 = probeMedia(r.outputPath);
        QVERIFY(mp3.ok);
        QVERIFY2(qAbs(mp3.decodedSeconds() - 23.2) < 0.1, qPrintable(QString::number(mp3.decodedSeconds())));
        QVERIFY(qAbs(r.durationMs - 23200) < 100);
    }

    // Item 3 and item 6: every bitrate at every rate either gives a sample-exact, clean MP3
    // or is refused with a reason; a bitrate above the rate's maximum is lowered with a warning.
    void everyBitrateIsGapless_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("kbps");
        for (int rate : {44100, 48000, 22050, 16000, 8000})
            for (int channels : {1, 2})
                for (int kbps : kAllBitrates)
                    QTest::addRow("%d Hz %s %d kbps", rate, channels == 1 ? "mono" : "stereo", kbps)
                        << rate << channels << kbps;
    }
    void everyBitrateIsGapless()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, kbps);
        // 1.2345 s: not a whole number of frames, so padding matters.
        const QString name = QStringLiteral("tone_%1_%2.wav").arg(rate).arg(channels);
        const QString input = QFile::exists(m_fx->path(name))
            ? m_fx->path(name)
            : source(name, {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("sine=f=300:r=%1:d=1.2345").arg(rate), QStringLiteral("-ac"),
                            QString::number(channels)});
        const qint64 sourceSamples = decodeWithFfmpeg(input).size() / channels;
        QVERIFY(sourceSamples > rate);

        const bool mpeg1 = rate >= 32000;
        const int minKbps = mpeg1 ? 32 : 8;
        const int maxKbps = mpeg1 ? 320 : rate >= 16000 ? 160 : 64;
        QTemporaryDir out;
        const TranscodeResult r = convert(input, EncoderSettings::cbr(kbps), out.path());
        if (kbps < minKbps) {
            QCOMPARE(int(r.error.category), int(ErrorCategory::Unsupported));
            QVERIFY2(r.error.text().contains(QStringLiteral("at least %1 kbps").arg(minKbps)), qPrintable(r.error.text()));
            QVERIFY(QDir(out.path()).isEmpty());
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        const int expectedKbps = std::min(kbps, kbps == 144 && mpeg1 ? 128 : maxKbps);
        if (expectedKbps != kbps) {
            QCOMPARE(r.warnings.size(), 1);
            QVERIFY2(r.warnings.first().contains(QStringLiteral("made at %1 kbps instead of %2 kbps").arg(expectedKbps).arg(kbps)),
                     qPrintable(r.warnings.first()));
        } else {
            QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        }
        QCOMPARE(xingTagKind(r.outputPath), QByteArray("Info"));

        // ffmpeg and mpg123 --gapless: exactly the source's samples.
        QCOMPARE(qint64(decodeWithFfmpeg(r.outputPath).size() / channels), sourceSamples);
        const ToolRun mpg = runTool(m_mpg123, {QStringLiteral("-q"), QStringLiteral("--gapless"), QStringLiteral("-e"),
                                       QStringLiteral("f32"), QStringLiteral("-s"), r.outputPath});
        QCOMPARE(mpg.exitCode, 0);
        QCOMPARE(qint64(mpg.out.size() / qint64(sizeof(float) * channels)), sourceSamples);
        // mp3val: no problem at all (frame count, byte count, CRC of the tag).
        const ToolRun val = runTool(m_mp3val, {r.outputPath});
        QVERIFY2(!val.out.contains("WARNING") && !val.out.contains("ERROR"), val.out.constData());
        // mutagen: CBR at the bitrate the file has, length = samples after delay and padding.
        const ToolRun mut = runTool(m_python, {QStringLiteral("-c"),
                                       QStringLiteral("import sys, mutagen.mp3 as m; i = m.MP3(sys.argv[1]).info; "
                                                      "print(round(i.length * i.sample_rate), i.bitrate_mode, i.bitrate)"),
                                       r.outputPath});
        const QStringList fields = QString::fromUtf8(mut.out).trimmed().split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0).toLongLong(), sourceSamples);
        QCOMPARE(fields.at(1), QStringLiteral("BitrateMode.CBR"));
        // mutagen divides bytes by length: within 3 % (a larger Info frame adds a little).
        QVERIFY2(qAbs(fields.at(2).toDouble() - expectedKbps * 1000.0) <= expectedKbps * 30.0, mut.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestMp3Output)
#include "tst_mp3output.moc"
