#include "YtDlp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <tuple>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace tunedrop {

namespace {

// Exit code for "could not be started" (as shells do for a missing command). mapError() reads
// it, and any code below -1 (callers that never started it), as "yt-dlp is not installed";
// -1 is a crash or a kill.
constexpr int kExitNotStarted = 127;
constexpr int kPollMs = 100;

// What one yt-dlp run produced.
struct Run {
    bool started = false, cancelled = false, timedOut = false;
    int exitCode = -1;  // -1 when it crashed or was killed
    QByteArray out, err;
};

using LineHandler = std::function<void(const QByteArray &)>;

// Options every invocation gets: no user config (its -x or -o would break our parsing), no
// ANSI colours in messages we show, and a bound on each network wait.
QStringList commonArgs()
{
    return {QStringLiteral("--ignore-config"), QStringLiteral("--no-colors"),
            QStringLiteral("--socket-timeout"), QStringLiteral("30")};
}

// Kills yt-dlp and everything it spawned (ffmpeg for HLS/DASH): it runs in its own process
// group, so one signal to the group reaches all of them.
void killTree(QProcess &process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(2000);
}

// Runs `program args` without an event loop, polling the pipes and `cancel` every ~100 ms.
// `timeoutMs` <= 0 means no deadline. Complete lines of both streams go to `onLine` as they
// arrive (progress); the whole output is kept in the result too.
Run runProcess(const QString &program, const QStringList &args, const std::atomic_bool &cancel,
               int timeoutMs, const LineHandler &onLine = {})
{
    Run run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));  // paths, titles
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));      // live progress
    process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process.start(program, args, QIODevice::ReadOnly);
    if (!process.waitForStarted(10000)) {
        run.exitCode = kExitNotStarted;
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.started = true;

    qsizetype outDone = 0, errDone = 0;
    const auto feed = [&onLine](const QByteArray &buffer, qsizetype &done, bool final) {
        if (!onLine)
            return;
        for (qsizetype nl; (nl = buffer.indexOf('\n', done)) >= 0; done = nl + 1)
            onLine(buffer.mid(done, nl - done));
        if (final && done < buffer.size()) {
            onLine(buffer.mid(done));
            done = buffer.size();
        }
    };
    const auto drain = [&](bool final) {
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        feed(run.out, outDone, final);
        feed(run.err, errDone, final);
    };

    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning) {
        run.cancelled = cancel.load();
        run.timedOut = !run.cancelled && timeoutMs > 0 && clock.hasExpired(timeoutMs);
        if (run.cancelled || run.timedOut) {
            killTree(process);
            break;
        }
        QElapsedTimer waited;
        waited.start();
        // waitForReadyRead returns at once when stdout is closed but the process lives on;
        // waitForFinished then keeps the loop from spinning.
        if (!process.waitForReadyRead(kPollMs) && waited.elapsed() < kPollMs / 2
            && process.state() != QProcess::NotRunning)
            process.waitForFinished(kPollMs);
        drain(false);
    }
    drain(true);
    if (!run.cancelled && !run.timedOut)
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

template <typename Result>
Result failure(const TranscodeError &error)
{
    Result result;
    result.error = error;
    return result;
}

TranscodeError notInstalledError()
{
    return TranscodeError::make(
        ErrorCategory::Unsupported,
        QCoreApplication::translate("YtDlp", "yt-dlp is not installed. Install it (e.g. `sudo apt install "
                                             "yt-dlp`) or set its path in Settings."));
}

// Cancelled, timed out, not started, or failed (mapError); None when yt-dlp exited with 0.
TranscodeError runError(const Run &run, int timeoutMs)
{
    if (run.cancelled)
        return TranscodeError::make(ErrorCategory::Cancelled, QCoreApplication::translate("YtDlp", "Cancelled."));
    if (run.timedOut)
        return TranscodeError::make(ErrorCategory::Network,
                                    QCoreApplication::translate("YtDlp", "yt-dlp did not answer within %1 s.")
                                        .arg((timeoutMs + 999) / 1000));
    if (!run.started)
        return notInstalledError();
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

QString firstStr(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (const QString s = str(o, k).trimmed(); !s.isEmpty())
            return s;
    return {};
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
    m.filesize = size > 0 ? static_cast<qint64>(size) : 0;
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
    m.artist = firstStr(o, {"artist", "creator", "uploader", "channel"});
    m.album = str(o, "album").trimmed();
    m.track = str(o, "track").trimmed();
    m.trackNumber = o.value(QLatin1String("track_number")).toInt(str(o, "track_number").toInt());
    m.date = isoDate(str(o, "release_date"));
    if (m.date.isEmpty())
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
    return m;
}

ResolveResult parseResolve(const QByteArray &json, int playlistLimit)
{
    ResolveResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        const QString why = parseError.error ? parseError.errorString() : QStringLiteral("no object");
        result.error = {ErrorCategory::Internal,
                        QCoreApplication::translate("YtDlp", "yt-dlp gave an answer TuneDrop cannot read (%1).").arg(why)};
        return result;
    }
    const QJsonObject o = doc.object();
    const QString type = str(o, "_type");
    if (type == QLatin1String("playlist") || type == QLatin1String("multi_video")) {
        result.isPlaylist = true;
        result.playlistTitle = str(o, "title");
        for (const QJsonValue &v : o.value(QLatin1String("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            // Flat entries carry the page URL; resolved ones (generic pages) the media URL.
            const QString url = firstStr(e, {"url", "webpage_url", "original_url"});
            if (url.isEmpty())
                continue;
            if (playlistLimit > 0 && result.entries.size() >= playlistLimit)
                break;
            result.entries.append({url, str(e, "id"), str(e, "title")});
        }
        return result;
    }
    result.media = parseMedia(o);
    return result;
}

// ---- stderr -> error ------------------------------------------------------------------

// The first "ERROR:" line (else, after a failure, the last line: a Python traceback's
// exception), trimmed to ~200 characters, for the message tail.
QString diagnosisLine(const QString &stderrText, bool failed)
{
    const QStringList lines = stderrText.trimmed().split(QLatin1Char('\n'));
    auto it = std::find_if(lines.begin(), lines.end(),
                           [](const QString &l) { return l.trimmed().startsWith(QLatin1String("ERROR:")); });
    QString line = it != lines.end() ? it->trimmed().mid(6).trimmed() : failed ? lines.last().trimmed() : QString();
    // yt-dlp's "please report this issue" boilerplate is noise for TuneDrop's users.
    if (const auto cut = line.indexOf(QLatin1String("; please report this issue")); cut > 0)
        line.truncate(cut);
    return line.size() > 200 ? line.left(199) + QChar(0x2026) : line;
}

// yt-dlp's messages -> what TuneDrop says, first match wins. Geo before "Video unavailable"
// (YouTube's geo message starts with it); private/removed before sign-in ("Private video. Sign in
// if you've been granted access ... Use --cookies" is about a video the user cannot see); 404
// before network and "outdated" (yt-dlp adds "please report this issue" to its 404 line).
struct ErrorRule {
    ErrorCategory category;
    const char *pattern;  // case-insensitive regular expression
    const char *message;  // QT_TRANSLATE_NOOP'd in context "YtDlp"
};

const ErrorRule kErrorRules[] = {
    {ErrorCategory::PermissionDenied, "in your country|from your location|geo.?restrict",
     QT_TRANSLATE_NOOP("YtDlp", "This video is blocked in your country by the site, so it cannot be downloaded "
                                "from here.")},
    {ErrorCategory::NotFound,
     "video unavailable|private video|video is private|has been removed|no longer available|HTTP Error 4(04|10)",
     QT_TRANSLATE_NOOP("YtDlp", "This video is unavailable: it may be private or removed.")},
    {ErrorCategory::PermissionDenied,
     "sign in to confirm|confirm you're not a bot|members.only|login required|requires login|age.restricted|"
     "inappropriate for some users|use --cookies",
     QT_TRANSLATE_NOOP("YtDlp", "The site wants you to sign in (age check, bot check or members-only video). "
                                "Choose your browser's sign-in cookies in Settings, then try again.")},
    {ErrorCategory::PermissionDenied, "HTTP Error 403",
     QT_TRANSLATE_NOOP("YtDlp", "The site refused access. If it needs an account, choose your browser's sign-in "
                                "cookies in Settings; otherwise yt-dlp may be outdated: update it.")},
    {ErrorCategory::Network, "HTTP Error 429|too many requests",
     QT_TRANSLATE_NOOP("YtDlp", "The site is limiting requests right now: wait a while and try again.")},
    {ErrorCategory::Network,
     "HTTP Error 5\\d\\d|Unable to download (webpage|JSON|API)|Connection refused|timed out|"
     "Temporary failure in name resolution|Name or service not known|Network is unreachable|"
     "Connection reset|Remote end closed connection|IncompleteRead|giving up after|"
     "Did not get any data blocks|urlopen error",
     QT_TRANSLATE_NOOP("YtDlp", "Could not reach the site: check your internet connection and try again.")},
    {ErrorCategory::Unsupported, "Unsupported URL|No video formats found|no suitable formats",
     QT_TRANSLATE_NOOP("YtDlp", "TuneDrop cannot find any audio at this link.")},
    {ErrorCategory::Unsupported,
     "Unable to extract|please report this issue|nsig extraction failed|signature extraction failed|"
     "Requested format is not available|Failed to extract any player response",
     QT_TRANSLATE_NOOP("YtDlp", "yt-dlp could not read this site; yt-dlp may be outdated: update it "
                                "(`yt-dlp -U` or your package manager) and try again.")},
};

}  // namespace

bool MediaInfo::isNativelyDownloadable() const
{
    return (protocol == QLatin1String("http") || protocol == QLatin1String("https")) && !formatUrl.isEmpty();
}

YtDlp::YtDlp(const QString &configuredPath, Version version) : m_installation(locate(configuredPath, version)) {}

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
    // `--version` costs a Python start (~0.3 s); every job locates yt-dlp, so remember the
    // answer per executable until the file changes (an update replaces it).
    struct Known {
        QDateTime modified;
        qint64 size = 0;
        QString version;
    };
    static QMutex cacheMutex;
    static QHash<QString, Known> cache;
    const QFileInfo exe(inst.path);
    {
        QMutexLocker lock(&cacheMutex);
        const auto it = cache.constFind(inst.path);
        if (it != cache.cend() && it->modified == exe.lastModified() && it->size == exe.size()) {
            inst.version = it->version;
            return inst;
        }
    }
    const std::atomic_bool never{false};
    const Run run = runProcess(inst.path, {QStringLiteral("--version")}, never, 5000);
    if (!run.started)
        return {};  // present but not runnable (bad interpreter): as good as missing
    if (run.exitCode == 0)
        inst.version = QString::fromUtf8(run.out).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    QMutexLocker lock(&cacheMutex);
    cache.insert(inst.path, Known{exe.lastModified(), exe.size(), inst.version});
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
    QStringList args = commonArgs();
    args << QStringLiteral("--no-playlist") << QStringLiteral("-J") << QStringLiteral("--flat-playlist");
    if (playlistLimit > 0)
        args << QStringLiteral("--playlist-end") << QString::number(playlistLimit);
    args << QStringLiteral("-f") << QStringLiteral("bestaudio/best") << QStringLiteral("--") << url;

    const Run run = runProcess(m_installation.path, args, cancel, timeoutMs);
    if (const TranscodeError error = runError(run, timeoutMs); error.isError())
        return failure<ResolveResult>(error);
    return parseResolve(run.out, playlistLimit);
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
    QStringList args = commonArgs();
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
        progress(done > 0 ? static_cast<qint64>(done) : 0, total > 0 ? static_cast<qint64>(total) : -1,
                 std::max(0.0, number(f.value(4))));
    };
    const Run run = runProcess(m_installation.path, args, cancel, 0, onLine);
    if (const TranscodeError error = runError(run, 0); error.isError())
        return failure<YtDlpDownload>(error);

    YtDlpDownload result;  // the last stdout line that is not progress is the final path
    const QList<QByteArray> lines = run.out.split('\n');
    for (auto it = lines.rbegin(); it != lines.rend() && result.filePath.isEmpty(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty() && !line.startsWith("tdprog "))
            result.filePath = QString::fromUtf8(line);
    }
    // No scan of `dir` as a fallback: it may be shared with other jobs' downloads.
    if (!QFileInfo(result.filePath).isFile())
        return failure<YtDlpDownload>(TranscodeError::make(
            ErrorCategory::Internal,
            QCoreApplication::translate("YtDlp", "yt-dlp finished but TuneDrop cannot find the downloaded file (%1).")
                .arg(result.filePath)));
    return result;
}

TranscodeError YtDlp::mapError(const QString &stderrText, int exitCode)
{
    if (exitCode == 0 && !stderrText.contains(QLatin1String("ERROR:")))
        return {};
    const QString errorLine = diagnosisLine(stderrText, exitCode != 0);
    if (exitCode == kExitNotStarted || exitCode < -1
        || stderrText.contains(QLatin1String("No module named 'yt_dlp'")))
        return notInstalledError();

    // Judge the ERROR lines when there are any: warnings (e.g. nsig throttling) are not why
    // it failed. Curly apostrophes (YouTube's bot check) are folded to straight ones.
    static const QRegularExpression errorPrefix(QStringLiteral("^\\s*ERROR:"));
    const QStringList errorLines = stderrText.split(QLatin1Char('\n')).filter(errorPrefix);
    QString text = errorLines.isEmpty() ? stderrText : errorLines.join(QLatin1Char('\n'));
    text.replace(QChar(0x2019), QLatin1Char('\''));

    ErrorCategory category = ErrorCategory::Internal;
    QString message = QCoreApplication::translate("YtDlp", "yt-dlp could not process this link (exit code %1).")
                          .arg(exitCode);
    for (const ErrorRule &rule : kErrorRules) {
        const QRegularExpression re(QLatin1String(rule.pattern), QRegularExpression::CaseInsensitiveOption);
        if (text.contains(re)) {
            category = rule.category;
            message = QCoreApplication::translate("YtDlp", rule.message);
            break;
        }
    }
    // The first ERROR line stays visible for diagnosis.
    if (!errorLine.isEmpty())
        message = QCoreApplication::translate("YtDlp", "%1 (yt-dlp: %2)").arg(message, errorLine);
    return TranscodeError::make(category, message);
}

}  // namespace tunedrop
