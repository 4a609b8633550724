#pragma once

#include "CookieFile.h"
#include "JsRuntime.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace tunedrop {

class PauseGate;

struct Chapter {
    QString title;
    double startSeconds = 0;
    double endSeconds = 0;
};

// One video or track as yt-dlp resolved it (`yt-dlp -J -f bestaudio/best URL`).
struct MediaInfo {
    QString id;
    QString webpageUrl;
    QString site;          // extractor key, e.g. "Youtube", "Generic"
    QString title;
    QString artist;        // artist(s), else creator, else uploader, else channel
    QString album;
    QString albumArtist;   // album_artist(s)
    QString genre;         // genre(s)
    QString composer;      // composer(s)
    QString track;         // track title when the site knows it
    int trackNumber = 0;
    int discNumber = 0;
    // "YYYY-MM-DD" from release_date, else "YYYY" from release_year, else upload_date: for
    // music the release is the date that matters, an upload is only a fallback.
    QString date;
    QString thumbnailUrl;
    double durationSeconds = 0;  // 0 when unknown
    QList<Chapter> chapters;

    // The format "bestaudio/best" selected.
    QString formatId;
    QString formatUrl;     // direct URL of that format, when it has one
    QString protocol;      // "https", "http", "m3u8_native", "http_dash_segments", ...
    QString ext;
    QString acodec;        // may be empty (direct URLs have none)
    qint64 filesize = 0;   // filesize or filesize_approx, 0 when unknown
    QList<QPair<QByteArray, QByteArray>> httpHeaders;

    // Plain http(s) formats can be fetched by TuneDrop itself (HttpDownloader) and streamed
    // into the transcoder; anything else goes through yt-dlp's own downloader.
    bool isNativelyDownloadable() const;
};

struct PlaylistEntry {
    QString url;
    QString id;
    QString title;
};

struct ResolveResult {
    Error error;           // None on success
    bool isPlaylist = false;
    QString playlistTitle;
    QList<PlaylistEntry> entries;   // isPlaylist: up to the limit, in playlist order
    MediaInfo media;                // !isPlaylist
};

struct YtDlpDownload {
    Error error;
    QString filePath;               // the downloaded audio file
};

// yt-dlp driven as a QProcess. Blocking calls for worker threads: they poll the process and
// the cancel flag (a cancel kills yt-dlp within ~100 ms). Failures map to plain messages that
// say what to do (see mapError).
class YtDlp {
public:
    struct Installation {
        QString path;     // empty when not found
        QString version;  // "2023.03.04"
        bool isFound() const { return !path.isEmpty(); }
    };

    // Uses `configuredPath` when set and executable, else `yt-dlp` on PATH. Asking for the
    // version costs a Python start (~0.3 s, cached per executable); jobs do not need it.
    enum class Version { Query, Skip };
    explicit YtDlp(const QString &configuredPath = QString(), Version version = Version::Query);

    static Installation locate(const QString &configuredPath = QString(), Version version = Version::Query);
    const Installation &installation() const { return m_installation; }

    // Options for every run of this instance. The runtime is passed only when this yt-dlp
    // knows --js-runtimes (needs the version: construct with Version::Query).
    void setJsRuntime(const JsRuntime &runtime) { m_jsRuntime = runtime; }
    bool supportsJsRuntimes() const { return ytDlpSupportsJsRuntimes(m_installation.version); }
    // Sign-in cookies: an imported cookies.txt is written to a private 0600 file for each
    // yt-dlp process and deleted when that process ends; else the browser spec is passed on.
    void setSignIn(const SignInCookies &signIn) { m_signIn = signIn; }
    // Every request yt-dlp makes (pages, redirects, media, HLS/DASH fragments; its ffmpeg
    // downloader through http_proxy) goes through this proxy (a web job's GuardedProxy URL).
    // no_proxy/NO_PROXY are removed from its environment so no host bypasses it.
    void setProxy(const QString &proxyUrl) { m_proxy = proxyUrl; }
    // "Pause Queue": while the gate is closed, a running yt-dlp (and its ffmpeg) is stopped
    // with SIGSTOP and continued with SIGCONT, its time limit not ticking (runProcess). Not owned.
    void setPauseGate(const PauseGate *gate) { m_pauseGate = gate; }
    // Called (on this thread) with the cookie jar yt-dlp saved back after a successful run, when
    // the site changed the cookies: the caller keeps the refreshed ones for the next runs.
    void onCookiesRefreshed(std::function<void(const QByteArray &)> handler) { m_cookiesRefreshed = std::move(handler); }
    // The options above as yt-dlp arguments (`cookiesFile`: this run's private cookie file).
    QStringList sessionArgs(const QString &cookiesFile = QString()) const;

    // `-J` (with `--flat-playlist --playlist-end LIMIT` for playlists/channels).
    ResolveResult resolve(const QString &url, int playlistLimit, const std::atomic_bool &cancel,
                          int timeoutMs = 120000) const;

    // Downloads the chosen format with yt-dlp itself into `dir` (no conversion), parsing
    // `--newline --progress-template` output into progress(done, total, bytesPerSecond).
    YtDlpDownload download(const QString &url, const QString &formatId, const QString &dir,
                           const std::function<void(qint64, qint64, double)> &progress,
                           const std::atomic_bool &cancel) const;

    // yt-dlp's stderr + exit code -> category and a message with the fix: not installed,
    // unavailable/private/removed video, sign-in/age/bot checks (suggest cookies), geo-blocked,
    // network errors (transient), unsupported URL, extractor outdated (suggest updating).
    static Error mapError(const QString &stderrText, int exitCode);
    // Reads a `-J` answer (what resolve() does with yt-dlp's stdout); public for tests and the
    // fuzz target. Playlists keep at most `playlistLimit` entries (0: all).
    static ResolveResult parseResolve(const QByteArray &json, int playlistLimit);
    static Error notInstalledError();

private:
    Installation m_installation;
    JsRuntime m_jsRuntime;
    SignInCookies m_signIn;
    QString m_proxy;
    const PauseGate *m_pauseGate = nullptr;
    std::function<void(const QByteArray &)> m_cookiesRefreshed;

    struct Outcome;
    Outcome run(const QStringList &args, const std::atomic_bool &cancel, int timeoutMs,
                const std::function<void(const QByteArray &)> &onLine = {}) const;
};

}  // namespace tunedrop
