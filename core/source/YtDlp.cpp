#include "YtDlp.h"
#include "ProcessRun.h"
#include "YtDlpTitle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <optional>
#include <tuple>


namespace tunedrop {

namespace {

// Options every invocation gets: no user config (its -x or -o would break our parsing), no
// ANSI colours in messages we show, and a bound on each network wait.
QStringList commonArgs()
{
    return {QStringLiteral("--ignore-config"), QStringLiteral("--no-colors"),
            QStringLiteral("--socket-timeout"), QStringLiteral("30")};
}

template <typename Result>
Result failure(const Error &error)
{
    Result result;
    result.error = error;
    return result;
}

// Cancelled, timed out, not started, or failed (mapError); None when yt-dlp exited with 0.
Error runError(const ProcessRun &run, int timeoutMs)
{
    if (run.cancelled)
        return Error::make(ErrorCategory::Cancelled, UserText::translate("YtDlp", "Cancelled."));
    if (run.timedOut)
        return Error::make(ErrorCategory::Network,
                                    UserText::translate("YtDlp", "yt-dlp did not answer within %1 s.")
                                        .arg((timeoutMs + 999) / 1000));
    if (!run.started)
        return YtDlp::notInstalledError();
    return YtDlp::mapError(QString::fromUtf8(run.err), run.exitCode);
}

// ---- JSON -> MediaInfo ----------------------------------------------------------------

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())  // ids and track numbers are sometimes numbers
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble(0);
}

// A byte count yt-dlp printed (JSON or progress text; a site controls it): nullopt unless
// positive and within qint64, where converting the double is defined.
std::optional<qint64> byteCount(double value)
{
    if (!(value > 0) || value >= 9.2e18)
        return std::nullopt;
    return static_cast<qint64>(value);
}

QString firstStr(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (const QString s = str(o, k).trimmed(); !s.isEmpty())
            return s;
    return {};
}

// A field yt-dlp gives as a string or (newer versions: "artists", "genres"...) as a list.
QString textOrList(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return str(o, key).trimmed();
    QStringList parts;
    for (const QJsonValue &item : v.toArray())
        if (const QString s = item.toString().trimmed(); !s.isEmpty() && !parts.contains(s))
            parts << s;
    return parts.join(QStringLiteral(", "));
}

QString firstText(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (const QString s = textOrList(o, k); !s.isEmpty())
            return s;
    return {};
}

int positiveInt(const QJsonObject &o, const char *key)
{
    const int n = o.value(QLatin1String(key)).toInt(str(o, key).toInt());
    return n > 0 ? n : 0;
}

QString isoDate(const QString &yyyymmdd)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const auto m = re.match(yyyymmdd);
    return m.hasMatch() ? QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3)) : QString();
}

// yt-dlp sorts thumbnails worst first; prefer an explicit preference, then the larger picture.
QString bestThumbnail(const QJsonObject &o)
{
    if (const QString t = str(o, "thumbnail"); !t.isEmpty())
        return t;
    QString best;
    double bestPref = -1e300, bestArea = -1;
    for (const QJsonValue &v : o.value(QLatin1String("thumbnails")).toArray()) {
        const QJsonObject t = v.toObject();
        const double pref = num(t, "preference"), area = num(t, "width") * num(t, "height");
        if (!str(t, "url").isEmpty() && (pref > bestPref || (pref == bestPref && area >= bestArea)))
            std::tie(best, bestPref, bestArea) = std::make_tuple(str(t, "url"), pref, area);
    }
    return best;
}

void readFormat(const QJsonObject &f, MediaInfo &m)
{
    m.formatId = str(f, "format_id");
    m.formatUrl = str(f, "url");
    m.protocol = str(f, "protocol");
    m.ext = str(f, "ext");
    m.acodec = str(f, "acodec");
    const double size = num(f, "filesize") > 0 ? num(f, "filesize") : num(f, "filesize_approx");
    m.filesize = byteCount(size).value_or(0);
    m.httpHeaders.clear();
    const QJsonObject headers = f.value(QLatin1String("http_headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        m.httpHeaders.append({it.key().toUtf8(), it.value().toString().toUtf8()});
}

MediaInfo parseMedia(const QJsonObject &o)
{
    MediaInfo m;
    m.id = str(o, "id");
    m.webpageUrl = firstStr(o, {"webpage_url", "original_url"});
    m.site = firstStr(o, {"extractor_key", "extractor"});
    m.title = firstStr(o, {"title", "fulltitle"});
    m.artist = firstText(o, {"artist", "artists", "creator", "creators", "uploader", "channel"});
    m.album = str(o, "album").trimmed();
    m.albumArtist = firstText(o, {"album_artist", "album_artists"});
    m.genre = firstText(o, {"genre", "genres"});
    m.composer = firstText(o, {"composer", "composers"});
    m.track = str(o, "track").trimmed();
    m.trackNumber = positiveInt(o, "track_number");
    m.discNumber = positiveInt(o, "disc_number");
    m.date = isoDate(str(o, "release_date"));
    if (const int year = positiveInt(o, "release_year"); m.date.isEmpty() && year >= 1000 && year <= 9999)
        m.date = QString::number(year);
    // A generic page's upload_date is its Last-Modified header, mostly the day of the download.
    if (m.date.isEmpty() && !YtDlpTitle::isGenericExtractor(m.site))
        m.date = isoDate(str(o, "upload_date"));
    m.thumbnailUrl = bestThumbnail(o);
    m.durationSeconds = std::max(0.0, num(o, "duration"));
    for (const QJsonValue &v : o.value(QLatin1String("chapters")).toArray())
        m.chapters.append({str(v.toObject(), "title"), num(v.toObject(), "start_time"), num(v.toObject(), "end_time")});
    // The format "bestaudio/best" chose sits at the top level; a merged pick ("a+b") has no
    // url there, so take its audio part.
    readFormat(o, m);
    const QJsonArray parts = o.value(QLatin1String("requested_formats")).toArray();
    for (auto it = parts.begin(); m.formatUrl.isEmpty() && it != parts.end(); ++it)
        if (str(it->toObject(), "acodec") != QLatin1String("none"))
            readFormat(it->toObject(), m);
    m.title = YtDlpTitle::clean(m.title, m.site, m.formatUrl, m.webpageUrl);
    return m;
}

}  // namespace

ResolveResult YtDlp::parseResolve(const QByteArray &json, int playlistLimit)
{
    ResolveResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        const QString why = parseError.error ? parseError.errorString() : QStringLiteral("no object");
        result.error = {ErrorCategory::Internal,
                        UserText::translate("YtDlp", "yt-dlp gave an answer TuneDrop cannot read (%1).").arg(why)};
        return result;
    }
    const QJsonObject o = doc.object();
    const QString type = str(o, "_type");
    if (type == QLatin1String("playlist") || type == QLatin1String("multi_video")) {
        result.isPlaylist = true;
        const QString pageUrl = firstStr(o, {"webpage_url", "original_url"});
        result.playlistTitle = YtDlpTitle::clean(str(o, "title"), firstStr(o, {"extractor_key", "extractor"}), QString(), pageUrl);
        for (const QJsonValue &v : o.value(QLatin1String("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            // Flat entries carry the page URL; resolved ones (generic pages) the media URL.
            const QString url = firstStr(e, {"url", "webpage_url", "original_url"});
            if (url.isEmpty())
                continue;
            if (playlistLimit > 0 && result.entries.size() >= playlistLimit)
                break;
            result.entries.append({url, str(e, "id"),
                                   YtDlpTitle::clean(str(e, "title"), firstStr(e, {"extractor_key", "extractor"}), url, pageUrl, true)});
        }
        return result;
    }
    result.media = parseMedia(o);
    return result;
}

bool MediaInfo::isNativelyDownloadable() const
{
    return (protocol == QLatin1String("http") || protocol == QLatin1String("https")) && !formatUrl.isEmpty();
}

YtDlp::YtDlp(const QString &configuredPath, Version version) : m_installation(locate(configuredPath, version)) {}

QStringList YtDlp::sessionArgs(const QString &cookiesFile) const
{
    QStringList args;
    if (supportsJsRuntimes())
        args << m_jsRuntime.ytDlpArgs();
    if (!cookiesFile.isEmpty())
        args << QStringLiteral("--cookies") << cookiesFile;
    else if (m_signIn.fileContent.isEmpty() && !m_signIn.browser.isEmpty())
        args << QStringLiteral("--cookies-from-browser") << m_signIn.browser;
    if (!m_proxy.isEmpty())
        args << QStringLiteral("--proxy") << m_proxy;
    return args;
}

struct YtDlp::Outcome {
    Error error;  // None when yt-dlp exited with 0
    ProcessRun run;
};

YtDlp::Outcome YtDlp::run(const QStringList &args, const std::atomic_bool &cancel, int timeoutMs,
                          const std::function<void(const QByteArray &)> &onLine) const
{
    Outcome outcome;
    // The cookie file exists exactly as long as this yt-dlp process.
    std::optional<CookieFileLease> cookies;
    if (!m_signIn.fileContent.isEmpty()) {
        cookies.emplace(m_signIn.fileContent, m_signIn.privateDir);
        if (!cookies->isValid()) {
            outcome.error = Error::make(ErrorCategory::Internal, UserText::literal(cookies->error()));
            return outcome;
        }
    }
    outcome.run = runProcess(m_installation.path,
                             commonArgs() + sessionArgs(cookies ? cookies->path() : QString()) + args, cancel,
                             timeoutMs, onLine,
                             m_proxy.isEmpty() ? QStringList()
                                               : QStringList{QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")},
                             m_pauseGate);
    outcome.error = runError(outcome.run, timeoutMs);
    // Only a run that ended well saved a complete jar; a killed one may have left half a file.
    if (cookies && !outcome.error.isError() && m_cookiesRefreshed) {
        const cookies::Check saved = cookies::check(cookies->readBack());
        if (saved.error.isEmpty() && !cookies::sameCookies(saved.normalized, m_signIn.fileContent))
            m_cookiesRefreshed(saved.normalized);
    }
    return outcome;
}

YtDlp::Installation YtDlp::locate(const QString &configuredPath, Version version)
{
    Installation inst;
    const QFileInfo configured(configuredPath);
    if (!configuredPath.isEmpty() && configured.isFile() && configured.isExecutable())
        inst.path = configured.absoluteFilePath();
    else
        inst.path = QStandardPaths::findExecutable(QStringLiteral("yt-dlp"));
    if (!inst.isFound() || version == Version::Skip)
        return inst;
    const std::optional<QString> answer = versionOf(inst.path);  // cached per executable file
    if (!answer)
        return {};  // present but not runnable (bad interpreter): as good as missing
    inst.version = *answer;
    return inst;
}

ResolveResult YtDlp::resolve(const QString &url, int playlistLimit, const std::atomic_bool &cancel,
                             int timeoutMs) const
{
    if (!m_installation.isFound())
        return failure<ResolveResult>(notInstalledError());
    // One process whatever the link is: a playlist answers with flat entries, a video with its
    // full info and the chosen format at the top level. --no-playlist makes a watch link with
    // list= one video; real playlist links still expand.
    QStringList args;
    args << QStringLiteral("--no-playlist") << QStringLiteral("-J") << QStringLiteral("--flat-playlist");
    if (playlistLimit > 0)
        args << QStringLiteral("--playlist-end") << QString::number(playlistLimit);
    args << QStringLiteral("-f") << QStringLiteral("bestaudio/best") << QStringLiteral("--") << url;

    const Outcome outcome = run(args, cancel, timeoutMs);
    if (outcome.error.isError())
        return failure<ResolveResult>(outcome.error);
    return parseResolve(outcome.run.out, playlistLimit);
}

YtDlpDownload YtDlp::download(const QString &url, const QString &formatId, const QString &dir,
                              const std::function<void(qint64, qint64, double)> &progress,
                              const std::atomic_bool &cancel) const
{
    if (!m_installation.isFound())
        return failure<YtDlpDownload>(notInstalledError());
    QDir().mkpath(dir);
    // --print implies --quiet, so --progress brings the progress lines back; -P keeps `dir`
    // out of the output template (a '%' in it would be read as a field).
    QStringList args;
    args << QStringLiteral("--no-playlist")
         << QStringLiteral("-f") << (formatId.isEmpty() ? QStringLiteral("bestaudio/best") : formatId)
         << QStringLiteral("--progress") << QStringLiteral("--newline")
         << QStringLiteral("--progress-template")
         << QStringLiteral("download:tdprog %(progress.downloaded_bytes)s %(progress.total_bytes)s "
                           "%(progress.total_bytes_estimate)s %(progress.speed)s")
         << QStringLiteral("-P") << QDir(dir).absolutePath() << QStringLiteral("-o") << QStringLiteral("%(id)s.%(ext)s")
         << QStringLiteral("--print") << QStringLiteral("after_move:filepath") << QStringLiteral("--") << url;

    const auto number = [](const QByteArray &field) {
        bool ok = false;
        const double v = field.toDouble(&ok);  // "NA" / "None" when yt-dlp does not know
        return ok ? v : -1.0;
    };
    const LineHandler onLine = [&](const QByteArray &raw) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith("tdprog ") || !progress)
            return;
        const QList<QByteArray> f = line.split(' ');
        const double done = number(f.value(1));
        double total = number(f.value(2));
        if (total <= 0)
            total = number(f.value(3));
        progress(byteCount(done).value_or(0), byteCount(total).value_or(-1), std::max(0.0, number(f.value(4))));
    };
    const Outcome outcome = run(args, cancel, 0, onLine);
    if (outcome.error.isError())
        return failure<YtDlpDownload>(outcome.error);

    YtDlpDownload result;  // the last stdout line that is not progress is the final path
    const QList<QByteArray> lines = outcome.run.out.split('\n');
    for (auto it = lines.rbegin(); it != lines.rend() && result.filePath.isEmpty(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty() && !line.startsWith("tdprog "))
            result.filePath = QString::fromUtf8(line);
    }
    // No scan of `dir` as a fallback: it may be shared with other jobs' downloads.
    if (!QFileInfo(result.filePath).isFile())
        return failure<YtDlpDownload>(Error::make(
            ErrorCategory::Internal,
            UserText::translate("YtDlp", "yt-dlp finished but TuneDrop cannot find the downloaded file (%1).")
                .arg(result.filePath)));
    return result;
}

}  // namespace tunedrop
