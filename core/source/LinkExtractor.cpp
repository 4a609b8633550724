#include "LinkExtractor.h"

#include <QFileInfo>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>

namespace tunedrop {

namespace {

const QString kMozUrl = QStringLiteral("text/x-moz-url");

// Sentence punctuation glued to the end of a link is not part of it ("see https://x.y/a.")
QString trimTrailingPunctuation(QString url)
{
    while (!url.isEmpty()) {
        const QChar last = url.back();
        if (QStringLiteral(".,;:!?'\"").contains(last)) {
            url.chop(1);
        } else if (last == QLatin1Char(')') && url.count(QLatin1Char('(')) < url.count(QLatin1Char(')'))) {
            url.chop(1);
        } else {
            break;
        }
    }
    return url;
}

void appendUnique(QStringList &out, QSet<QString> &seen, const QString &item)
{
    if (!item.isEmpty() && !seen.contains(item)) {
        seen.insert(item);
        out << item;
    }
}

}  // namespace

QStringList LinkExtractor::fromText(const QString &text)
{
    static const QRegularExpression link(QStringLiteral(R"((?:https?|file)://[^\s<>"'`]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bareYouTube(
        QStringLiteral(R"((?<![\w./])(?:www\.|m\.|music\.)?(?:youtube\.com|youtu\.be)/[^\s<>"'`]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lineBreak(QStringLiteral("[\r\n]+"));
    QStringList out;
    QSet<QString> seen;
    for (const QString &raw : text.split(lineBreak, Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // A whole line naming an existing file is one item, spaces and all.
        if (!line.contains(QStringLiteral("://")) && QFileInfo::exists(line)) {
            appendUnique(out, seen, QFileInfo(line).absoluteFilePath());
            continue;
        }
        bool found = false;
        for (auto it = link.globalMatch(line); it.hasNext();) {
            appendUnique(out, seen, trimTrailingPunctuation(it.next().captured()));
            found = true;
        }
        if (!found)
            for (auto it = bareYouTube.globalMatch(line); it.hasNext();)
                appendUnique(out, seen, trimTrailingPunctuation(it.next().captured()));
    }
    return out;
}

QStringList LinkExtractor::fromUrls(const QList<QUrl> &urls)
{
    QStringList out;
    QSet<QString> seen;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            appendUnique(out, seen, url.toLocalFile());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            appendUnique(out, seen, url.toString(QUrl::FullyEncoded));
    }
    return out;
}

QStringList LinkExtractor::fromMimeData(const QMimeData *mime)
{
    if (!mime)
        return {};
    if (mime->hasUrls()) {
        const QStringList items = fromUrls(mime->urls());
        if (!items.isEmpty())
            return items;
    }
    if (mime->hasFormat(kMozUrl)) {
        // Firefox: UTF-16 "url\ntitle" pairs.
        const QByteArray raw = mime->data(kMozUrl);
        const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.constData()), raw.size() / 2);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QStringList urls;
        for (int i = 0; i < lines.size(); i += 2)
            urls << lines.at(i).trimmed();
        const QStringList items = fromText(urls.join(QLatin1Char('\n')));
        if (!items.isEmpty())
            return items;
    }
    if (mime->hasText()) {
        const QStringList items = fromText(mime->text());
        if (!items.isEmpty())
            return items;
    }
    if (mime->hasHtml()) {
        // A dragged link or media element from a page: its href/src attributes.
        static const QRegularExpression attr(QStringLiteral(R"((?:href|src)\s*=\s*["']([^"']+)["'])"),
                                             QRegularExpression::CaseInsensitiveOption);
        QStringList urls;
        for (auto it = attr.globalMatch(mime->html()); it.hasNext();)
            urls << it.next().captured(1);
        return fromText(urls.join(QLatin1Char('\n')));
    }
    return {};
}

bool LinkExtractor::canUse(const QMimeData *mime)
{
    return mime && (mime->hasUrls() || mime->hasText() || mime->hasHtml() || mime->hasFormat(kMozUrl));
}

}  // namespace tunedrop
