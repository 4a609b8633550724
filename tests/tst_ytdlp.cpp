// YtDlp against the real yt-dlp (Debian's 2023.03.04 at the time of writing) and local servers
// only: media made with the ffmpeg CLI, served by LocalHttpServer on 127.0.0.1; stalls from
// servers in this file. Recorded YouTube answers (no network here) go through a stand-in
// yt-dlp script that prints them, so the real process and parsing path is still exercised.
#include "LocalHttpServer.h"
#include "source/YtDlp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace tunedrop;
using tunedrop::test::LocalHttpServer;

Q_DECLARE_METATYPE(tunedrop::ErrorCategory)

namespace {

QString category(const Error &e)
{
    return errorCategoryName(e.category) + QStringLiteral(": ") + e.text();
}

// Pids of the processes whose command line contains `needle` (e.g. a test server's port).
QList<qint64> processesWith(const QByteArray &needle)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (isPid && pid != QCoreApplication::applicationPid() && cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().contains(needle))
            pids << pid;
    }
    return pids;
}

// Running, or stopped but not yet dead. A zombie ('Z') is dead: an orphan killed with yt-dlp's
// group waits there for whatever reaps orphans in this container.
bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s.at(close + 2) != 'Z';
}

// Sets the flag from another thread once `ready` (if given) holds and `delayMs` passed, noting
// which yt-dlp processes (matched by `needle`) were running just before, and when it set it.
class Canceller {
public:
    Canceller(int delayMs, QByteArray needle, const std::atomic_bool *ready = nullptr)
    {
        m_clock.start();
        m_thread = std::thread([this, delayMs, needle, ready] {
            while (ready && !ready->load() && m_clock.elapsed() < 60000)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            m_pids = processesWith(needle);
            m_setAtNs = m_clock.nsecsElapsed();
            flag = true;
        });
    }
    ~Canceller() { join(); }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    double latencyMs() const { return (m_clock.nsecsElapsed() - m_setAtNs.load()) / 1e6; }
    QList<qint64> pids() { join(); return m_pids; }

    std::atomic_bool flag{false};

private:
    QElapsedTimer m_clock;
    std::atomic<qint64> m_setAtNs{0};
    QList<qint64> m_pids;
    std::thread m_thread;
};

// Answers every request with headers announcing `announced` bytes of audio, sends `head` of
// them and then holds the connection open without another byte: a download stalled mid-way.
class TrickleServer {
public:
    TrickleServer(qint64 announced, QByteArray head)
    {
        m_worker = new QObject;
        m_worker->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(m_worker, [this, announced, head] {
            auto *server = new QTcpServer(m_worker);
            server->listen(QHostAddress::LocalHost, 0);
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, m_worker, [server, announced, head] {
                while (QTcpSocket *s = server->nextPendingConnection()) {
                    auto request = std::make_shared<QByteArray>();
                    QObject::connect(s, &QTcpSocket::readyRead, s, [s, request, announced, head] {
                        *request += s->readAll();
                        if (!request->contains("\r\n\r\n"))
                            return;
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: audio/webm\r\nContent-Length: "
                                 + QByteArray::number(announced) + "\r\n\r\n");
                        if (!request->startsWith("HEAD"))
                            s->write(head);
                        request->clear();
                    });
                }
            });
        }, Qt::BlockingQueuedConnection);
    }
    ~TrickleServer()
    {
        QMetaObject::invokeMethod(m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString url(const QString &name) const { return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(name); }
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    quint16 m_port = 0;
};

}  // namespace

class TestYtDlp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void locate_findsSystemYtDlp();
    void locate_configuredPathWins();
    void locate_invalidConfiguredPathFallsBackToPath_data();
    void locate_invalidConfiguredPathFallsBackToPath();
    void locate_notInstalled();

    void resolve_directMediaUrl();
    void resolve_htmlAudioPage();
    void resolve_htmlPagePosterIsThumbnail();
    void resolve_jwPlayerPageHasGenreAndYear();
    void resolve_htmlPageWithSeveralVideosIsPlaylist();
    void resolve_recordedYouTubeVideo();
    void resolve_recordedFieldFallbacks_data();
    void resolve_recordedFieldFallbacks();
    void resolve_recordedMusicFields_data();
    void resolve_recordedMusicFields();
    void resolve_recordedYouTubePlaylist();
    void resolve_unreadableAnswerIsInternal();

    void download_directUrl();
    void download_formatChosenFromPage();
    void download_progressTemplateParsing();
    void download_withoutFinalPathIsInternal();

    void cancel_resolveAgainstStalledServer();
    void cancel_downloadStalledMidway();
    void cancel_killsYtDlpChildren();
    void timeout_isNetworkError();

    void errors_realYtDlp_data();
    void errors_realYtDlp();
    void errors_downloadNotFound();

    void mapError_data();
    void mapError();
    void mapError_keepsFirstErrorLineShort();

private:
    void requireYtDlp();
    QString writeFakeYtDlp(const QString &name, const QByteArray &out, const QByteArray &err = {},
                           int exitCode = 0, const QByteArray &beforeOutput = {});
    static QList<QStringList> invocations(const QString &fakePath);
    bool makeMedia(const QString &name, const QStringList &ffmpegArgs);
    void writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_tmp;
    QString m_www;
    QString m_systemYtDlp;
    std::unique_ptr<LocalHttpServer> m_server;
};

// ---- fixtures -------------------------------------------------------------------------

bool TestYtDlp::makeMedia(const QString &name, const QStringList &ffmpegArgs)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-v"), QStringLiteral("error"),
                                                       QStringLiteral("-nostdin"), QStringLiteral("-y")}
                                               + ffmpegArgs + QStringList{QDir(m_www).filePath(name)});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        qWarning() << "ffmpeg failed:" << ffmpeg.readAllStandardError();
        return false;
    }
    return true;
}

void TestYtDlp::writeFile(const QString &name, const QByteArray &data)
{
    QFile f(QDir(m_www).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestYtDlp::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_www = m_tmp.filePath(QStringLiteral("www"));
    QVERIFY(QDir().mkpath(m_www));
    const auto sine = [](int hz, int seconds) {
        return QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                           QStringLiteral("sine=f=%1:d=%2").arg(hz).arg(seconds)};
    };
    QVERIFY(makeMedia(QStringLiteral("a.webm"), sine(1000, 3) << QStringLiteral("-c:a") << QStringLiteral("libopus")));
    QVERIFY(makeMedia(QStringLiteral("b.webm"), sine(500, 3) << QStringLiteral("-c:a") << QStringLiteral("libopus")));
    QVERIFY(makeMedia(QStringLiteral("c.mp3"), sine(700, 2) << QStringLiteral("-c:a") << QStringLiteral("libmp3lame")));
    writeFile(QStringLiteral("page.html"),
              "<!DOCTYPE html><html><head><title>My Test Song</title></head>"
              "<body><audio src=\"a.webm\" controls></audio></body></html>");
    writeFile(QStringLiteral("poster.html"),
              "<!DOCTYPE html><html><head><title>Poster Page</title></head>"
              "<body><video poster=\"cover.jpg\" src=\"b.webm\"></video></body></html>");
    writeFile(QStringLiteral("multi.html"),
              "<!DOCTYPE html><html><head><title>Three Tracks</title></head><body>"
              "<video src=\"a.webm\"></video><video src=\"b.webm\"></video><video src=\"c.mp3\"></video>"
              "</body></html>");
    // The generic extractor reads a JW Player setup: genre, releasedate (release_year), channel.
    writeFile(QStringLiteral("jw.html"),
              "<!DOCTYPE html><html><head><title>JW Page</title></head><body><div id=\"player\"></div>"
              "<script>jwplayer(\"player\").setup({\"file\": \"a.webm\", \"title\": \"Blue in Green\", "
              "\"genre\": \"Jazz\", \"releasedate\": 1959, \"channel\": \"Miles Davis\"});</script>"
              "</body></html>");
    writeFile(QStringLiteral("nomedia.html"),
              "<!DOCTYPE html><html><head><title>Nothing here</title></head><body><p>Hi</p></body></html>");
    m_server = std::make_unique<LocalHttpServer>(m_www);
    m_systemYtDlp = QStandardPaths::findExecutable(QStringLiteral("yt-dlp"));
}

void TestYtDlp::requireYtDlp()
{
    if (m_systemYtDlp.isEmpty())
        QSKIP("yt-dlp is not installed");
}

// A stand-in for yt-dlp: logs each invocation's arguments (one line, \x1f-separated), answers
// --version, runs `beforeOutput` (shell), prints `out`/`err` and exits with `exitCode`.
QString TestYtDlp::writeFakeYtDlp(const QString &name, const QByteArray &out, const QByteArray &err, int exitCode,
                                  const QByteArray &beforeOutput)
{
    const QDir dir(m_tmp.filePath(QStringLiteral("fake-") + name));
    dir.mkpath(QStringLiteral("."));
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    const QByteArray d = dir.absolutePath().toUtf8();
    write(dir.filePath(QStringLiteral("out")), out);
    write(dir.filePath(QStringLiteral("err")), err);
    const QString script = dir.filePath(QStringLiteral("yt-dlp"));
    write(script, "#!/bin/sh\n"
                  "printf '%s\\037' \"$@\" >> '" + d + "/args.log'; echo >> '" + d + "/args.log'\n"
                  "if [ \"$1\" = --version ]; then echo 2099.12.31; exit 0; fi\n"
                  + beforeOutput + "\n"
                  "cat '" + d + "/out'\ncat '" + d + "/err' >&2\nexit " + QByteArray::number(exitCode) + "\n");
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script;
}

QList<QStringList> TestYtDlp::invocations(const QString &fakePath)
{
    QFile log(QFileInfo(fakePath).dir().filePath(QStringLiteral("args.log")));
    QList<QStringList> calls;
    if (!log.open(QIODevice::ReadOnly))
        return calls;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QStringList args = QString::fromUtf8(line).split(QChar(0x1f));
        args.removeLast();  // after the last separator
        calls << args;
    }
    return calls;
}

// ---- locate ---------------------------------------------------------------------------

void TestYtDlp::locate_findsSystemYtDlp()
{
    requireYtDlp();
    const YtDlp ytdlp;
    QCOMPARE(ytdlp.installation().path, m_systemYtDlp);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}\\.\\d{2}\\.\\d{2}")).match(ytdlp.installation().version).hasMatch(),
             qPrintable(ytdlp.installation().version));
    qInfo() << "yt-dlp" << ytdlp.installation().path << ytdlp.installation().version;
}

void TestYtDlp::locate_configuredPathWins()
{
    const QString fake = writeFakeYtDlp(QStringLiteral("configured"), "{}");
    const YtDlp::Installation inst = YtDlp::locate(fake);
    QCOMPARE(inst.path, fake);
    QCOMPARE(inst.version, QStringLiteral("2099.12.31"));
    QCOMPARE(invocations(fake).value(0), QStringList{QStringLiteral("--version")});
}

void TestYtDlp::locate_invalidConfiguredPathFallsBackToPath_data()
{
    QTest::addColumn<QString>("configured");
    const QString plain = m_tmp.filePath(QStringLiteral("not-executable"));
    QFile f(plain);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\necho 1\n");
    f.close();
    QFile::setPermissions(plain, QFile::ReadOwner | QFile::WriteOwner);
    QTest::newRow("missing") << m_tmp.filePath(QStringLiteral("no/such/yt-dlp"));
    QTest::newRow("not executable") << plain;
    QTest::newRow("a directory") << m_tmp.path();
}

void TestYtDlp::locate_invalidConfiguredPathFallsBackToPath()
{
    QFETCH(QString, configured);
    QCOMPARE(YtDlp(configured).installation().path, m_systemYtDlp);
}

void TestYtDlp::locate_notInstalled()
{
    const QByteArray savedPath = qgetenv("PATH");
    const auto restore = qScopeGuard([&savedPath] { qputenv("PATH", savedPath); });
    const QString emptyDir = m_tmp.filePath(QStringLiteral("empty-bin"));
    QVERIFY(QDir().mkpath(emptyDir));
    qputenv("PATH", emptyDir.toUtf8());

    const YtDlp ytdlp(m_tmp.filePath(QStringLiteral("no/such/yt-dlp")));
    QVERIFY(!ytdlp.installation().isFound());
    QVERIFY(ytdlp.installation().version.isEmpty());

    const std::atomic_bool cancel{false};
    const ResolveResult r = ytdlp.resolve(m_server->url(QStringLiteral("a.webm")), 10, cancel);
    QCOMPARE(r.error.category, ErrorCategory::Unsupported);
    QVERIFY2(r.error.text().contains(QLatin1String("not installed")), qPrintable(r.error.text()));
    QVERIFY2(r.error.text().contains(QLatin1String("tunedrop --update-yt-dlp")), qPrintable(r.error.text()));
    QVERIFY(r.error.text().contains(QLatin1String("Settings")));

    const YtDlpDownload d = ytdlp.download(m_server->url(QStringLiteral("a.webm")), {}, m_tmp.filePath(QStringLiteral("dl-none")), {}, cancel);
    QCOMPARE(d.error.category, ErrorCategory::Unsupported);
    QVERIFY(d.filePath.isEmpty());
}

// ---- resolve with the real yt-dlp -----------------------------------------------------

void TestYtDlp::resolve_directMediaUrl()
{
    requireYtDlp();
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const QString url = m_server->url(QStringLiteral("a.webm"));
    const int requestsBefore = m_server->requestCount();
    const ResolveResult r = ytdlp.resolve(url, 10, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    QVERIFY(m_server->requestCount() > requestsBefore);
    QVERIFY(!r.isPlaylist);
    QCOMPARE(r.media.site, QStringLiteral("Generic"));
    QCOMPARE(r.media.id, QStringLiteral("a"));
    QCOMPARE(r.media.webpageUrl, url);
    QCOMPARE(r.media.formatUrl, url);
    QCOMPARE(r.media.protocol, QStringLiteral("http"));
    QCOMPARE(r.media.ext, QStringLiteral("webm"));
    QVERIFY(!r.media.formatId.isEmpty());
    QVERIFY(r.media.acodec.isEmpty());          // yt-dlp 2023.03.04 has no acodec for direct URLs
    QCOMPARE(r.media.durationSeconds, 0.0);     // ... and a null duration
    QVERIFY(r.media.isNativelyDownloadable());
    QVERIFY(!r.media.httpHeaders.isEmpty());    // yt-dlp's User-Agent etc. for the native download
}

void TestYtDlp::resolve_htmlAudioPage()
{
    requireYtDlp();
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const ResolveResult r = ytdlp.resolve(m_server->url(QStringLiteral("page.html")), 10, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    QVERIFY(!r.isPlaylist);
    // The generic extractor numbers embedded media: "My Test Song (1)", id "page-1".
    QVERIFY2(r.media.title.startsWith(QLatin1String("My Test Song")), qPrintable(r.media.title));
    QCOMPARE(r.media.site, QStringLiteral("HTML5MediaEmbed"));
    QCOMPARE(r.media.webpageUrl, m_server->url(QStringLiteral("page.html")));
    QCOMPARE(r.media.formatUrl, m_server->url(QStringLiteral("a.webm")));
    QVERIFY(r.media.isNativelyDownloadable());
}

void TestYtDlp::resolve_htmlPagePosterIsThumbnail()
{
    requireYtDlp();
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const ResolveResult r = ytdlp.resolve(m_server->url(QStringLiteral("poster.html")), 10, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    QCOMPARE(r.media.thumbnailUrl, m_server->url(QStringLiteral("cover.jpg")));
    QCOMPARE(r.media.formatUrl, m_server->url(QStringLiteral("b.webm")));
}

// Issue 13 item 5: yt-dlp's genre and release_year were dropped.
void TestYtDlp::resolve_jwPlayerPageHasGenreAndYear()
{
    requireYtDlp();
    const std::atomic_bool cancel{false};
    const ResolveResult r = YtDlp().resolve(m_server->url(QStringLiteral("jw.html")), 10, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    QCOMPARE(r.media.title, QStringLiteral("Blue in Green"));
    QCOMPARE(r.media.genre, QStringLiteral("Jazz"));
    QCOMPARE(r.media.date, QStringLiteral("1959"));
    QCOMPARE(r.media.artist, QStringLiteral("Miles Davis"));  // channel, the last fallback
    QCOMPARE(r.media.formatUrl, m_server->url(QStringLiteral("a.webm")));
}

void TestYtDlp::resolve_htmlPageWithSeveralVideosIsPlaylist()
{
    requireYtDlp();
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const QString page = m_server->url(QStringLiteral("multi.html"));

    const ResolveResult all = ytdlp.resolve(page, 10, cancel);
    QVERIFY2(!all.error.isError(), qPrintable(category(all.error)));
    QVERIFY(all.isPlaylist);
    QCOMPARE(all.playlistTitle, QStringLiteral("Three Tracks"));
    QCOMPARE(all.entries.size(), 3);
    const QStringList files{QStringLiteral("a.webm"), QStringLiteral("b.webm"), QStringLiteral("c.mp3")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(all.entries[i].url, m_server->url(files[i]));
        QCOMPARE(all.entries[i].id, QStringLiteral("multi-%1").arg(i + 1));
        QCOMPARE(all.entries[i].title, QStringLiteral("Three Tracks (%1)").arg(i + 1));
    }

    const ResolveResult limited = ytdlp.resolve(page, 2, cancel);
    QVERIFY2(!limited.error.isError(), qPrintable(category(limited.error)));
    QVERIFY(limited.isPlaylist);
    QCOMPARE(limited.entries.size(), 2);
    QCOMPARE(limited.entries[1].url, m_server->url(QStringLiteral("b.webm")));

    // An entry resolves on its own into a single downloadable track.
    const ResolveResult entry = ytdlp.resolve(all.entries[2].url, 10, cancel);
    QVERIFY2(!entry.error.isError(), qPrintable(category(entry.error)));
    QVERIFY(!entry.isPlaylist);
    QCOMPARE(entry.media.formatUrl, m_server->url(QStringLiteral("c.mp3")));
}

// ---- resolve: recorded answers through a stand-in yt-dlp --------------------------------

// Shaped like yt-dlp 2023.03.04's `-J -f bestaudio/best` for a YouTube music video (trimmed).
static const char kYouTubeVideo[] = R"json({
  "id": "AbCdEfGhIjK", "title": "The Track (Official Audio)", "fulltitle": "The Track (Official Audio)",
  "thumbnails": [
    {"url": "https://i.ytimg.com/vi/AbCdEfGhIjK/default.jpg", "preference": -12, "height": 90, "width": 120, "id": "0"},
    {"url": "https://i.ytimg.com/vi/AbCdEfGhIjK/maxresdefault.jpg", "preference": -1, "height": 720, "width": 1280, "id": "1"},
    {"url": "https://i.ytimg.com/vi_webp/AbCdEfGhIjK/maxresdefault.webp", "preference": 0, "id": "2"}],
  "thumbnail": "https://i.ytimg.com/vi_webp/AbCdEfGhIjK/maxresdefault.webp",
  "description": "Provided to YouTube by Some Label", "uploader": "The Artist - Topic",
  "uploader_id": "@theartist-topic", "channel": "The Artist - Topic", "channel_id": "UCabcdefghijklmnopqrstuv",
  "duration": 212.0, "view_count": 123456, "age_limit": 0,
  "webpage_url": "https://www.youtube.com/watch?v=AbCdEfGhIjK", "categories": ["Music"],
  "chapters": [{"start_time": 0.0, "title": "Intro", "end_time": 30.5},
               {"start_time": 30.5, "title": "Verse", "end_time": 212.0}],
  "upload_date": "20230115", "release_date": "20221201", "release_year": 2022,
  "artist": "The Artist", "track": "The Track", "album": "The Album", "creator": "The Artist",
  "track_number": 3, "extractor": "youtube", "extractor_key": "Youtube",
  "original_url": "https://www.youtube.com/watch?v=AbCdEfGhIjK", "_type": "video",
  "format_id": "251", "format_note": "medium", "asr": 48000, "filesize": 3456789, "audio_channels": 2,
  "url": "https://rr3---sn-4g5e6nzz.googlevideo.com/videoplayback?expire=1700000000&itag=251&mime=audio%2Fwebm",
  "protocol": "https", "ext": "webm", "acodec": "opus", "vcodec": "none", "abr": 130.5,
  "http_headers": {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36",
                   "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                   "Accept-Language": "en-us,en;q=0.5", "Sec-Fetch-Mode": "navigate"},
  "format": "251 - audio only (medium)", "_version": {"version": "2023.03.04"}
})json";

void TestYtDlp::resolve_recordedYouTubeVideo()
{
    const QString fake = writeFakeYtDlp(QStringLiteral("youtube-video"), kYouTubeVideo,
                                        "WARNING: [youtube] Some formats are possibly damaged.\n");
    const YtDlp ytdlp(fake);
    QCOMPARE(ytdlp.installation().path, fake);
    const std::atomic_bool cancel{false};
    const QString url = QStringLiteral("https://www.youtube.com/watch?v=AbCdEfGhIjK");
    const ResolveResult r = ytdlp.resolve(url, 25, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));

    // One yt-dlp process per resolve (after locate's --version), with exactly these options.
    const QList<QStringList> calls = invocations(fake);
    QCOMPARE(calls.size(), 2);
    const QStringList expected{
        QStringLiteral("--ignore-config"), QStringLiteral("--no-colors"), QStringLiteral("--socket-timeout"),
        QStringLiteral("30"), QStringLiteral("--no-playlist"), QStringLiteral("-J"), QStringLiteral("--flat-playlist"),
        QStringLiteral("--playlist-end"), QStringLiteral("25"), QStringLiteral("-f"), QStringLiteral("bestaudio/best"),
        QStringLiteral("--"), url};
    QCOMPARE(calls[1], expected);

    QVERIFY(!r.isPlaylist);
    const MediaInfo &m = r.media;
    QCOMPARE(m.id, QStringLiteral("AbCdEfGhIjK"));
    QCOMPARE(m.webpageUrl, url);
    QCOMPARE(m.site, QStringLiteral("Youtube"));
    QCOMPARE(m.title, QStringLiteral("The Track (Official Audio)"));
    QCOMPARE(m.artist, QStringLiteral("The Artist"));
    QCOMPARE(m.album, QStringLiteral("The Album"));
    QCOMPARE(m.track, QStringLiteral("The Track"));
    QCOMPARE(m.trackNumber, 3);
    QCOMPARE(m.date, QStringLiteral("2022-12-01"));  // release_date wins over upload_date
    QCOMPARE(m.thumbnailUrl, QStringLiteral("https://i.ytimg.com/vi_webp/AbCdEfGhIjK/maxresdefault.webp"));
    QCOMPARE(m.durationSeconds, 212.0);
    QCOMPARE(m.chapters.size(), 2);
    QCOMPARE(m.chapters[1].title, QStringLiteral("Verse"));
    QCOMPARE(m.chapters[1].startSeconds, 30.5);
    QCOMPARE(m.chapters[1].endSeconds, 212.0);
    QCOMPARE(m.formatId, QStringLiteral("251"));
    QVERIFY(m.formatUrl.startsWith(QLatin1String("https://rr3---sn-4g5e6nzz.googlevideo.com/videoplayback?")));
    QCOMPARE(m.protocol, QStringLiteral("https"));
    QCOMPARE(m.ext, QStringLiteral("webm"));
    QCOMPARE(m.acodec, QStringLiteral("opus"));
    QCOMPARE(m.filesize, qint64(3456789));
    QCOMPARE(m.httpHeaders.size(), 4);
    QVERIFY(m.httpHeaders.contains(qMakePair(QByteArray("Accept-Language"), QByteArray("en-us,en;q=0.5"))));
    QVERIFY(m.isNativelyDownloadable());
}

void TestYtDlp::resolve_recordedFieldFallbacks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("artist");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("thumbnail");
    QTest::addColumn<qint64>("filesize");
    QTest::addColumn<bool>("native");

    const QByteArray fmt = R"("format_id": "140", "url": "https://example.invalid/a.m4a", "protocol": "https")";
    QTest::newRow("creator") << (R"({"id": "x", "creator": "C", "uploader": "U", "upload_date": "20200102", )" + fmt + "}")
                             << QStringLiteral("C") << QStringLiteral("2020-01-02") << QString() << qint64(0) << true;
    QTest::newRow("uploader") << (R"({"id": "x", "artist": null, "uploader": "U", "channel": "Ch", )" + fmt + "}")
                              << QStringLiteral("U") << QString() << QString() << qint64(0) << true;
    QTest::newRow("channel") << (R"({"id": "x", "uploader": "", "channel": "Ch", "release_date": "2021", )" + fmt + "}")
                             << QStringLiteral("Ch") << QString() << QString() << qint64(0) << true;
    QTest::newRow("best of thumbnails, approx size")
        << QByteArray(R"({"id": "x", "thumbnails": [
                {"url": "https://t/big.jpg", "width": 1280, "height": 720},
                {"url": "https://t/small.jpg", "width": 120, "height": 90}],
             "filesize": null, "filesize_approx": 1234567.8, )" + fmt + "}")
        << QString() << QString() << QStringLiteral("https://t/big.jpg") << qint64(1234567) << true;
    QTest::newRow("hls is not native")
        << QByteArray(R"({"id": "x", "format_id": "hls-128", "url": "https://e.invalid/a.m3u8", "protocol": "m3u8_native"})")
        << QString() << QString() << QString() << qint64(0) << false;
    QTest::newRow("merged pick uses its audio part")
        << QByteArray(R"({"id": "x", "format_id": "137+140", "protocol": "https+https", "requested_formats": [
                {"format_id": "137", "url": "https://e.invalid/v", "protocol": "https", "acodec": "none"},
                {"format_id": "140", "url": "https://e.invalid/a", "protocol": "https", "acodec": "mp4a.40.2"}]})")
        << QString() << QString() << QString() << qint64(0) << true;
}

void TestYtDlp::resolve_recordedFieldFallbacks()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, artist);
    QFETCH(QString, date);
    QFETCH(QString, thumbnail);
    QFETCH(qint64, filesize);
    QFETCH(bool, native);
    const QString fake = writeFakeYtDlp(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char(',')), json);
    const std::atomic_bool cancel{false};
    const ResolveResult r = YtDlp(fake).resolve(QStringLiteral("https://example.invalid/x"), 10, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    QCOMPARE(r.media.artist, artist);
    QCOMPARE(r.media.date, date);
    QCOMPARE(r.media.thumbnailUrl, thumbnail);
    QCOMPARE(r.media.filesize, filesize);
    QCOMPARE(r.media.isNativelyDownloadable(), native);
    if (QByteArray(QTest::currentDataTag()).startsWith("merged")) {
        QCOMPARE(r.media.formatId, QStringLiteral("140"));
        QCOMPARE(r.media.formatUrl, QStringLiteral("https://e.invalid/a"));
    }
}

void TestYtDlp::resolve_recordedMusicFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("artist");
    QTest::addColumn<QString>("albumArtist");
    QTest::addColumn<QString>("genre");
    QTest::addColumn<QString>("composer");
    QTest::addColumn<int>("track");
    QTest::addColumn<int>("disc");
    QTest::addColumn<QString>("date");
    const QByteArray fmt = R"("format_id": "1", "url": "https://example.invalid/a.m4a", "protocol": "https")";
    // yt-dlp 2023 (YouTube Music, Bandcamp, SoundCloud): single strings.
    QTest::newRow("strings") << (R"({"id": "x", "artist": "Miles Davis", "album_artist": "Miles Davis Sextet",
        "genre": "Jazz", "composer": "Bill Evans", "track_number": 3, "disc_number": 1, "release_year": 1959,
        "upload_date": "20150101", )" + fmt + "}")
        << "Miles Davis" << "Miles Davis Sextet" << "Jazz" << "Bill Evans" << 3 << 1 << "1959";
    // Newer yt-dlp: lists, numbers as strings.
    QTest::newRow("lists") << (R"({"id": "x", "artists": ["Miles Davis", "John Coltrane"],
        "album_artists": ["Miles Davis"], "genres": ["Jazz", "Modal"], "composers": ["Bill Evans"],
        "track_number": "3", "disc_number": "2", "release_date": "19590817", "release_year": 1959, )" + fmt + "}")
        << "Miles Davis, John Coltrane" << "Miles Davis" << "Jazz, Modal" << "Bill Evans" << 3 << 2 << "1959-08-17";
    QTest::newRow("nothing but an upload") << (R"({"id": "x", "uploader": "U", "track_number": -1,
        "release_year": 0, "upload_date": "20200102", )" + fmt + "}")
        << "U" << "" << "" << "" << 0 << 0 << "2020-01-02";
}

void TestYtDlp::resolve_recordedMusicFields()
{
    QFETCH(QByteArray, json);
    const QString fake = writeFakeYtDlp(QStringLiteral("music-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')), json);
    const std::atomic_bool cancel{false};
    const ResolveResult r = YtDlp(fake).resolve(QStringLiteral("https://example.invalid/x"), 10, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    QTEST(r.media.artist, "artist");
    QTEST(r.media.albumArtist, "albumArtist");
    QTEST(r.media.genre, "genre");
    QTEST(r.media.composer, "composer");
    QTEST(r.media.trackNumber, "track");
    QTEST(r.media.discNumber, "disc");
    QTEST(r.media.date, "date");
}

// Shaped like yt-dlp 2023.03.04's `--flat-playlist -J` for a YouTube playlist (trimmed).
static const char kYouTubePlaylist[] = R"json({
  "id": "PLabcdefghijklmnopqrstuvwxyz012345", "title": "Road Trip Mix", "availability": "public",
  "channel": "Someone", "uploader": "Someone", "_type": "playlist",
  "entries": [
    {"_type": "url", "ie_key": "Youtube", "id": "AAAAAAAAAAA", "url": "https://www.youtube.com/watch?v=AAAAAAAAAAA",
     "title": "First Song", "duration": 201, "channel": "Band A", "view_count": 10},
    {"_type": "url", "ie_key": "Youtube", "id": "BBBBBBBBBBB", "url": "https://www.youtube.com/watch?v=BBBBBBBBBBB",
     "title": "Second Song", "duration": 187, "channel": "Band B", "view_count": 20},
    {"_type": "url", "ie_key": "Youtube", "id": "CCCCCCCCCCC", "url": "https://www.youtube.com/watch?v=CCCCCCCCCCC",
     "title": "Third Song", "duration": null, "channel": null, "view_count": null}],
  "extractor_key": "YoutubeTab", "webpage_url": "https://www.youtube.com/playlist?list=PLabcdefghijklmnopqrstuvwxyz012345",
  "requested_entries": [1, 2, 3], "playlist_count": 57, "epoch": 1700000000
})json";

void TestYtDlp::resolve_recordedYouTubePlaylist()
{
    const QString fake = writeFakeYtDlp(QStringLiteral("youtube-playlist"), kYouTubePlaylist);
    const std::atomic_bool cancel{false};
    const YtDlp ytdlp(fake);
    const ResolveResult r = ytdlp.resolve(QStringLiteral("https://www.youtube.com/playlist?list=PLx"), 3, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    QVERIFY(r.isPlaylist);
    QCOMPARE(r.playlistTitle, QStringLiteral("Road Trip Mix"));
    QCOMPARE(r.entries.size(), 3);
    QCOMPARE(r.entries[0].url, QStringLiteral("https://www.youtube.com/watch?v=AAAAAAAAAAA"));
    QCOMPARE(r.entries[1].id, QStringLiteral("BBBBBBBBBBB"));
    QCOMPARE(r.entries[2].title, QStringLiteral("Third Song"));
    // yt-dlp got the limit; a longer answer than asked for is cut to it too.
    QVERIFY(invocations(fake).last().contains(QStringLiteral("--playlist-end")));
    QCOMPARE(ytdlp.resolve(QStringLiteral("https://www.youtube.com/playlist?list=PLx"), 2, cancel).entries.size(), 2);
}

void TestYtDlp::resolve_unreadableAnswerIsInternal()
{
    const QString fake = writeFakeYtDlp(QStringLiteral("garbage"), "this is not JSON");
    const std::atomic_bool cancel{false};
    const ResolveResult r = YtDlp(fake).resolve(QStringLiteral("https://example.invalid/x"), 10, cancel);
    QCOMPARE(r.error.category, ErrorCategory::Internal);
}

// ---- download -------------------------------------------------------------------------

void TestYtDlp::download_directUrl()
{
    requireYtDlp();
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const QString dir = m_tmp.filePath(QStringLiteral("dl-direct"));
    QList<qint64> done, totals;
    const YtDlpDownload d = ytdlp.download(m_server->url(QStringLiteral("a.webm")), QString(), dir,
                                           [&](qint64 received, qint64 total, double) {
                                               done << received;
                                               totals << total;
                                           },
                                           cancel);
    QVERIFY2(!d.error.isError(), qPrintable(category(d.error)));
    QCOMPARE(QFileInfo(d.filePath).absolutePath(), QDir(dir).absolutePath());
    QFile got(d.filePath), want(QDir(m_www).filePath(QStringLiteral("a.webm")));
    QVERIFY(got.open(QIODevice::ReadOnly) && want.open(QIODevice::ReadOnly));
    QVERIFY(got.readAll() == want.readAll());
    QVERIFY(!done.isEmpty());
    QVERIFY(done.first() > 0);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.last(), want.size());
    QCOMPARE(totals.last(), want.size());
    QVERIFY(QDir(dir).entryList(QDir::Files).size() == 1);  // no .part left behind

    // Again into the same folder: yt-dlp says "already downloaded" and still prints the path.
    const YtDlpDownload again = ytdlp.download(m_server->url(QStringLiteral("a.webm")), QString(), dir, {}, cancel);
    QVERIFY2(!again.error.isError(), qPrintable(category(again.error)));
    QCOMPARE(again.filePath, d.filePath);
}

void TestYtDlp::download_formatChosenFromPage()
{
    requireYtDlp();
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const QString page = m_server->url(QStringLiteral("page.html"));
    const ResolveResult r = ytdlp.resolve(page, 10, cancel);
    QVERIFY2(!r.error.isError(), qPrintable(category(r.error)));
    const YtDlpDownload d = ytdlp.download(page, r.media.formatId, m_tmp.filePath(QStringLiteral("dl-page%x")), {}, cancel);
    QVERIFY2(!d.error.isError(), qPrintable(category(d.error)));
    QVERIFY(d.filePath.endsWith(QLatin1String("dl-page%x/page-1.webm")));  // a '%' in the folder is no template
    QFile got(d.filePath), want(QDir(m_www).filePath(QStringLiteral("a.webm")));
    QVERIFY(got.open(QIODevice::ReadOnly) && want.open(QIODevice::ReadOnly));
    QVERIFY(got.readAll() == want.readAll());
}

void TestYtDlp::download_progressTemplateParsing()
{
    const QString out = m_tmp.filePath(QStringLiteral("dl-fake"));
    const QByteArray file = QDir(out).filePath(QStringLiteral("AbCdEfGhIjK.webm")).toUtf8();
    const QString fake = writeFakeYtDlp(
        QStringLiteral("download"),
        "tdprog 100 NA 1000.5 NA\ntdprog 400 None NA 2048.25\ntdprog 1000 1000 NA 4096\n" + file + "\n", {}, 0,
        "mkdir -p '" + out.toUtf8() + "' && printf 'x' > '" + file + "'");
    const YtDlp ytdlp(fake);
    const std::atomic_bool cancel{false};
    struct Call { qint64 done, total; double speed; };
    QList<Call> calls;
    const YtDlpDownload d = ytdlp.download(QStringLiteral("https://www.youtube.com/watch?v=AbCdEfGhIjK"),
                                           QStringLiteral("251"), out,
                                           [&](qint64 done, qint64 total, double bps) { calls.append({done, total, bps}); },
                                           cancel);
    QVERIFY2(!d.error.isError(), qPrintable(category(d.error)));
    QCOMPARE(d.filePath, QString::fromUtf8(file));
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls[0].done, qint64(100));
    QCOMPARE(calls[0].total, qint64(1000));  // total_bytes NA: the estimate
    QCOMPARE(calls[0].speed, 0.0);
    QCOMPARE(calls[1].total, qint64(-1));    // neither known
    QCOMPARE(calls[1].speed, 2048.25);
    QCOMPARE(calls[2].done, qint64(1000));
    QCOMPARE(calls[2].total, qint64(1000));

    const QStringList args = invocations(fake).last();
    QCOMPARE(args.mid(0, 4), (QStringList{QStringLiteral("--ignore-config"), QStringLiteral("--no-colors"),
                                          QStringLiteral("--socket-timeout"), QStringLiteral("30")}));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-f")) + 1), QStringLiteral("251"));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-P")) + 1), QDir(out).absolutePath());
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-o")) + 1), QStringLiteral("%(id)s.%(ext)s"));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("--print")) + 1), QStringLiteral("after_move:filepath"));
    QVERIFY(args.contains(QStringLiteral("--newline")));
    QVERIFY(args.contains(QStringLiteral("--progress")));
    QVERIFY(!args.contains(QStringLiteral("-x")));
    QCOMPARE(args.last(), QStringLiteral("https://www.youtube.com/watch?v=AbCdEfGhIjK"));
}

void TestYtDlp::download_withoutFinalPathIsInternal()
{
    const QString fake = writeFakeYtDlp(QStringLiteral("no-path"), "tdprog 10 10 NA NA\n");
    const std::atomic_bool cancel{false};
    const YtDlpDownload d = YtDlp(fake).download(QStringLiteral("https://example.invalid/v"), QString(),
                                                 m_tmp.filePath(QStringLiteral("dl-no-path")), {}, cancel);
    QCOMPARE(d.error.category, ErrorCategory::Internal);
    QVERIFY(d.filePath.isEmpty());
}

// ---- cancel and timeout ---------------------------------------------------------------

void TestYtDlp::cancel_resolveAgainstStalledServer()
{
    requireYtDlp();
    QTcpServer stall;  // accepts (in the kernel backlog) and never answers
    QVERIFY(stall.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/stall.webm").arg(stall.serverPort());
    const YtDlp ytdlp;
    Canceller canceller(1500, url.toUtf8());
    QElapsedTimer clock;
    clock.start();
    const ResolveResult r = ytdlp.resolve(url, 10, canceller.flag);
    const double latency = canceller.latencyMs();
    qInfo("resolve cancelled %.1f ms after the flag was set", latency);
    QCOMPARE(r.error.category, ErrorCategory::Cancelled);
    QVERIFY2(latency < 3000, "cancel took far too long");
    QVERIFY(clock.elapsed() < 20000);
    const QList<qint64> pids = canceller.pids();
    QVERIFY2(!pids.isEmpty(), "yt-dlp was not running when cancelled");
    for (const qint64 pid : pids)
        QVERIFY2(!isAlive(pid), qPrintable(QStringLiteral("pid %1 survived").arg(pid)));
}

void TestYtDlp::cancel_downloadStalledMidway()
{
    requireYtDlp();
    TrickleServer trickle(10 * 1000 * 1000, QByteArray(64 * 1024, 'x'));
    const QString url = trickle.url(QStringLiteral("slow.webm"));
    const YtDlp ytdlp;
    std::atomic_bool sawProgress{false};
    qint64 lastDone = 0, lastTotal = 0;
    Canceller canceller(300, url.toUtf8(), &sawProgress);
    const QString dir = m_tmp.filePath(QStringLiteral("dl-stalled"));
    const YtDlpDownload d = ytdlp.download(url, QString(), dir,
                                           [&](qint64 done, qint64 total, double) {
                                               lastDone = done;
                                               lastTotal = total;
                                               if (done > 0)
                                                   sawProgress = true;
                                           },
                                           canceller.flag);
    const double latency = canceller.latencyMs();
    qInfo("download cancelled %.1f ms after the flag was set (%lld of %lld bytes)", latency, lastDone, lastTotal);
    QCOMPARE(d.error.category, ErrorCategory::Cancelled);
    QVERIFY(d.filePath.isEmpty());
    QVERIFY(lastDone > 0 && lastDone <= 64 * 1024);
    QCOMPARE(lastTotal, qint64(10 * 1000 * 1000));
    QVERIFY2(latency < 3000, "cancel took far too long");
    const QList<qint64> pids = canceller.pids();
    QVERIFY(!pids.isEmpty());
    for (const qint64 pid : pids)
        QVERIFY2(!isAlive(pid), qPrintable(QStringLiteral("pid %1 survived").arg(pid)));
}

void TestYtDlp::cancel_killsYtDlpChildren()
{
    // yt-dlp runs ffmpeg for HLS/DASH; the stand-in starts a long `sleep` child the same way
    // (same process group) and waits for it. Cancelling must take both down.
    const QString childPidFile = m_tmp.filePath(QStringLiteral("child.pid"));
    const QString fake = writeFakeYtDlp(QStringLiteral("with-child"), "{}", {}, 0,
                                        "sleep 300 & echo $! > '" + childPidFile.toUtf8() + "'; wait");
    const YtDlp ytdlp(fake);
    Canceller canceller(700, fake.toUtf8());
    const YtDlpDownload d = ytdlp.download(QStringLiteral("https://example.invalid/v"), QString(),
                                           m_tmp.filePath(QStringLiteral("dl-child")), {}, canceller.flag);
    qInfo("download (with a child process) cancelled %.1f ms after the flag was set", canceller.latencyMs());
    QCOMPARE(d.error.category, ErrorCategory::Cancelled);
    QFile pidFile(childPidFile);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 child = pidFile.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(child), 2000);
    const QList<qint64> pids = canceller.pids();
    QVERIFY(!pids.isEmpty());
    for (const qint64 pid : pids)
        QVERIFY2(!isAlive(pid), qPrintable(QStringLiteral("pid %1 survived").arg(pid)));
}

void TestYtDlp::timeout_isNetworkError()
{
    requireYtDlp();
    QTcpServer stall;
    QVERIFY(stall.listen(QHostAddress::LocalHost, 0));
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    QElapsedTimer clock;
    clock.start();
    const ResolveResult r = ytdlp.resolve(QStringLiteral("http://127.0.0.1:%1/a.webm").arg(stall.serverPort()), 10,
                                          cancel, 2000);
    QCOMPARE(r.error.category, ErrorCategory::Network);
    QVERIFY2(r.error.text().contains(QLatin1String("did not answer within 2 s")), qPrintable(r.error.text()));
    QVERIFY(clock.elapsed() >= 2000);
    QVERIFY(clock.elapsed() < 10000);
}

// ---- errors with the real yt-dlp ------------------------------------------------------

void TestYtDlp::errors_realYtDlp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ErrorCategory>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("404") << m_server->url(QStringLiteral("missing.webm")) << ErrorCategory::NotFound
                         << QStringLiteral("unavailable");
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    QTest::newRow("connection refused") << QStringLiteral("http://127.0.0.1:%1/a.webm").arg(closedPort)
                                        << ErrorCategory::Network << QStringLiteral("internet connection");
    QTest::newRow("page without media") << m_server->url(QStringLiteral("nomedia.html")) << ErrorCategory::Unsupported
                                        << QStringLiteral("cannot find any audio");
}

void TestYtDlp::errors_realYtDlp()
{
    requireYtDlp();
    QFETCH(QString, url);
    QFETCH(ErrorCategory, expected);
    QFETCH(QString, mentions);
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const ResolveResult r = ytdlp.resolve(url, 10, cancel);
    qInfo() << "message:" << r.error.text();
    QCOMPARE(r.error.category, expected);
    QVERIFY2(r.error.text().contains(mentions), qPrintable(r.error.text()));
    QVERIFY2(r.error.text().contains(QLatin1String("(yt-dlp: ")), "the ERROR line is kept for diagnosis");
    QVERIFY(!r.error.text().contains(QLatin1String("please report this issue")));
}

void TestYtDlp::errors_downloadNotFound()
{
    requireYtDlp();
    const YtDlp ytdlp;
    const std::atomic_bool cancel{false};
    const YtDlpDownload d = ytdlp.download(m_server->url(QStringLiteral("missing.webm")), QString(),
                                           m_tmp.filePath(QStringLiteral("dl-404")), {}, cancel);
    QCOMPARE(d.error.category, ErrorCategory::NotFound);
    QVERIFY(d.filePath.isEmpty());
}

// ---- mapError -------------------------------------------------------------------------

void TestYtDlp::mapError_data()
{
    QTest::addColumn<QString>("stderrText");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<ErrorCategory>("expected");
    QTest::addColumn<QString>("mentions");  // the fix, or what happened

    const QString report = QStringLiteral(
        "; please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate "
        "issue template. Confirm you are on the latest version using  yt-dlp -U");
    const auto row = [](const char *tag, const QString &err, ErrorCategory c, const char *mentions, int exitCode = 1) {
        QTest::newRow(tag) << err << exitCode << c << QString::fromUtf8(mentions);
    };
    row("private video",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Private video. Sign in if you've been granted access to this "
                       "video"),
        ErrorCategory::NotFound, "private or removed");
    row("video unavailable", QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Video unavailable"), ErrorCategory::NotFound,
        "unavailable");
    row("removed",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Video unavailable. This video has been removed by the uploader"),
        ErrorCategory::NotFound, "private or removed");
    row("bot check (curly apostrophe)",
        QString::fromUtf8("ERROR: [youtube] AbCdEfGhIjK: Sign in to confirm you\u2019re not a bot. This helps protect "
                          "our community. Learn more"),
        ErrorCategory::PermissionDenied, "cookies");
    row("bot check (straight apostrophe)",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Sign in to confirm you're not a bot. Use --cookies-from-browser "
                       "or --cookies for the authentication."),
        ErrorCategory::PermissionDenied, "cookies");
    row("age check",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Sign in to confirm your age. This video may be inappropriate for "
                       "some users."),
        ErrorCategory::PermissionDenied, "cookies");
    row("members only",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Join this channel to get access to members-only content like "
                       "this video, and other exclusive perks."),
        ErrorCategory::PermissionDenied, "Settings");
    row("geo blocked",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Video unavailable. The uploader has not made this video "
                       "available in your country"),
        ErrorCategory::PermissionDenied, "country");
    row("geo restriction (generic)",
        QStringLiteral("ERROR: [dailymotion] x7tgad0: This video is not available from your location due to geo "
                       "restriction"),
        ErrorCategory::PermissionDenied, "country");
    row("HTTP 429",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Unable to download webpage: HTTP Error 429: Too Many Requests "
                       "(caused by <HTTPError 429: 'Too Many Requests'>)")
            + report,
        ErrorCategory::Network, "try again");
    row("HTTP 503",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Unable to download API page: HTTP Error 503: Service Unavailable "
                       "(caused by <HTTPError 503: 'Service Unavailable'>)")
            + report,
        ErrorCategory::Network, "try again");
    row("connection refused (recorded from 2023.03.04)",
        QStringLiteral("ERROR: [generic] None: Unable to download webpage: <urlopen error [Errno 111] Connection "
                       "refused> (caused by URLError(ConnectionRefusedError(111, 'Connection refused')))"),
        ErrorCategory::Network, "internet connection");
    row("no DNS",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Unable to download webpage: <urlopen error [Errno -3] Temporary "
                       "failure in name resolution> (caused by URLError(gaierror(-3, 'Temporary failure in name "
                       "resolution')))"),
        ErrorCategory::Network, "internet connection");
    row("read timed out",
        QStringLiteral("[download]  12.3% of 3.30MiB at 1.02MiB/s ETA 00:02\nERROR: [download] Got error: The read "
                       "operation timed out"),
        ErrorCategory::Network, "try again");
    row("HTTP 404 (recorded from 2023.03.04)",
        QStringLiteral("ERROR: [generic] None: Unable to download webpage: HTTP Error 404: File not found (caused by "
                       "<HTTPError 404: 'File not found'>)")
            + report,
        ErrorCategory::NotFound, "unavailable");
    row("HTTP 403",
        QStringLiteral("ERROR: unable to download video data: HTTP Error 403: Forbidden"),
        ErrorCategory::PermissionDenied, "cookies");
    row("unsupported URL (recorded from 2023.03.04)",
        QStringLiteral("WARNING: [generic] Falling back on generic information extractor\nERROR: Unsupported URL: "
                       "http://127.0.0.1:8000/nomedia.html"),
        ErrorCategory::Unsupported, "cannot find any audio");
    row("nsig extraction failed",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: nsig extraction failed: You may experience throttling for some "
                       "formats\n       n = 7yTZv0yjCHXKlTAw ; player = "
                       "https://www.youtube.com/s/player/b7910ca8/player_ias.vflset/en_US/base.js")
            + report,
        ErrorCategory::Unsupported, "update");
    row("requested format not available",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Requested format is not available. Use --list-formats for a "
                       "list of available formats"),
        ErrorCategory::Unsupported, "update");
    row("unable to extract",
        QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Unable to extract uploader id") + report,
        ErrorCategory::Unsupported, "update");
    row("warning is not the cause",
        QStringLiteral("WARNING: [youtube] AbCdEfGhIjK: nsig extraction failed: You may experience throttling for "
                       "some formats\nERROR: [youtube] AbCdEfGhIjK: Video unavailable"),
        ErrorCategory::NotFound, "unavailable");
    row("not installed (not started)", QString(), ErrorCategory::Unsupported, "tunedrop --update-yt-dlp", 127);
    row("not installed (caller never started it)", QString(), ErrorCategory::Unsupported, "not installed", -2);
    row("crashed", QString(), ErrorCategory::Internal, "exit code -1", -1);
    row("not installed (module missing)",
        QStringLiteral("Traceback (most recent call last):\n  File \"/usr/bin/yt-dlp\", line 5, in <module>\n    from "
                       "yt_dlp import main\nModuleNotFoundError: No module named 'yt_dlp'"),
        ErrorCategory::Unsupported, "not installed");
    row("unknown error", QStringLiteral("ERROR: Something odd happened"), ErrorCategory::Internal,
        "Something odd happened");
    row("unknown crash keeps its last line",
        QStringLiteral("Traceback (most recent call last):\n  ...\nKeyError: 'streamingData'"), ErrorCategory::Internal,
        "KeyError: 'streamingData'");
    row("success with warnings", QStringLiteral("WARNING: [youtube] Some formats are possibly damaged."),
        ErrorCategory::None, "", 0);
}

void TestYtDlp::mapError()
{
    QFETCH(QString, stderrText);
    QFETCH(int, exitCode);
    QFETCH(ErrorCategory, expected);
    QFETCH(QString, mentions);
    const Error e = YtDlp::mapError(stderrText, exitCode);
    QCOMPARE(e.category, expected);
    QVERIFY2(e.text().contains(mentions, Qt::CaseInsensitive), qPrintable(e.text()));
    QVERIFY(expected == ErrorCategory::None || !e.text().isEmpty());
}

void TestYtDlp::mapError_keepsFirstErrorLineShort()
{
    const QString first = QStringLiteral("ERROR: [youtube] AbCdEfGhIjK: Unable to extract ") + QString(300, QLatin1Char('z'))
        + QStringLiteral("; please report this issue on https://github.com/yt-dlp/yt-dlp/issues");
    const Error e = YtDlp::mapError(first + QStringLiteral("\nERROR: second line"), 1);
    QCOMPARE(e.category, ErrorCategory::Unsupported);
    QVERIFY(e.text().contains(QLatin1String("(yt-dlp: [youtube] AbCdEfGhIjK: Unable to extract zzz")));
    QVERIFY(!e.text().contains(QLatin1String("second line")));
    QVERIFY(!e.text().contains(QLatin1String("please report")));
    const QString tail = e.text().mid(e.text().indexOf(QLatin1String("(yt-dlp: ")));
    QVERIFY2(tail.size() <= 200 + 11, qPrintable(QString::number(tail.size())));
}

QTEST_GUILESS_MAIN(TestYtDlp)
#include "tst_ytdlp.moc"
