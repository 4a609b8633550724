// Stream copy of damaged MP3 sources (issue 13 item 4): only complete, valid frames are copied
// and the Xing/Info + LAME frame in front of them tells the truth. Fixtures come from the ffmpeg
// and lame CLIs; the output is checked by independent tools: mp3val, mutagen, ffprobe, mpg123,
// and a Xing/LAME reader written here from the tag specification (not the code under test).
#include "ToolRun.h"
#include "MediaFixtures.h"
#include "Mp3Probe.h"
#include "transcode/Transcoder.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// LAME's CRC-16 (polynomial 0x8005 reflected, initial 0), as the "Mp3 Info Tag" spec gives it.
quint16 crc16(const QByteArray &bytes)
{
    quint16 crc = 0;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    return crc;
}

quint32 be32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8)
        | quint8(b[at + 3]);
}

// The Xing/Info frame at the start of `audio` (the bytes after the ID3v2 tag).
struct Xing {
    bool found = false;
    QByteArray kind;
    quint32 frames = 0;
    quint32 bytes = 0;
    bool lame = false;
    int delay = 0;
    int padding = 0;
    quint32 musicLength = 0;
    quint16 musicCrc = 0;
    quint16 tagCrc = 0;
    quint16 tagCrcComputed = 0;
    int frameLength = 0;
};

Xing readXing(const QByteArray &audio)
{
    Xing x;
    if (audio.size() < 200 || quint8(audio[0]) != 0xFF)
        return x;
    const bool mpeg1 = ((quint8(audio[1]) >> 3) & 3) == 3;
    const bool mono = (quint8(audio[3]) >> 6) == 3;
    const int at = 4 + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
    x.kind = audio.mid(at, 4);
    if (x.kind != "Xing" && x.kind != "Info")
        return x;
    x.found = true;
    static const int kbps1[] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    static const int rates1[] = {44100, 48000, 32000};
    if (mpeg1)
        x.frameLength = 144000 * kbps1[quint8(audio[2]) >> 4] / rates1[(quint8(audio[2]) >> 2) & 3]
            + ((quint8(audio[2]) >> 1) & 1);
    const quint32 flags = be32(audio, at + 4);
    int pos = at + 8;
    if (flags & 1) {
        x.frames = be32(audio, pos);
        pos += 4;
    }
    if (flags & 2) {
        x.bytes = be32(audio, pos);
        pos += 4;
    }
    pos += (flags & 4) ? 100 : 0;
    pos += (flags & 8) ? 4 : 0;
    if (audio.at(pos) == 0)
        return x;  // no LAME extension
    x.lame = true;
    const auto u8 = [&](int i) { return int(quint8(audio[pos + i])); };
    x.delay = (u8(21) << 4) | (u8(22) >> 4);
    x.padding = ((u8(22) & 0x0F) << 8) | u8(23);
    x.musicLength = be32(audio, pos + 28);
    x.musicCrc = quint16((u8(32) << 8) | u8(33));
    x.tagCrc = quint16((u8(34) << 8) | u8(35));
    x.tagCrcComputed = crc16(audio.left(pos + 34));
    return x;
}

}  // namespace

class TestMp3StreamCopy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_fx;
    QString m_vbr;       // 60 s VBR with ffmpeg's Xing + LAME frame
    QString m_lameVbr;   // 60 s VBR from the lame CLI (encoder string "LAME3.100")
    QString m_python;    // a python3 that has mutagen

    QString tool(const char *name)
    {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (path.isEmpty())
            qFatal("%s is needed (installer/bootstrap.sh installs it)", name);
        return path;
    }

    TranscodeResult convert(const QString &input, const QString &outDir)
    {
        TranscodeRequest request;
        request.input = input;
        request.outputDir = outDir;
        return Transcoder(request).run();
    }

    // Frames of audio as ffprobe's demuxer counts them (it skips the Xing frame itself).
    qint64 ffprobePackets(const QString &mp3)
    {
        const ToolRun t = runTool(tool("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("a"),
                                                 QStringLiteral("-count_packets"), QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_packets"),
                                                 QStringLiteral("-of"), QStringLiteral("default=nw=1:nk=1"), mp3});
        return t.exitCode == 0 ? t.out.trimmed().toLongLong() : -1;
    }
    double ffprobeSeconds(const QString &mp3)
    {
        const ToolRun t = runTool(tool("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"), QStringLiteral("format=duration"),
                                                 QStringLiteral("-of"), QStringLiteral("csv=p=0"), mp3});
        return t.exitCode == 0 ? t.out.trimmed().toDouble() : -1;
    }
    double mutagenSeconds(const QString &mp3)
    {
        const ToolRun t = runTool(m_python, {QStringLiteral("-c"), QStringLiteral("import sys, mutagen.mp3; print(mutagen.mp3.MP3(sys.argv[1]).info.length)"), mp3});
        return t.exitCode == 0 ? t.out.trimmed().toDouble() : -1;
    }
    // mp3val's complaints, less the one every ID3v2.4 file gets (mp3val reads ID3v1/v2.3 only).
    QStringList mp3valWarnings(const QString &mp3)
    {
        const ToolRun t = runTool(tool("mp3val"), {mp3});
        QStringList w;
        for (const QByteArray &line : t.out.split('\n'))
            if (line.startsWith("WARNING") && !line.contains("No supported tags"))
                w << QString::fromUtf8(line);
        if (t.exitCode != 0)
            w << QStringLiteral("mp3val exit %1").arg(t.exitCode);
        return w;
    }
    // Samples per channel mpg123 plays with gapless decoding (delay and padding taken off).
    qint64 mpg123Samples(const QString &mp3, int channels)
    {
        const ToolRun t = runTool(tool("mpg123"), {QStringLiteral("-q"), QStringLiteral("--gapless"), QStringLiteral("-s"), mp3});
        return t.exitCode == 0 ? t.out.size() / (2 * channels) : -1;
    }

    // The checks every copy must pass: a true header and a clean frame stream.
    void verifyTruthfulCopy(const QString &mp3)
    {
        const QByteArray audio = audioAfterId3v2(mp3);
        const Xing x = readXing(audio);
        QVERIFY2(x.found, "no Xing/Info frame");
        QCOMPARE(qint64(x.frames), ffprobePackets(mp3));
        QCOMPARE(qint64(x.bytes), qint64(audio.size()));
        const QStringList complaints = mp3valWarnings(mp3);
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(QLatin1Char('\n'))));
        if (x.lame) {
            QCOMPARE(x.tagCrc, x.tagCrcComputed);
            QCOMPARE(qint64(x.musicLength), qint64(audio.size()));
            QCOMPARE(x.musicCrc, crc16(audio.mid(x.frameLength)));
        }
        // Every reader agrees with what decoding really yields.
        const MediaProbe p = probeMedia(mp3);
        QVERIFY(p.ok);
        const double decoded = p.decodedSeconds();
        QVERIFY2(qAbs(ffprobeSeconds(mp3) - decoded) < 0.1, qPrintable(QStringLiteral("ffprobe %1 s, decoded %2 s").arg(ffprobeSeconds(mp3)).arg(decoded)));
        QVERIFY2(qAbs(mutagenSeconds(mp3) - decoded) < 0.1, qPrintable(QStringLiteral("mutagen %1 s, decoded %2 s").arg(mutagenSeconds(mp3)).arg(decoded)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx = std::make_unique<MediaFixtures>(m_dir.path());
        for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")})
            if (runTool(candidate, {QStringLiteral("-c"), QStringLiteral("import mutagen")}).exitCode == 0) {
                m_python = candidate;
                break;
            }
        QVERIFY2(!m_python.isEmpty(), "python3-mutagen is needed");
        const QStringList vbr = {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-q:a"), QStringLiteral("4")};
        QString error;
        m_vbr = m_fx->make(QStringLiteral("vbr.mp3"), MediaFixtures::musicLike(60, 44100) + vbr, &error);
        QVERIFY2(!m_vbr.isEmpty(), qPrintable(error));
        const QString wav = m_fx->make(QStringLiteral("music.wav"), MediaFixtures::musicLike(60, 44100), &error);
        QVERIFY2(!wav.isEmpty(), qPrintable(error));
        m_lameVbr = m_fx->path(QStringLiteral("lame.mp3"));
        QCOMPARE(runTool(tool("lame"), {QStringLiteral("--quiet"), QStringLiteral("-V4"), wav, m_lameVbr}).exitCode, 0);
    }

    // The case of the issue: a VBR file cut to a third keeps its 60 s header today.
    void truncatedVbr()
    {
        QByteArray bytes = readAll(m_vbr);
        bytes.truncate(bytes.size() / 3);
        const QString input = m_fx->path(QStringLiteral("cut.mp3"));
        QVERIFY(writeAll(input, bytes));
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY(r.streamCopied);
        verifyTruthfulCopy(r.outputPath);
        const double seconds = probeMedia(r.outputPath).decodedSeconds();
        QVERIFY2(seconds > 15 && seconds < 25, qPrintable(QString::number(seconds)));
        QVERIFY2(qAbs(r.durationMs / 1000.0 - seconds) < 0.1, qPrintable(QString::number(r.durationMs)));
        // The cut is at the end: the source's padding no longer holds; its delay does.
        const Xing x = readXing(audioAfterId3v2(r.outputPath));
        QCOMPARE(x.delay, readXing(audioAfterId3v2(m_vbr)).delay);
        QCOMPARE(x.padding, 0);
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("middle of an MP3 frame")), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    // 3,000 junk bytes in the middle, with sync words in them that look like frame headers.
    void junkInTheMiddle()
    {
        QByteArray junk;
        for (int i = 0; i < 3000; ++i)
            junk.append(char((i * 7919 + 13) & 0xFF));
        for (int at = 0; at + 4 <= junk.size(); at += 500)
            junk.replace(at, 4, QByteArray::fromHex("fffb9064"));  // MPEG-1 Layer III, 128 kbps, 44.1 kHz
        QByteArray bytes = readAll(m_vbr);
        bytes.insert(bytes.size() / 2, junk);
        const QString input = m_fx->path(QStringLiteral("junk.mp3"));
        QVERIFY(writeAll(input, bytes));
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY(r.streamCopied);
        verifyTruthfulCopy(r.outputPath);
        QVERIFY(!readAll(r.outputPath).contains(junk.mid(4, 400)));
        const double seconds = probeMedia(r.outputPath).decodedSeconds();
        QVERIFY2(qAbs(seconds - 60) < 0.1, qPrintable(QString::number(seconds)));
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("not MP3 audio were left out")), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        // The end is intact, so the source's gapless padding still holds.
        QCOMPARE(readXing(audioAfterId3v2(r.outputPath)).padding, readXing(audioAfterId3v2(m_vbr)).padding);
    }

    // VBR with no Xing frame at all: players guessed 27 s from the first frame's bitrate.
    void vbrWithoutXing()
    {
        const QString input = m_fx->make(QStringLiteral("noxing.mp3"), MediaFixtures::musicLike(60, 44100)
            + QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-q:a"), QStringLiteral("4"), QStringLiteral("-write_xing"), QStringLiteral("0")});
        QVERIFY(!input.isEmpty());
        QVERIFY(!readXing(audioAfterId3v2(input)).found);
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY(r.streamCopied);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(xingTagKind(r.outputPath), QByteArray("Xing"));
        verifyTruthfulCopy(r.outputPath);
        // No LAME extension: nothing is known about delay and padding, so nothing is claimed.
        QVERIFY(!readXing(audioAfterId3v2(r.outputPath)).lame);
        QVERIFY2(qAbs(mutagenSeconds(r.outputPath) - 60) < 0.1, qPrintable(QString::number(mutagenSeconds(r.outputPath))));
    }

    // A clean source keeps its own tag frame and every frame byte for byte: gapless playback
    // gives exactly the source's samples. (A guard: this already held before the change.)
    void cleanSourceKeepsGapless_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("ffmpeg/libmp3lame") << 0;
        QTest::newRow("lame CLI") << 1;
        QTest::newRow("ffmpeg, ID3v1 at the end") << 2;
    }
    void cleanSourceKeepsGapless()
    {
        QFETCH(int, which);
        QString input = which == 0 ? m_vbr : m_lameVbr;
        if (which == 2) {
            // A tag after the audio is neither audio nor damage.
            input = m_fx->make(QStringLiteral("id3v1.mp3"), MediaFixtures::musicLike(60, 44100)
                + QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-q:a"), QStringLiteral("4"),
                              QStringLiteral("-write_id3v1"), QStringLiteral("1"), QStringLiteral("-metadata"), QStringLiteral("title=Tail")});
            QVERIFY(readAll(input).right(128).startsWith("TAG"));
        }
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY(r.streamCopied);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QVERIFY(audioAfterId3v2(r.outputPath) == audioAfterId3v2(input).chopped(which == 2 ? 128 : 0));
        verifyTruthfulCopy(r.outputPath);
        QCOMPARE(mpg123Samples(r.outputPath, 2), mpg123Samples(input, 2));
        QCOMPARE(mpg123Samples(r.outputPath, 2), qint64(60 * 44100));
    }

    // Frames of two streams spliced together (44.1 kHz then 48 kHz) cannot be one MP3 stream:
    // the source is re-encoded instead, and the user is told why.
    void splicedStreamsAreReencoded()
    {
        const QStringList cbr = {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"), QStringLiteral("128k"),
                                 QStringLiteral("-write_xing"), QStringLiteral("0")};
        const QString a = m_fx->make(QStringLiteral("a44.mp3"), MediaFixtures::stereoTones(5, 1000, 440, 44100) + cbr);
        const QString b = m_fx->make(QStringLiteral("b48.mp3"), MediaFixtures::stereoTones(5, 1000, 440, 48000) + cbr);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const QString input = m_fx->path(QStringLiteral("spliced.mp3"));
        QVERIFY(writeAll(input, audioAfterId3v2(a) + audioAfterId3v2(b)));
        QTemporaryDir out;
        const TranscodeResult r = convert(input, out.path());
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY(!r.streamCopied);
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("re-encoded")), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        const QStringList complaints = mp3valWarnings(r.outputPath);
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestMp3StreamCopy)
#include "tst_mp3streamcopy.moc"
