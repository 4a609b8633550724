#include "JobJson.h"

#include "WebCatalogues.h"
#include "WebText.h"
#include "queue/Job.h"

#include <QFileInfo>
#include <QLocale>

namespace tunedrop {

QJsonObject jobToJson(const Job &job, const WebText &words)
{
    const bool failed = !job.errorText.isEmpty();
    const QString errorLanguage = job.errorText.isTranslatable()
        ? words.language()
        : WebCatalogues::negotiate(QLocale().name().toLatin1());
    const auto lookUp = [&words](const char *context, const char *source, int n) {
        return words.lookUp(context, source, n);
    };
    const bool done = job.state == JobState::Done && !job.outputPath.isEmpty();
    QJsonObject o{
        {QStringLiteral("id"), job.idString()},
        // Which copy is newer, within this run: the page keeps the newer one.
        {QStringLiteral("revision"), double(job.revision)},
        {QStringLiteral("url"), job.input},
        {QStringLiteral("title"), job.displayTitle()},
        {QStringLiteral("state"), jobStateName(job.state)},
        {QStringLiteral("progress"), job.state == JobState::Done ? 100 : int(job.progress * 100)},
        {QStringLiteral("error"), failed ? QJsonValue(job.errorText.toString(lookUp)) : QJsonValue()},
        {QStringLiteral("errorLanguage"), failed ? QJsonValue(errorLanguage) : QJsonValue()},
        {QStringLiteral("errorCategory"), failed ? QJsonValue(errorCategoryName(job.errorCategory)) : QJsonValue()},
        {QStringLiteral("artist"), job.artist},
        {QStringLiteral("site"), job.site},
        {QStringLiteral("attempts"), job.attempts},
        {QStringLiteral("maxAttempts"), job.maxAttempts},
        // Set while a queued job waits for an automatic retry; "error" says why the last
        // attempt failed (issue 13 item 11).
        {QStringLiteral("retryAt"), job.state == JobState::Queued && job.retryAt.isValid()
                                        ? QJsonValue(job.retryAt.toUTC().toString(Qt::ISODateWithMs))
                                        : QJsonValue()},
        {QStringLiteral("pinned"), job.pinned},
        {QStringLiteral("paused"), job.paused},  // running, but standing still: the queue is paused
        {QStringLiteral("speed"), job.speed},
        {QStringLiteral("eta"), job.etaSeconds},
        {QStringLiteral("addedAt"), job.addedAt.toString(Qt::ISODate)},
        {QStringLiteral("finishedAt"), job.finishedAt.isValid() ? QJsonValue(job.finishedAt.toString(Qt::ISODate)) : QJsonValue()},
    };
    if (done) {
        o.insert(QStringLiteral("file"), QFileInfo(job.outputPath).fileName());  // never the full path
        o.insert(QStringLiteral("download"), QStringLiteral("/download-music/") + job.idString());
    }
    return o;
}

}  // namespace tunedrop
