// EncoderSettings validation, the sample-rate/channel policy and file naming rules.
#include "library/FileNaming.h"
#include "transcode/EncoderSettings.h"
#include "transcode/SampleRatePolicy.h"
#include "common/InputLocation.h"
#include "common/TrackMetadata.h"
#include "transcode/Transcoder.h"

#include <QtTest>

using namespace tunedrop;

class TestEncoderSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultsMatchTheOriginalService()
    {
        const EncoderSettings s;
        QCOMPARE(s.mode, EncoderSettings::Mode::Cbr);
        QCOMPARE(s.bitrateKbps, 192);
        QVERIFY(s.validationError().isEmpty());
        QCOMPARE(s.describe(), QStringLiteral("CBR 192 kbps"));
    }

    void validation_data()
    {
        QTest::addColumn<bool>("vbr");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        // MPEG-1 and MPEG-2/2.5 Layer III bitrates: 8, 16, 24 and 144 exist at the low rates
        // (whether the source's rate has one is Mp3Encoder's call, tst_mp3output).
        for (int kbps : {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256, 320})
            QTest::addRow("cbr %d", kbps) << false << kbps << true;
        for (int kbps : {0, 7, 12, 31, 33, 100, 193, 321, 384, -1})
            QTest::addRow("bad cbr %d", kbps) << false << kbps << false;
        for (int q = 0; q <= 9; ++q)
            QTest::addRow("vbr V%d", q) << true << q << true;
        QTest::addRow("vbr -1") << true << -1 << false;
        QTest::addRow("vbr 10") << true << 10 << false;
    }
    void validation()
    {
        QFETCH(bool, vbr);
        QFETCH(int, value);
        QFETCH(bool, valid);
        const EncoderSettings s = vbr ? EncoderSettings::vbr(value) : EncoderSettings::cbr(value);
        QCOMPARE(s.validationError().isEmpty(), valid);
        if (!valid)
            QVERIFY(s.validationError().contains(QString::number(value)));
    }

    void sampleRates_data()
    {
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::newRow("8k") << 8000 << 8000;
        QTest::newRow("11.025k") << 11025 << 11025;
        QTest::newRow("16k") << 16000 << 16000;
        QTest::newRow("22.05k") << 22050 << 22050;
        QTest::newRow("32k") << 32000 << 32000;
        QTest::newRow("44.1k") << 44100 << 44100;
        QTest::newRow("48k") << 48000 << 48000;
        QTest::newRow("37.8k") << 37800 << 44100;
        QTest::newRow("64k") << 64000 << 48000;
        QTest::newRow("88.2k") << 88200 << 44100;
        QTest::newRow("96k") << 96000 << 48000;
        QTest::newRow("176.4k") << 176400 << 44100;
        QTest::newRow("192k") << 192000 << 48000;
        QTest::newRow("7350") << 7350 << 8000;
        QTest::newRow("unknown") << 0 << 44100;
    }
    void sampleRates()
    {
        QFETCH(int, in);
        QFETCH(int, out);
        QCOMPARE(SampleRatePolicy::outputRate(in), out);
        QVERIFY(SampleRatePolicy::isMp3Rate(SampleRatePolicy::outputRate(in)));
    }

    void channels()
    {
        QCOMPARE(SampleRatePolicy::outputChannels(1), 1);
        QCOMPARE(SampleRatePolicy::outputChannels(2), 2);
        QCOMPARE(SampleRatePolicy::outputChannels(6), 2);
        QCOMPARE(SampleRatePolicy::outputChannels(8), 2);
    }

    void streamCopyRule_data()
    {
        QTest::addColumn<int>("targetKbps");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<bool>("isMp3");
        QTest::addColumn<bool>("isLocal");
        QTest::addColumn<qint64>("sourceBps");
        QTest::addColumn<bool>("copy");
        QTest::newRow("128k mp3 -> 192") << 192 << true << true << true << qint64(128000) << true;
        QTest::newRow("192k mp3 -> 192") << 192 << true << true << true << qint64(192000) << true;
        QTest::newRow("320k mp3 -> 192") << 192 << true << true << true << qint64(320000) << false;
        QTest::newRow("copy disabled") << 192 << false << true << true << qint64(128000) << false;
        QTest::newRow("not mp3") << 192 << true << false << true << qint64(128000) << false;
        QTest::newRow("url") << 192 << true << true << false << qint64(128000) << false;
        QTest::newRow("unknown rate") << 192 << true << true << true << qint64(0) << false;
    }
    void streamCopyRule()
    {
        QFETCH(int, targetKbps);
        QFETCH(bool, allow);
        QFETCH(bool, isMp3);
        QFETCH(bool, isLocal);
        QFETCH(qint64, sourceBps);
        QFETCH(bool, copy);
        EncoderSettings s = EncoderSettings::cbr(targetKbps);
        s.allowStreamCopy = allow;
        QCOMPARE(Transcoder::shouldStreamCopy(s, isMp3, isLocal, sourceBps), copy);
    }

    void localInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("local");
        QTest::newRow("abs path") << QStringLiteral("/tmp/a.webm") << true;
        QTest::newRow("rel path") << QStringLiteral("./a:b.webm") << true;
        QTest::newRow("drive") << QStringLiteral("C:\\Music\\a.webm") << true;
        QTest::newRow("host and port") << QStringLiteral("localhost:8080/a.webm") << true;  // no scheme; UrlClassifier guesses https for pasted text first
        QTest::newRow("bare scheme") << QStringLiteral("a:b.webm") << false;  // as UrlClassifier: "a:" links
        QTest::newRow("file url") << QStringLiteral("file:///tmp/a.webm") << true;
        QTest::newRow("https") << QStringLiteral("https://example.com/a.mp3") << false;
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8/a") << false;
        QTest::newRow("FILE url") << QStringLiteral("  FILE:/tmp/a.webm") << true;
    }
    void localInputs()
    {
        QFETCH(QString, input);
        QFETCH(bool, local);
        QCOMPARE(InputLocation::isLocal(input), local);
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Song") << QStringLiteral("Song");
        QTest::newRow("slashes") << QStringLiteral("AC/DC: Live?") << QStringLiteral("AC_DC- Live_");
        QTest::newRow("controls") << QStringLiteral("a\tb\nc") << QStringLiteral("a b c");
        QTest::newRow("dots") << QStringLiteral("..hidden..") << QStringLiteral("hidden");
        QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("_CON");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("audio");
        QTest::newRow("unicode") << QStringLiteral("Ünïcødé — 日本語 🎵") << QStringLiteral("Ünïcødé — 日本語 🎵");
        // Issue 20: a right-to-left override made "Song\u202Egpm.exe" look like "Songexe.mpg".
        QTest::newRow("rlo") << QStringLiteral("Song\u202Egpm.exe") << QStringLiteral("Songgpm.exe");
        QTest::newRow("bidi controls") << QStringLiteral("\u200Fa\u200E\u061Cb\u202Ac\u202B\u202C\u202D\u2066d\u2067\u2068\u2069")
                                       << QStringLiteral("abcd");
    }
    void sanitize()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(FileNaming::sanitize(in), out);
    }

    void sanitizeCapsLengthOnCharacterBoundary()
    {
        const QString longName = QString(200, QChar(0x65E5)) + QStringLiteral("🎵");
        const QString s = FileNaming::sanitize(longName);
        QVERIFY(s.toUtf8().size() <= FileNaming::kMaxBaseBytes);
        QVERIFY((s + QStringLiteral(" (999).mp3.part")).toUtf8().size() <= 255);
        QVERIFY(!s.isEmpty());
        QVERIFY(!s.at(s.size() - 1).isHighSurrogate());
    }

    void templates_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("artist");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("pattern");
        const QString byArtist = QStringLiteral("{artist} - {title}");
        QTest::newRow("default") << QStringLiteral("Song") << QStringLiteral("Band") << QStringLiteral("Song") << FileNaming::defaultTemplate();
        QTest::newRow("default, no title") << QString() << QStringLiteral("Band") << QStringLiteral("fallback") << FileNaming::defaultTemplate();
        QTest::newRow("both") << QStringLiteral("Song") << QStringLiteral("Band") << QStringLiteral("Band - Song") << byArtist;
        QTest::newRow("no artist") << QStringLiteral("Song") << QString() << QStringLiteral("Song") << byArtist;
        QTest::newRow("no title") << QString() << QStringLiteral("Band") << QStringLiteral("fallback") << byArtist;
        QTest::newRow("nothing") << QString() << QString() << QStringLiteral("fallback") << byArtist;
        QTest::newRow("slash in title") << QStringLiteral("A/B: C?") << QString() << QStringLiteral("A_B- C_") << byArtist;
    }
    void templates()
    {
        QFETCH(QString, title);
        QFETCH(QString, artist);
        QFETCH(QString, out);
        QFETCH(QString, pattern);
        TrackMetadata m;
        m.title = title;
        m.artist = artist;
        QCOMPARE(FileNaming::fromTemplate(pattern, m, QStringLiteral("fallback")), out);
    }

    void metadataMergePrefersGivenFields()
    {
        TrackMetadata source;
        source.title = QStringLiteral("From file");
        source.album = QStringLiteral("Album");
        source.track = 3;
        TrackMetadata given;
        given.title = QStringLiteral("From job");
        const TrackMetadata m = source.mergedWith(given);
        QCOMPARE(m.title, QStringLiteral("From job"));
        QCOMPARE(m.album, QStringLiteral("Album"));
        QCOMPARE(m.track, 3);
    }
};

QTEST_GUILESS_MAIN(TestEncoderSettings)
#include "tst_encodersettings.moc"
