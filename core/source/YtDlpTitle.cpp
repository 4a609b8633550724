#include "YtDlpTitle.h"

#include "LinkName.h"

#include <QRegularExpression>

namespace tunedrop {

namespace {

// What the generic extractors say when they found no name at all.
bool isPlaceholder(const QString &title)
{
    static const QStringList placeholders{QStringLiteral("html5mediaembed"), QStringLiteral("generic"),
                                          QStringLiteral("video"), QStringLiteral("videoplayback"),
                                          QStringLiteral("audio"), QStringLiteral("media"),
                                          QStringLiteral("index"), QStringLiteral("embed")};
    return title.isEmpty() || placeholders.contains(title.toLower());
}

}  // namespace

bool YtDlpTitle::isGenericExtractor(const QString &extractorKey)
{
    return extractorKey.compare(QLatin1String("Generic"), Qt::CaseInsensitive) == 0
        || extractorKey.compare(QLatin1String("HTML5MediaEmbed"), Qt::CaseInsensitive) == 0;
}

QString YtDlpTitle::clean(const QString &title, const QString &extractorKey, const QString &mediaUrl,
                          const QString &pageUrl, bool numbered)
{
    QString t = title.trimmed();
    static const QRegularExpression counter(QStringLiteral("^(.*?)\\s*\\((\\d+)\\)$"));
    const QRegularExpressionMatch m = counter.match(t);
    const bool generic = isGenericExtractor(extractorKey);
    QString rest = m.hasMatch() ? m.captured(1).trimmed() : t;
    if (m.hasMatch() && rest.isEmpty())
        t.clear();  // "(1)": a counter with nothing to count
    else if (generic && m.hasMatch() && !numbered)
        t = rest;   // the page's only player: "Song (1)" is "Song"
    if (generic ? !isPlaceholder(m.hasMatch() ? rest : t) : !t.isEmpty())
        return t;
    // A generic page's media file is usually named after the song; a site's media URL is not.
    for (const QString &url : generic ? QStringList{mediaUrl, pageUrl} : QStringList{pageUrl, mediaUrl})
        if (!url.isEmpty())
            if (const QString name = LinkName::withoutExtension(url); !name.isEmpty() && !isPlaceholder(name))
                return name;
    return t;
}

}  // namespace tunedrop
