#include "RetentionPurger.h"

#include "FileIdentity.h"
#include "PurgeCandidates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRetention, "tunedrop.retention")

namespace tunedrop {

namespace {
Result<void> removeFile(const QString &path)
{
    QFile f(path);
    if (f.remove())
        return {};
    return Error{ErrorCategory::PermissionDenied, UserText::literal(f.errorString())};
}
}  // namespace

RetentionPurger::RetentionPurger(PurgeCandidates *jobs, int retentionHours, Clock clock, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_hours(retentionHours),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })), m_remove(removeFile)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RetentionPurger::purgeNow);
}

void RetentionPurger::start()
{
    m_stopped = false;
    purgeNow();
    m_timer.start();
}

void RetentionPurger::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void RetentionPurger::setRetentionHours(int hours)
{
    const bool changed = hours != m_hours;
    m_hours = std::max(0, hours);
    if (changed && !m_stopped)
        purgeNow();
}

QList<RetentionPurger::Decision> RetentionPurger::purgeNow()
{
    QList<Decision> decisions;
    if (m_hours <= 0)
        return decisions;
    const QDateTime now = m_clock();
    // Asked of the store, oldest first: the old jobs are rarely in memory (issue 14).
    for (const PurgeCandidate &job : m_jobs->purgeCandidates(now.addSecs(-qint64(m_hours) * 3600))) {
        if (job.outputPath.isEmpty() || !job.finishedAt.isValid())
            continue;
        const qint64 age = job.finishedAt.secsTo(now);
        if (age < qint64(m_hours) * 3600 || job.pinned)
            continue;
        Decision d{job.id, job.outputPath, age, false, {}};
        const FileIdentity file = FileIdentity::of(job.outputPath);
        const QString folder = QFileInfo(job.outputDir).canonicalFilePath();
        const QString real = QFileInfo(job.outputPath).canonicalFilePath();
        if (!file.exists) {
            d.reason = tr("already gone");
            m_jobs->markExpired(job.id);  // nothing to delete, but the link must not promise it
        } else if (!file.regularFile) {
            d.reason = tr("kept: not a regular file (a link, a folder or a device)");
        } else if (folder.isEmpty() || real != QDir(folder).filePath(QFileInfo(job.outputPath).fileName())) {
            d.reason = tr("kept: no longer inside the library folder %1").arg(job.outputDir);
        } else if (job.outputSize < 0 || file.size != job.outputSize || file.inode != job.outputInode
                   || file.modified != job.outputModified) {
            d.reason = tr("kept: changed or replaced since TuneDrop wrote it");
        } else {
            if (const Result<void> removed = m_remove(job.outputPath)) {
                d.deleted = true;
                d.reason = tr("older than %n hour(s)", nullptr, m_hours);
                m_jobs->markExpired(job.id);
            } else {
                d.reason = tr("could not delete (%1); trying again next round").arg(removed.error().text());
            }
        }
        qCInfo(lcRetention, "%s %s (age %lld h): %s", d.deleted ? "deleted" : "not deleted",
               qPrintable(d.path), d.ageSeconds / 3600, qPrintable(d.reason));
        emit purged(d);
        decisions << d;
    }
    return decisions;
}

}  // namespace tunedrop
