// UrlClassifier: every link shape users paste, decided offline.
#include "source/UrlClassifier.h"

#include <QtTest>

using namespace tunedrop;
using Kind = ClassifiedInput::Kind;

Q_DECLARE_METATYPE(tunedrop::ClassifiedInput::Kind)

namespace {

const QString kId = QStringLiteral("dQw4w9WgXcQ");
const QString kList = QStringLiteral("PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf");
const QString kWatch = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
const QString kPlaylistUrl = QStringLiteral("https://www.youtube.com/playlist?list=PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf");

// QCOMPARE prints nothing useful for an enum class without Q_ENUM; names make failures readable.
QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Invalid: return QStringLiteral("Invalid");
    case Kind::LocalFile: return QStringLiteral("LocalFile");
    case Kind::DirectMedia: return QStringLiteral("DirectMedia");
    case Kind::YouTube: return QStringLiteral("YouTube");
    case Kind::OtherSite: return QStringLiteral("OtherSite");
    }
    return QStringLiteral("?");
}

QString cwdPath(const QString &relative)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(relative));
}

// One row per shape; the helpers keep the table to one line per real-world link.
void row(const char *tag, const QString &input, Kind kind, const QString &url = {},
         const QString &youtubeId = {}, const QString &playlistId = {}, bool isPlaylist = false,
         const QString &localPath = {}, bool isHls = false)
{
    QTest::newRow(tag) << input << kind << url << youtubeId << playlistId << isPlaylist << localPath << isHls;
}
void video(const char *tag, const QString &input, const QString &list = {})
{
    row(tag, input, Kind::YouTube, kWatch, kId, list);
}
void playlist(const char *tag, const QString &input, const QString &url = kPlaylistUrl,
              const QString &list = kList)
{
    row(tag, input, Kind::YouTube, url, {}, list, true);
}
void channel(const char *tag, const QString &input, const QString &url)
{
    row(tag, input, Kind::YouTube, url, {}, {}, true);
}
void local(const char *tag, const QString &input, const QString &path)
{
    row(tag, input, Kind::LocalFile, {}, {}, {}, false, path);
}
void invalid(const char *tag, const QString &input)
{
    row(tag, input, Kind::Invalid);
}

}  // namespace

class TestUrlClassifier : public QObject {
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void matchesOriginalYouTubePattern_data();
    void matchesOriginalYouTubePattern();
    void youtubeVideoId_data();
    void youtubeVideoId();
    void messagesAreSpecific();
    void existingPathWinsOverHostShape();
};

void TestUrlClassifier::classify_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("youtubeId");
    QTest::addColumn<QString>("playlistId");
    QTest::addColumn<bool>("isPlaylist");
    QTest::addColumn<QString>("localPath");
    QTest::addColumn<bool>("isHls");

    // YouTube single videos.
    video("watch", kWatch);
    video("watch http", QStringLiteral("http://www.youtube.com/watch?v=dQw4w9WgXcQ"));
    video("watch no www", QStringLiteral("https://youtube.com/watch?v=dQw4w9WgXcQ"));
    video("watch no scheme", QStringLiteral("youtube.com/watch?v=dQw4w9WgXcQ"));
    video("watch www no scheme", QStringLiteral("www.youtube.com/watch?v=dQw4w9WgXcQ"));
    video("watch t list index", QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=") + kList
              + QStringLiteral("&index=3"), kList);
    video("watch list first", QStringLiteral("https://www.youtube.com/watch?list=") + kList
              + QStringLiteral("&v=dQw4w9WgXcQ"), kList);
    video("watch app=desktop", QStringLiteral("https://www.youtube.com/watch?app=desktop&v=dQw4w9WgXcQ"));
    video("watch feature=share", QStringLiteral("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ"));
    video("watch fragment", QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ#t=30"));
    video("watch trailing slash", QStringLiteral("https://www.youtube.com/watch/?v=dQw4w9WgXcQ"));
    video("watch uppercase host", QStringLiteral("HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ"));
    video("watch whitespace", QStringLiteral("  \thttps://www.youtube.com/watch?v=dQw4w9WgXcQ \n"));
    video("mobile", QStringLiteral("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=youtu.be"));
    video("mobile no scheme", QStringLiteral("m.youtube.com/watch?v=dQw4w9WgXcQ"));
    video("music", QStringLiteral("https://music.youtube.com/watch?v=dQw4w9WgXcQ&list=RDAMVMdQw4w9WgXcQ"),
          QStringLiteral("RDAMVMdQw4w9WgXcQ"));
    video("youtu.be", QStringLiteral("https://youtu.be/dQw4w9WgXcQ"));
    video("youtu.be si", QStringLiteral("https://youtu.be/dQw4w9WgXcQ?si=abc"));
    video("youtu.be si t no scheme", QStringLiteral("youtu.be/dQw4w9WgXcQ?si=Xy_12-ab&t=10"));
    video("youtu.be http", QStringLiteral("http://youtu.be/dQw4w9WgXcQ"));
    video("shorts", QStringLiteral("https://www.youtube.com/shorts/dQw4w9WgXcQ"));
    video("shorts feature=share", QStringLiteral("https://youtube.com/shorts/dQw4w9WgXcQ?feature=share"));
    video("shorts trailing slash", QStringLiteral("https://www.youtube.com/shorts/dQw4w9WgXcQ/"));
    video("embed", QStringLiteral("https://www.youtube.com/embed/dQw4w9WgXcQ?start=30&autoplay=1"));
    video("nocookie", QStringLiteral("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"));
    video("nocookie no www", QStringLiteral("youtube-nocookie.com/embed/dQw4w9WgXcQ"));
    video("live", QStringLiteral("https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared"));
    video("v", QStringLiteral("https://www.youtube.com/v/dQw4w9WgXcQ?version=3"));
    video("e", QStringLiteral("https://www.youtube.com/e/dQw4w9WgXcQ"));
    video("watch path id", QStringLiteral("https://www.youtube.com/watch/dQw4w9WgXcQ"));
    video("trailing dot host", QStringLiteral("https://www.youtube.com./watch?v=dQw4w9WgXcQ"));
    row("id with - and _", QStringLiteral("https://youtu.be/_-aBc123XyZ"), Kind::YouTube,
        QStringLiteral("https://www.youtube.com/watch?v=_-aBc123XyZ"), QStringLiteral("_-aBc123XyZ"));

    // YouTube playlists and channels: expanded later.
    playlist("playlist", kPlaylistUrl);
    playlist("playlist no scheme", QStringLiteral("youtube.com/playlist?list=") + kList);
    playlist("playlist extra params", QStringLiteral("https://www.youtube.com/playlist?si=q&list=") + kList);
    playlist("watch list only", QStringLiteral("https://www.youtube.com/watch?list=") + kList);
    playlist("embed videoseries", QStringLiteral("https://www.youtube.com/embed/videoseries?list=") + kList);
    playlist("music playlist", QStringLiteral("https://music.youtube.com/playlist?list=OLAK5uy_kx1wI9N2iH3"),
             QStringLiteral("https://www.youtube.com/playlist?list=OLAK5uy_kx1wI9N2iH3"),
             QStringLiteral("OLAK5uy_kx1wI9N2iH3"));
    channel("handle", QStringLiteral("https://www.youtube.com/@LofiGirl"),
            QStringLiteral("https://www.youtube.com/@LofiGirl"));
    channel("handle videos", QStringLiteral("https://youtube.com/@LofiGirl/videos"),
            QStringLiteral("https://www.youtube.com/@LofiGirl/videos"));
    channel("handle mobile", QStringLiteral("m.youtube.com/@LofiGirl/"),
            QStringLiteral("https://www.youtube.com/@LofiGirl"));
    channel("channel id", QStringLiteral("http://www.youtube.com/channel/UC38IQsAvIsxxjztdMZQtwHA/videos?view=0"),
            QStringLiteral("https://www.youtube.com/channel/UC38IQsAvIsxxjztdMZQtwHA/videos"));
    channel("c name", QStringLiteral("https://www.youtube.com/c/LofiGirl"),
            QStringLiteral("https://www.youtube.com/c/LofiGirl"));
    channel("user name trailing slash", QStringLiteral("youtube.com/user/LofiGirl/"),
            QStringLiteral("https://www.youtube.com/user/LofiGirl"));

    // YouTube links without a usable id.
    invalid("id 10 chars", QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXc"));
    invalid("id 12 chars", QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQQ"));
    invalid("id bad chars", QStringLiteral("https://youtu.be/dQw4w9.gXcQ"));
    invalid("v empty", QStringLiteral("https://www.youtube.com/watch?v="));
    invalid("watch no v", QStringLiteral("https://www.youtube.com/watch"));
    invalid("youtu.be no id", QStringLiteral("https://youtu.be/"));
    invalid("youtube home", QStringLiteral("https://www.youtube.com/"));
    invalid("shorts short id", QStringLiteral("https://www.youtube.com/shorts/abc"));
    invalid("playlist no list", QStringLiteral("https://www.youtube.com/playlist?list="));
    invalid("channel about tab", QStringLiteral("https://www.youtube.com/@LofiGirl/about"));

    // Other sites: yt-dlp decides.
    row("vimeo", QStringLiteral("https://vimeo.com/76979871"), Kind::OtherSite,
        QStringLiteral("https://vimeo.com/76979871"));
    row("soundcloud", QStringLiteral("https://soundcloud.com/artist/track-name"), Kind::OtherSite,
        QStringLiteral("https://soundcloud.com/artist/track-name"));
    row("soundcloud no scheme", QStringLiteral("soundcloud.com/artist/track-name"), Kind::OtherSite,
        QStringLiteral("https://soundcloud.com/artist/track-name"));
    row("bandcamp http", QStringLiteral("http://artist.bandcamp.com/track/song"), Kind::OtherSite,
        QStringLiteral("http://artist.bandcamp.com/track/song"));
    row("html page uppercase host", QStringLiteral("HTTPS://Example.COM/page.html"), Kind::OtherSite,
        QStringLiteral("https://example.com/page.html"));
    row("lookalike host", QStringLiteral("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ"),
        Kind::OtherSite, QStringLiteral("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ"));
    row("other subdomain host", QStringLiteral("https://notyoutube.com/watch?v=dQw4w9WgXcQ"), Kind::OtherSite,
        QStringLiteral("https://notyoutube.com/watch?v=dQw4w9WgXcQ"));
    row("extension-like path", QStringLiteral("https://example.com/mp3"), Kind::OtherSite,
        QStringLiteral("https://example.com/mp3"));
    row("www no path", QStringLiteral("www.example.com"), Kind::OtherSite, QStringLiteral("https://www.example.com"));

    // Direct media.
    row("direct mp3 query", QStringLiteral("https://cdn.example.com/a/b/song.MP3?sig=1"), Kind::DirectMedia,
        QStringLiteral("https://cdn.example.com/a/b/song.MP3?sig=1"));
    row("direct encoded name", QStringLiteral("https://example.com/My%20Song.flac"), Kind::DirectMedia,
        QStringLiteral("https://example.com/My%20Song.flac"));
    row("direct fragment", QStringLiteral("https://example.com/v/clip.webm#t=5"), Kind::DirectMedia,
        QStringLiteral("https://example.com/v/clip.webm#t=5"));
    row("direct no scheme", QStringLiteral("www.example.com/a.mp3"), Kind::DirectMedia,
        QStringLiteral("https://www.example.com/a.mp3"));
    row("direct ip port", QStringLiteral("http://192.168.1.10:8080/x.opus"), Kind::DirectMedia,
        QStringLiteral("http://192.168.1.10:8080/x.opus"));
    row("direct host port no scheme", QStringLiteral("media.example.org:8443/track.m4a"), Kind::DirectMedia,
        QStringLiteral("https://media.example.org:8443/track.m4a"));
    row("hls", QStringLiteral("https://example.com/live/index.m3u8?token=x"), Kind::DirectMedia,
        QStringLiteral("https://example.com/live/index.m3u8?token=x"), {}, {}, false, {}, true);

    // Local files (existence is checked later).
    local("relative dot", QStringLiteral("./song.mp3"), cwdPath(QStringLiteral("song.mp3")));
    local("relative bare", QStringLiteral("song.mp3"), cwdPath(QStringLiteral("song.mp3")));
    local("relative spaces", QStringLiteral("My Song.flac"), cwdPath(QStringLiteral("My Song.flac")));
    local("relative parent", QStringLiteral("../music/a.flac"), cwdPath(QStringLiteral("../music/a.flac")));
    local("relative folder", QStringLiteral("music/song.ogg"), cwdPath(QStringLiteral("music/song.ogg")));
    // Found by fuzz_urlclassifier: a leading ':' made QDir read the name as a Qt resource path
    // (":/..//y" came out as the relative "y").
    local("leading colon", QStringLiteral(":/..//y"), cwdPath(QStringLiteral("y")));
    local("colon name", QStringLiteral(":track.flac"), QDir::currentPath() + QStringLiteral("/:track.flac"));
    local("absolute", QStringLiteral("/abs/x.webm"), QStringLiteral("/abs/x.webm"));
    local("absolute unclean", QStringLiteral(" /abs//y/../x.webm "), QStringLiteral("/abs/x.webm"));
    local("home", QStringLiteral("~/Music/a.mp3"), QDir::homePath() + QStringLiteral("/Music/a.mp3"));
    local("file url encoded", QStringLiteral("file:///tmp/a%20b.flac"), QStringLiteral("/tmp/a b.flac"));
    local("file url one slash", QStringLiteral("file:/tmp/x.mp3"), QStringLiteral("/tmp/x.mp3"));
    local("file url localhost", QStringLiteral("file://localhost/tmp/x.mp3"), QStringLiteral("/tmp/x.mp3"));
#ifdef Q_OS_WIN
    local("windows drive", QStringLiteral("C:\\x.mp3"), QStringLiteral("C:/x.mp3"));
#else
    // On POSIX a backslash is an ordinary file name character, so this is a relative name.
    local("windows drive", QStringLiteral("C:\\x.mp3"), cwdPath(QStringLiteral("C:\\x.mp3")));
#endif

    // Invalid input.
    invalid("empty", QString());
    invalid("whitespace", QStringLiteral("  \t\n "));
    invalid("plain words", QStringLiteral("not a link"));
    invalid("javascript", QStringLiteral("javascript:alert(1)"));
    invalid("ftp", QStringLiteral("ftp://x/y.mp3"));
    invalid("data", QStringLiteral("data:audio/mpeg;base64,SUQzBAAAAAA"));
    invalid("mailto", QStringLiteral("mailto:someone@example.com"));
    invalid("https only", QStringLiteral("https://"));
    invalid("http no host", QStringLiteral("http:///song.mp3"));
    invalid("bad host", QStringLiteral("https://exa mple.com/a.mp3"));
    invalid("file no path", QStringLiteral("file:"));
#ifndef Q_OS_WIN
    invalid("file remote host", QStringLiteral("file://server/share/x.mp3"));
#endif
}

void TestUrlClassifier::classify()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(QString, url);
    QFETCH(QString, youtubeId);
    QFETCH(QString, playlistId);
    QFETCH(bool, isPlaylist);
    QFETCH(QString, localPath);
    QFETCH(bool, isHls);

    const ClassifiedInput r = UrlClassifier::classify(input);
    QCOMPARE(kindName(r.kind), kindName(kind));
    QCOMPARE(r.input, input.trimmed());
    QCOMPARE(r.url, url);
    QCOMPARE(r.youtubeId, youtubeId);
    QCOMPARE(r.playlistId, playlistId);
    QCOMPARE(r.isPlaylist, isPlaylist);
    QCOMPARE(r.localPath, localPath);
    QCOMPARE(r.isHls, isHls);
    if (kind == Kind::Invalid)
        QVERIFY2(!r.error.isEmpty(), "Invalid input must say why");
    else
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    if (kind == Kind::LocalFile)
        QVERIFY(QDir::isAbsolutePath(r.localPath));
}

void TestUrlClassifier::matchesOriginalYouTubePattern_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("matches");

    QTest::newRow("https www watch") << kWatch << true;
    QTest::newRow("http no www") << QStringLiteral("http://youtube.com/x") << true;
    QTest::newRow("no scheme") << QStringLiteral("youtube.com/watch?v=dQw4w9WgXcQ") << true;
    QTest::newRow("www no scheme") << QStringLiteral("www.youtube.com/a") << true;
    QTest::newRow("youtu.be") << QStringLiteral("https://youtu.be/dQw4w9WgXcQ") << true;
    QTest::newRow("youtu.be no scheme") << QStringLiteral("youtu.be/abc") << true;
    QTest::newRow("bad id still matches") << QStringLiteral("https://youtu.be/x") << true;
    QTest::newRow("one trailing newline") << QStringLiteral("youtube.com/a\n") << true;

    QTest::newRow("mobile") << QStringLiteral("https://m.youtube.com/watch?v=dQw4w9WgXcQ") << false;
    QTest::newRow("music") << QStringLiteral("https://music.youtube.com/watch?v=dQw4w9WgXcQ") << false;
    QTest::newRow("nocookie") << QStringLiteral("https://www.youtube-nocookie.com/embed/x") << false;
    QTest::newRow("uppercase scheme") << QStringLiteral("HTTPS://youtube.com/x") << false;
    QTest::newRow("uppercase host") << QStringLiteral("https://YOUTUBE.COM/x") << false;
    QTest::newRow("empty path") << QStringLiteral("https://youtube.com/") << false;
    QTest::newRow("no slash") << QStringLiteral("youtube.com") << false;
    QTest::newRow("youtu.be no path") << QStringLiteral("https://youtu.be/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://youtube.com/x") << false;
    QTest::newRow("leading space") << QStringLiteral(" https://youtube.com/x") << false;
    QTest::newRow("lookalike host") << QStringLiteral("https://youtube.com.evil.example/x") << false;
    QTest::newRow("dot is literal") << QStringLiteral("https://youtubeXcom/x") << false;
    QTest::newRow("newline inside") << QStringLiteral("youtube.com/a\nb") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUrlClassifier::matchesOriginalYouTubePattern()
{
    QFETCH(QString, input);
    QFETCH(bool, matches);
    QCOMPARE(UrlClassifier::matchesOriginalYouTubePattern(input), matches);
}

void TestUrlClassifier::youtubeVideoId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("id");

    QTest::newRow("watch") << kWatch << kId;
    QTest::newRow("shorts") << QStringLiteral("https://youtube.com/shorts/dQw4w9WgXcQ?feature=share") << kId;
    QTest::newRow("youtu.be") << QStringLiteral("youtu.be/dQw4w9WgXcQ?si=abc") << kId;
    QTest::newRow("embed") << QStringLiteral("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ") << kId;
    QTest::newRow("playlist") << kPlaylistUrl << QString();
    QTest::newRow("channel") << QStringLiteral("https://www.youtube.com/@LofiGirl") << QString();
    QTest::newRow("bad id") << QStringLiteral("https://youtu.be/dQw4w9WgXc") << QString();
    QTest::newRow("vimeo") << QStringLiteral("https://vimeo.com/76979871") << QString();
    QTest::newRow("other site v=") << QStringLiteral("https://example.com/watch?v=dQw4w9WgXcQ") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestUrlClassifier::youtubeVideoId()
{
    QFETCH(QString, input);
    QFETCH(QString, id);
    QCOMPARE(UrlClassifier::youtubeVideoId(input), id);
}

void TestUrlClassifier::messagesAreSpecific()
{
    QCOMPARE(UrlClassifier::classify(QStringLiteral("   ")).error, QStringLiteral("Paste a link or choose a file."));

    const QString badId = UrlClassifier::classify(QStringLiteral("https://youtu.be/dQw4w9WgXc")).error;
    QVERIFY2(badId.startsWith(QStringLiteral("This YouTube link has no valid video id (")), qPrintable(badId));
    QVERIFY2(badId.contains(QStringLiteral("dQw4w9WgXc")), qPrintable(badId));

    const QString missing = UrlClassifier::classify(QStringLiteral("https://www.youtube.com/watch?v=")).error;
    QVERIFY2(missing.startsWith(QStringLiteral("This YouTube link has no valid video id (")), qPrintable(missing));

    const QString scheme = UrlClassifier::classify(QStringLiteral("javascript:alert(1)")).error;
    QVERIFY2(scheme.contains(QStringLiteral("javascript:")), qPrintable(scheme));
    QVERIFY2(UrlClassifier::classify(QStringLiteral("FTP://x/y.mp3")).error.contains(QStringLiteral("ftp:")),
             "the scheme is named in lower case");
}

void TestUrlClassifier::existingPathWinsOverHostShape()
{
    // A real folder named like a host must stay local; the same text elsewhere is a URL.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("example.com")));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const ClassifiedInput inside = UrlClassifier::classify(QStringLiteral("example.com/a.mp3"));
    QVERIFY(QDir::setCurrent(previous));

    QCOMPARE(kindName(inside.kind), kindName(Kind::LocalFile));
    QCOMPARE(inside.localPath, QDir::cleanPath(dir.path() + QStringLiteral("/example.com/a.mp3")));

    const ClassifiedInput outside = UrlClassifier::classify(QStringLiteral("example.com/a.mp3"));
    QCOMPARE(kindName(outside.kind), kindName(Kind::DirectMedia));
    QCOMPARE(outside.url, QStringLiteral("https://example.com/a.mp3"));
}

QTEST_GUILESS_MAIN(TestUrlClassifier)
#include "tst_urlclassifier.moc"
