#include "PastedLines.h"

#include "source/LinkExtractor.h"

#include <QRegularExpression>

namespace tunedrop {

PastedLines::Result PastedLines::split(const QString &text)
{
    Result r;
    static const QRegularExpression newline(QStringLiteral("[\\r\\n]+"));
    for (const QString &raw : text.split(newline, Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList found = LinkExtractor::fromText(line);
        if (found.isEmpty())
            r.skipped << line;
        for (const QString &link : found)
            if (!r.links.contains(link))
                r.links << link;
    }
    return r;
}

}  // namespace tunedrop
