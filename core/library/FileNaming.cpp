#include "FileNaming.h"

#include "common/TrackMetadata.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QUrl>

namespace tunedrop {

namespace {
constexpr int kMaxBytes = FileNaming::kMaxBaseBytes;

bool isWindowsDeviceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

// ALM, LRM, RLM, the embeddings/overrides LRE..RLO and the isolates LRI..PDI.
bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069);
}

QString trimmedEnd(QString s)
{
    while (!s.isEmpty() && (s.endsWith(QLatin1Char(' ')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}
}  // namespace

QString FileNaming::truncateToBytes(const QString &name, int maxBytes)
{
    if (QFile::encodeName(name).size() <= maxBytes)
        return name;
    if (maxBytes <= 0)
        return {};
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, name);
    qsizetype best = 0;
    qsizetype bytes = 0;   // clusters encode independently: the sum is the prefix's size
    for (qsizetype pos = graphemes.toNextBoundary(); pos > 0; pos = graphemes.toNextBoundary()) {
        bytes += QFile::encodeName(name.mid(best, pos - best)).size();
        if (bytes > maxBytes)
            break;
        best = pos;
    }
    return trimmedEnd(name.left(best));
}

QString FileNaming::sanitize(const QString &name, const QString &fallback)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (isBidiControl(c))
            continue;   // invisible: removing it changes nothing the user can see
        if (c.unicode() < 0x20 || c == QChar(0x7f))
            out += QLatin1Char(' ');
        else if (QStringLiteral("/\\:*?\"<>|").contains(c))
            out += c == QLatin1Char(':') ? QLatin1Char('-') : QLatin1Char('_');
        else
            out += c;
    }
    out = out.simplified();
    while (!out.isEmpty() && (out.endsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('.'))))
        out = (out.endsWith(QLatin1Char('.')) ? out.chopped(1) : out.mid(1)).trimmed();
    // A first cap; OutputFile fits the name to the real folder's limit with its suffixes.
    out = truncateToBytes(out, kMaxBytes);
    if (isWindowsDeviceName(out))
        out.prepend(QLatin1Char('_'));
    if (out.isEmpty())
        return fallback.isEmpty() ? QStringLiteral("audio") : sanitize(fallback, QString());
    return out;
}

QString FileNaming::fromTemplate(const QString &pattern, const TrackMetadata &m, const QString &fallback)
{
    const QString track = m.track > 0 ? QStringLiteral("%1").arg(m.track, 2, 10, QLatin1Char('0')) : QString();
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("{title}"), m.title},   {QStringLiteral("{artist}"), m.artist},
        {QStringLiteral("{album}"), m.album},   {QStringLiteral("{date}"), m.date.left(4)},
        {QStringLiteral("{track}"), track},
    };
    QString out = pattern;
    for (const auto &[key, value] : values)
        out.replace(key, value.trimmed());
    // Separators left dangling by empty placeholders: "- Title", "Artist -", "A -  - B".
    static const QRegularExpression dangling(QStringLiteral("^[\\s\\-–_.,]+|[\\s\\-–_.,]+$"));
    static const QRegularExpression doubled(QStringLiteral("\\s[\\-–]\\s+[\\-–]\\s"));
    out.replace(doubled, QStringLiteral(" - "));
    out.remove(dangling);
    if (m.title.trimmed().isEmpty() && pattern.contains(QStringLiteral("{title}")))
        out.clear();  // "Artist" alone would name every track the same
    return sanitize(out, fallback);
}

QString FileNaming::titleFromInput(const QString &input, bool isLocal)
{
    if (isLocal)
        return QFileInfo(input).completeBaseName().trimmed();
    const QUrl url(input);
    const QString segment = QFileInfo(url.path(QUrl::FullyDecoded)).completeBaseName().trimmed();
    return segment.isEmpty() ? url.host() : segment;
}

}  // namespace tunedrop
