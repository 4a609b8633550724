#include "UrlClassifier.h"

#include "common/InputLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace tunedrop {

namespace {

using Kind = ClassifiedInput::Kind;

const QString kCanonicalYouTubeHost = QStringLiteral("www.youtube.com");

// Extensions (without dot) that make an http(s) URL something we can fetch without yt-dlp.
const QStringList &mediaExtensions()
{
    static const QStringList list = {
        QStringLiteral("mp3"),  QStringLiteral("m4a"),  QStringLiteral("aac"),  QStringLiteral("mp4"),
        QStringLiteral("m4v"),  QStringLiteral("webm"), QStringLiteral("weba"), QStringLiteral("mkv"),
        QStringLiteral("mka"),  QStringLiteral("ogg"),  QStringLiteral("oga"),  QStringLiteral("opus"),
        QStringLiteral("flac"), QStringLiteral("wav"),  QStringLiteral("aiff"), QStringLiteral("aif"),
        QStringLiteral("wma"),  QStringLiteral("mov"),  QStringLiteral("ts"),   QStringLiteral("m3u8"),
    };
    return list;
}

bool isYouTubeHost(const QString &host)
{
    static const QStringList hosts = {
        QStringLiteral("youtube.com"),          QStringLiteral("www.youtube.com"),
        QStringLiteral("m.youtube.com"),        QStringLiteral("music.youtube.com"),
        QStringLiteral("youtube-nocookie.com"), QStringLiteral("www.youtube-nocookie.com"),
        QStringLiteral("youtu.be"),
    };
    return hosts.contains(host);
}

bool isValidVideoId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{11}$"));
    return re.match(id).hasMatch();
}

bool isValidListId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return re.match(id).hasMatch();
}

// `source` is marked with QT_TRANSLATE_NOOP("UrlClassifier", ...); it is kept beside the
// translation so that the web server can say it in the browser's language (WebText).
ClassifiedInput invalid(const QString &input, const char *source, const QString &arg = {})
{
    // A fresh struct so that nothing half-parsed (url, ids) leaks into an Invalid result.
    ClassifiedInput r;
    r.input = input;
    r.errorSource = source;
    r.errorArg = arg;
    const QString text = QCoreApplication::translate("UrlClassifier", source);
    r.error = source && QByteArray(source).contains("%1") ? text.arg(arg) : text;
    return r;
}

QString absoluteLocalPath(QString path)
{
    // Users paste shell-style paths; "~" is expanded by shells, not by the file system.
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    // A leading ':' is Qt's resource prefix (":/x" would name a file built into TuneDrop, and
    // QDir keeps it out of the current folder); pasted, it is an ordinary relative name.
    if (path.startsWith(QLatin1Char(':')))
        path.prepend(QStringLiteral("./"));
    return QDir::cleanPath(QDir::current().absoluteFilePath(QDir::fromNativeSeparators(path)));
}

enum class Bare { Url, Path, Neither };

// The rule for input without a scheme, in order:
//  1. Obvious paths: leading "/", "\", "./", "../", "~", or any backslash (Windows paths).
//  2. If the text or its first segment exists on disk it is a path, even if it looks like a host
//     ("example.com/a.mp3" may be a real folder); cheap, and makes the ambiguous case predictable.
//  3. The original service's YouTube pattern ("youtu.be/ID", "youtube.com/...") is a URL.
//  4. A first segment shaped like a host (dotted labels ending in an alphabetic 2-63 char TLD
//     that is not a media extension, an IPv4 address or "localhost", optional :port) is a URL
//     if a path/query/fragment follows it or it starts with "www.". Requiring the "/" keeps
//     "song.flac" or "notes.txt" local while "soundcloud.com/artist/track" becomes https.
//  5. Otherwise it is a relative path if it has a separator or a file extension; bare words
//     ("not a link") are neither, which is almost certainly a paste mistake.
Bare classifyBare(const QString &text)
{
    if (text.startsWith(QLatin1Char('/')) || text.startsWith(QLatin1Char('~'))
        || text.startsWith(QLatin1String("./")) || text.startsWith(QLatin1String("../"))
        || text.contains(QLatin1Char('\\')))
        return Bare::Path;
    static const QRegularExpression hostEndRe(QStringLiteral("[/?#]"));
    const qsizetype end = text.indexOf(hostEndRe);
    const QString first = end < 0 ? text : text.left(end);
    if (QFileInfo::exists(text) || QFileInfo::exists(first))
        return Bare::Path;
    if (UrlClassifier::matchesOriginalYouTubePattern(text))
        return Bare::Url;

    static const QRegularExpression hostRe(QStringLiteral(
        R"(^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|)"
        R"((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+([A-Za-z]{2,63}))(?::\d{1,5})?$)"));
    const QRegularExpressionMatch m = hostRe.match(first);
    if (m.hasMatch() && !mediaExtensions().contains(m.captured(1).toLower())
        && (end >= 0 || first.startsWith(QLatin1String("www."), Qt::CaseInsensitive)))
        return Bare::Url;

    if (text.contains(QLatin1Char('/')) || !QFileInfo(text).suffix().isEmpty())
        return Bare::Path;
    return Bare::Neither;
}

ClassifiedInput videoIdError(const QString &input, const QString &candidate)
{
    if (candidate.isEmpty())
        return invalid(input, QT_TRANSLATE_NOOP("UrlClassifier",
                                                "This YouTube link has no valid video id (the id is missing)."));
    return invalid(input,
                   QT_TRANSLATE_NOOP("UrlClassifier",
                                     "This YouTube link has no valid video id (\u201c%1\u201d is not an 11-character id)."),
                   candidate);
}

ClassifiedInput youTubePlaylist(ClassifiedInput r)
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(kCanonicalYouTubeHost);
    u.setPath(QStringLiteral("/playlist"));
    u.setQuery(QStringLiteral("list=") + r.playlistId);
    r.url = u.toString(QUrl::FullyEncoded);
    r.isPlaylist = true;
    return r;
}

// Channel pages yt-dlp can expand into their uploads; other tabs (about, community) have none.
bool isChannelTab(const QString &segment)
{
    static const QStringList tabs = {
        QStringLiteral("videos"), QStringLiteral("shorts"),   QStringLiteral("streams"),
        QStringLiteral("featured"), QStringLiteral("playlists"), QStringLiteral("releases"),
    };
    return tabs.contains(segment.toLower());
}

ClassifiedInput classifyYouTube(ClassifiedInput r, const QUrl &url, const QString &host)
{
    r.kind = Kind::YouTube;
    const QUrlQuery query(url);
    const QString list = query.queryItemValue(QStringLiteral("list"), QUrl::FullyDecoded);
    if (isValidListId(list))
        r.playlistId = list;
    const QStringList segs = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString first = segs.value(0).toLower();

    QString candidate;  // the video id slot of this link shape
    if (host == QLatin1String("youtu.be")) {
        candidate = segs.value(0);
    } else if (first == QLatin1String("watch")) {
        candidate = segs.size() > 1 ? segs.at(1)
                                    : query.queryItemValue(QStringLiteral("v"), QUrl::FullyDecoded);
    } else if (first == QLatin1String("embed") && segs.value(1) == QLatin1String("videoseries")) {
        candidate.clear();  // an embedded playlist: list= decides below
    } else if (first == QLatin1String("shorts") || first == QLatin1String("embed")
               || first == QLatin1String("live") || first == QLatin1String("v")
               || first == QLatin1String("e")) {
        candidate = segs.value(1);
    } else if (first == QLatin1String("playlist")) {
        if (r.playlistId.isEmpty())
            return invalid(r.input, QT_TRANSLATE_NOOP("UrlClassifier", "This YouTube playlist link has no valid list id."));
        return youTubePlaylist(r);
    } else {
        const bool handle = first.startsWith(QLatin1Char('@')) && first.size() > 1;
        const bool named = (first == QLatin1String("channel") || first == QLatin1String("c")
                            || first == QLatin1String("user")) && segs.size() > 1;
        const qsizetype baseLen = handle ? 1 : 2;
        if ((handle || named) && (segs.size() == baseLen
                                  || (segs.size() == baseLen + 1 && isChannelTab(segs.last())))) {
            QUrl u;
            u.setScheme(QStringLiteral("https"));
            u.setHost(kCanonicalYouTubeHost);
            u.setPath(QLatin1Char('/') + segs.join(QLatin1Char('/')), QUrl::DecodedMode);
            r.url = u.toString(QUrl::FullyEncoded);
            r.isPlaylist = true;
            return r;
        }
    }

    if (candidate.isEmpty() && !r.playlistId.isEmpty())
        return youTubePlaylist(r);  // list= without a video (watch?list=, embed/videoseries)
    if (!isValidVideoId(candidate))
        return videoIdError(r.input, candidate);
    // With both v= and list= the user pointed at one video; the list is kept as a hint only.
    r.youtubeId = candidate;
    r.url = QStringLiteral("https://www.youtube.com/watch?v=") + candidate;
    return r;
}

ClassifiedInput classifyHttp(ClassifiedInput r, const QUrl &url)
{
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);  // "youtube.com." is the same host, fully qualified
    if (!url.isValid() || host.isEmpty())
        return invalid(r.input, QT_TRANSLATE_NOOP("UrlClassifier", "This link has no valid host name."));
    if (isYouTubeHost(host))
        return classifyYouTube(r, url, host);

    r.url = url.toString(QUrl::FullyEncoded);
    const QString path = url.path(QUrl::FullyDecoded).toLower();
    for (const QString &ext : mediaExtensions()) {
        if (path.endsWith(QLatin1Char('.') + ext)) {
            r.kind = Kind::DirectMedia;
            r.isHls = ext == QLatin1String("m3u8");
            return r;
        }
    }
    r.kind = Kind::OtherSite;
    return r;
}

}  // namespace

ClassifiedInput UrlClassifier::classify(const QString &input)
{
    ClassifiedInput r;
    r.input = input.trimmed();
    const QString &text = r.input;
    if (text.isEmpty())
        return invalid(text, QT_TRANSLATE_NOOP("UrlClassifier", "Paste a link or choose a file."));

    // Local or remote: the one rule in common/InputLocation (also the Transcoder's).
    const QString scheme = InputLocation::scheme(text);
    const bool hasScheme = !scheme.isEmpty();
    if (hasScheme) {
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            return classifyHttp(r, QUrl(text));
        if (scheme == QLatin1String("file")) {
            QUrl url(text);
            // RFC 8089: "localhost" is this machine, yet QUrl would turn it into a UNC path.
            if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
                url.setHost(QString());
#ifndef Q_OS_WIN
            // Only Windows can open file://host/share (as UNC); elsewhere the host would be lost.
            if (!url.host().isEmpty())
                return invalid(text, QT_TRANSLATE_NOOP("UrlClassifier", "This file link points at another computer (%1)."), url.host());
#endif
            const QString path = url.toLocalFile();
            if (path.isEmpty())
                return invalid(text, QT_TRANSLATE_NOOP("UrlClassifier", "This file link has no path."));
            r.kind = Kind::LocalFile;
            r.localPath = absoluteLocalPath(path);
            return r;
        }
        return invalid(text, QT_TRANSLATE_NOOP("UrlClassifier", "\u201c%1:\u201d links are not supported. Paste an http(s) link or choose a file."), scheme);
    }

    switch (classifyBare(text)) {
    case Bare::Url:
        return classifyHttp(r, QUrl(QStringLiteral("https://") + text));
    case Bare::Path:
        r.kind = Kind::LocalFile;
        r.localPath = absoluteLocalPath(text);
        return r;
    case Bare::Neither:
        break;
    }
    ClassifiedInput words = invalid(text, QT_TRANSLATE_NOOP("UrlClassifier", "This is neither a link nor a file path. Paste a link or choose a file."));
    words.plainText = true;
    return words;
}

bool UrlClassifier::matchesOriginalYouTubePattern(const QString &input)
{
    // Not trimmed on purpose: this mirrors re.match() on the raw string. PCRE's "$" also
    // matches before one trailing newline and "." excludes newlines, exactly like Python's re.
    static const QRegularExpression re(QStringLiteral(R"(^(https?://)?((www\.)?youtube\.com|youtu\.be)/.+$)"));
    return re.match(input).hasMatch();
}

QString UrlClassifier::youtubeVideoId(const QString &url)
{
    return classify(url).youtubeId;
}

}  // namespace tunedrop
