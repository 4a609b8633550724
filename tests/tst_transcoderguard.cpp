// What FFmpeg may open besides its input (issue 20 item 1). A playlist or ffconcat list read
// through a custom AVIO (a download in progress) or downloaded by a web job must not make
// FFmpeg open local files (or anything else) itself: otherwise a link from the web gets a file
// of this computer converted and served. The user's own local playlists keep working.
// (Kept apart from tst_transcoder, which is past the size limit for one file.)

#include "MediaFixtures.h"
#include "common/ByteSource.h"
#include "transcode/Transcoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tunedrop;
using tunedrop::test::MediaFixtures;

namespace {

// A complete download held in memory, as HttpDownloader's reader would hand it over.
class MemorySource : public ByteSource {
public:
    MemorySource(QByteArray data, QString name) : m_data(std::move(data)), m_name(std::move(name)) {}
    qint64 readAt(qint64 pos, char *data, qint64 maxSize) override
    {
        if (pos >= m_data.size())
            return 0;
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - pos);
        memcpy(data, m_data.constData() + pos, size_t(n));
        return n;
    }
    qint64 size() const override { return m_data.size(); }
    void abort() override {}
    Error error() const override { return {}; }
    QString nameHint() const override { return m_name; }

private:
    QByteArray m_data;
    QString m_name;
};

}  // namespace

class TestTranscoderGuard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_secret;  // "a local file of this computer"

    QByteArray hlsPlaylist() const
    {
        return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:3\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:2.0,\n"
               + QUrl::fromLocalFile(m_secret).toEncoded() + "\n#EXT-X-ENDLIST\n";
    }
    QByteArray concatList() const { return "ffconcat version 1.0\nfile '" + m_secret.toUtf8() + "'\n"; }

    QString writeFile(const QString &name, const QByteArray &data) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

    QString outDir(const char *name) const
    {
        const QString dir = m_dir.filePath(QString::fromLatin1(name));
        QDir().mkpath(dir);
        return dir;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!MediaFixtures::ffmpeg().isEmpty(), "the ffmpeg CLI is needed to make fixtures");
        QVERIFY(m_dir.isValid());
        MediaFixtures fx(m_dir.path());
        QString error;
        m_secret = fx.make(QStringLiteral("secret.ts"), MediaFixtures::monoTone(2.0) + QStringList{QStringLiteral("-c:a"), QStringLiteral("mp2")}, &error);
        QVERIFY2(!m_secret.isEmpty(), qPrintable(error));
    }

    void streamedReferencesOpenNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::newRow("HLS playlist, file:// segment") << hlsPlaylist() << QStringLiteral("http://public.example/list.m3u8");
        QTest::newRow("ffconcat, absolute file") << concatList() << QStringLiteral("http://public.example/a.ffconcat");
    }

    void streamedReferencesOpenNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        MemorySource source(data, name);
        TranscodeRequest request;
        request.input = name;
        request.stream = &source;
        request.outputDir = outDir("streamed");
        const TranscodeResult r = Transcoder(request).run();
        QVERIFY2(!r.ok(), qPrintable(r.outputPath));
        QVERIFY(QDir(request.outputDir).entryList(QDir::Files).isEmpty());
    }

    // A file a web job's yt-dlp downloaded is opened as a local file, but what it refers to is
    // not: only the file itself may be opened.
    void downloadedReferencesOpenNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::newRow("HLS playlist") << hlsPlaylist() << QStringLiteral("download.m3u8");
        QTest::newRow("ffconcat") << concatList() << QStringLiteral("download.ffconcat");
    }

    void downloadedReferencesOpenNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        TranscodeRequest request;
        request.input = writeFile(name, data);
        request.untrusted = true;
        request.outputDir = outDir("downloaded");
        const TranscodeResult r = Transcoder(request).run();
        QVERIFY2(!r.ok(), qPrintable(r.outputPath));
        QVERIFY(QDir(request.outputDir).entryList(QDir::Files).isEmpty());
    }

    // A web URL without a proxy opens nothing: no direct connection is ever made for a web job.
    void webUrlWithoutProxyIsRefused()
    {
        TranscodeRequest request;
        request.input = QStringLiteral("http://127.0.0.1:9/list.m3u8");
        request.untrusted = true;
        request.outputDir = outDir("noproxy");
        const TranscodeResult r = Transcoder(request).run();
        QVERIFY(!r.ok());
    }

    // The user's own playlist on disk still plays its own files (window, command line).
    void ownLocalPlaylistStillWorks()
    {
        TranscodeRequest request;
        request.input = writeFile(QStringLiteral("mine.m3u8"), hlsPlaylist());
        request.outputDir = outDir("own");
        const TranscodeResult r = Transcoder(request).run();
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QVERIFY(QFileInfo(r.outputPath).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranscoderGuard)
#include "tst_transcoderguard.moc"
