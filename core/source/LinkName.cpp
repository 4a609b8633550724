#include "LinkName.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace tunedrop {

QString LinkName::of(const QString &input)
{
    const QString trimmed = input.trimmed();
    const QUrl url(trimmed);
    if (QDir::isAbsolutePath(trimmed) || url.scheme().isEmpty() || url.isLocalFile())
        return QFileInfo(url.isLocalFile() ? url.toLocalFile() : trimmed).fileName();
    // "watch?v=<id>", "play?id=<id>": the path is the same for every video, the id is not.
    const QUrlQuery query(url);
    for (const char *key : {"v", "id"})
        if (const QString value = query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); !value.isEmpty())
            return value;
    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty() && !segments.last().trimmed().isEmpty())
        return segments.last().trimmed();
    return url.host();
}

QString LinkName::withoutExtension(const QString &input)
{
    QString name = of(input);
    // Only a short, plain extension: "Op. 9 No. 2" keeps its dots.
    static const QRegularExpression extension(QStringLiteral("\\.[A-Za-z0-9]{1,5}$"));
    const QString stripped = name.remove(extension).trimmed();
    return stripped.isEmpty() ? of(input) : stripped;
}

}  // namespace tunedrop
