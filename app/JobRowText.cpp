#include "JobRowText.h"

#include "source/LinkName.h"
#include "source/YtDlpTitle.h"

#include <QDir>
#include <QUrl>

#include <cmath>

namespace tunedrop {

QString JobRowText::title(const Job &job)
{
    const QString title = job.title.trimmed();
    if (!title.isEmpty())
        return title;
    const QString name = LinkName::of(job.input);
    return name.isEmpty() ? job.input : name;
}

QString JobRowText::site(const Job &job)
{
    if (!job.site.isEmpty() && !YtDlpTitle::isGenericExtractor(job.site))
        return job.site;
    // The queue's key is the absolute path for local files and the normalised URL otherwise.
    const QString &key = job.key.isEmpty() ? job.input : job.key;
    if (QDir::isAbsolutePath(key) || QUrl(key).scheme().isEmpty())
        return tr("Local file");
    return QUrl(key).host();
}

QString JobRowText::subtitle(const Job &job)
{
    QStringList parts;
    if (!job.artist.trimmed().isEmpty())
        parts << job.artist.trimmed();
    if (job.durationSeconds >= 1)
        parts << trackLength(job.durationSeconds);
    return parts.join(QStringLiteral(" · "));
}

QString JobRowText::trackLength(double seconds)
{
    const qint64 s = qint64(std::llround(seconds));
    const QLatin1Char zero('0');
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s % 3600 / 60, 2, 10, zero).arg(s % 60, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
}

}  // namespace tunedrop
