// What yt-dlp's generic extractors call a title and a date (issue 13 item 18): "HTML5MediaEmbed",
// "video", "<page> (1)" and "(1)" become a name a person can read, and a generic page's
// upload_date (its Last-Modified, mostly today) is no release date. The real yt-dlp against a
// page on 127.0.0.1 first, then recorded answers row by row.
#include "LocalHttpServer.h"
#include "source/YtDlp.h"
#include "source/YtDlpTitle.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace tunedrop;
using tunedrop::test::LocalHttpServer;

class TestYtDlpTitle : public QObject {
    Q_OBJECT

private slots:
    // A page with one untitled <audio>: yt-dlp says "lonely (1)" and today's date.
    void realYtDlpOnAnUntitledPage()
    {
        YtDlp ytDlp;
        if (!ytDlp.installation().isFound())
            QSKIP("yt-dlp is not installed");
        QTemporaryDir root;
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"),
                                                 QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=d=1"),
                                                 QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), root.filePath(QStringLiteral("a.mp3"))});
        QVERIFY(ffmpeg.waitForFinished(30000) && ffmpeg.exitCode() == 0);
        QFile page(root.filePath(QStringLiteral("lonely.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html><body><audio src=\"a.mp3\"></audio></body></html>");
        page.close();
        LocalHttpServer server(root.path());
        const std::atomic_bool cancel{false};
        const ResolveResult r = ytDlp.resolve(server.url(QStringLiteral("lonely.html")), 0, cancel);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
        QVERIFY(!r.isPlaylist);
        QCOMPARE(r.media.title, QStringLiteral("lonely"));
        QVERIFY2(r.media.date.isEmpty(), qPrintable(r.media.date));
    }

    void recordedAnswers_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        const auto row = [&](const char *name, const char *key, const char *title, const char *pageUrl, const char *mediaUrl,
                             const char *upload, const char *wantTitle, const char *wantDate) {
            QJsonObject o{{QStringLiteral("_type"), QStringLiteral("video")}, {QStringLiteral("extractor_key"), QLatin1String(key)},
                          {QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("webpage_url"), QLatin1String(pageUrl)},
                          {QStringLiteral("url"), QLatin1String(mediaUrl)}, {QStringLiteral("upload_date"), QLatin1String(upload)}};
            if (title)
                o.insert(QStringLiteral("title"), QString::fromUtf8(title));
            QTest::newRow(name) << QString::fromUtf8(QJsonDocument(o).toJson()) << QString::fromUtf8(wantTitle)
                                << QString::fromLatin1(wantDate);
        };
        row("only player on a page", "HTML5MediaEmbed", "Concert (1)", "http://h/concert.html", "http://h/a.mp3", "20261204", "Concert", "");
        row("page without a name", "HTML5MediaEmbed", "(1)", "http://h/", "http://h/media/Blue%20in%20Green.mp3", "", "Blue in Green", "");
        row("extractor name as title", "HTML5MediaEmbed", "HTML5MediaEmbed", "http://h/p", "http://h/song.ogg", "", "song", "");
        row("googlevideo placeholder", "Generic", "videoplayback", "http://h/Live%20set.html", "http://h/videoplayback", "", "Live set", "");
        row("no title at all", "Generic", nullptr, "http://h/x/Track%2007.flac", "http://h/x/Track%2007.flac", "20240101", "Track 07", "");
        row("direct link keeps its name", "Generic", "a", "http://h/a.mp3", "http://h/a.mp3", "20261204", "a", "");
        row("a real site keeps both", "Youtube", "Live (1)", "https://www.youtube.com/watch?v=abc", "https://r.example/x",
            "20190305", "Live (1)", "2019-03-05");
        row("a real site's empty title", "Vimeo", "", "https://vimeo.com/76979871", "https://r.example/x", "20190305",
            "76979871", "2019-03-05");
    }
    void recordedAnswers()
    {
        QFETCH(QString, json);
        QFETCH(QString, title);
        QFETCH(QString, date);
        const ResolveResult r = YtDlp::parseResolve(json.toUtf8(), 0);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
        QCOMPARE(r.media.title, title);
        QCOMPARE(r.media.date, date);
    }

    // A page with several players: the numbers tell the entries apart and stay; "(2)" alone does not.
    void playlistEntries()
    {
        const auto entry = [](const char *title, const char *url) {
            return QJsonObject{{QStringLiteral("extractor_key"), QStringLiteral("HTML5MediaEmbed")},
                               {QStringLiteral("title"), QLatin1String(title)}, {QStringLiteral("url"), QLatin1String(url)}};
        };
        const QJsonObject page{{QStringLiteral("_type"), QStringLiteral("playlist")}, {QStringLiteral("extractor_key"), QStringLiteral("Generic")},
                               {QStringLiteral("title"), QStringLiteral("video")}, {QStringLiteral("webpage_url"), QStringLiteral("http://h/two.html")},
                               {QStringLiteral("entries"), QJsonArray{entry("My Page (1)", "http://h/a.mp3"), entry("(2)", "http://h/b%20side.mp3")}}};
        const QByteArray json = QJsonDocument(page).toJson();
        const ResolveResult r = YtDlp::parseResolve(json, 0);
        QVERIFY(r.isPlaylist);
        QCOMPARE(r.playlistTitle, QStringLiteral("two"));
        QCOMPARE(r.entries.size(), 2);
        QCOMPARE(r.entries.at(0).title, QStringLiteral("My Page (1)"));
        QCOMPARE(r.entries.at(1).title, QStringLiteral("b side"));
    }
};

QTEST_GUILESS_MAIN(TestYtDlpTitle)
#include "tst_ytdlptitle.moc"
