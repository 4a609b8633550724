// JobStore's history queries: what used to be answered from every job in memory, now asked
// of SQLite through an index (issue 14, "a history that can grow").
#define TUNEDROP_JOBSTORE_INTERNAL
#include "JobStore.h"
#include "JobStoreRow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace tunedrop {

namespace {

const char kTerminal[] = "('done','failed','cancelled','expired')";
const char kUnfinished[] = "('queued','resolving','downloading','converting')";

QList<Job> rowsOf(QSqlQuery &q)
{
    QList<Job> jobs;
    while (q.next())
        jobs << jobstore::jobFromRecord(q.record());
    return jobs;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct Cursor {
    bool valid = false;
    int position = 0;
    QString addedAt;
    QString id;
};

Cursor parseCursor(const QString &text)
{
    // "<position>~<added_at>~<id>"; anything else is no cursor at all.
    Cursor c;
    const QStringList parts = text.split(QLatin1Char('~'));
    if (parts.size() != 3)
        return c;
    bool ok = false;
    c.position = parts[0].toInt(&ok);
    c.addedAt = parts[1];
    c.id = parts[2];
    c.valid = ok && !QUuid::fromString(c.id).isNull();
    return c;
}

}  // namespace

QString jobPageCursor(const Job &job)
{
    return QStringLiteral("%1~%2~%3").arg(job.position).arg(jobstore::dateText(job.addedAt), job.idString());
}

bool JobStore::ensureIndexes()
{
    // Not a schema step: indexes change no column, so an older TuneDrop still opens the file.
    // jobs_order serves the queue order and its pages, jobs_state_finished the start-up load,
    // the purge's candidates and the counts, jobs_key_order duplicate detection in queue order (the schema's jobs_key has no order).
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_order ON jobs(position, added_at, id)"))
        && q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_state_finished ON jobs(state, finished_at)"))
        && q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_key_order ON jobs(key, position, added_at)"));
    if (!ok)
        m_lastError = q.lastError().text();
    return true;  // slower without them, never wrong
}

QList<Job> JobStore::loadActiveAndRecent(int recentFinished) const
{
    // "+state": the newest finished ones are found walking jobs_order backwards (500 rows
    // read), not by sorting every finished job found through the state index.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM jobs WHERE state IN %1 UNION ALL"
                             " SELECT * FROM (SELECT * FROM jobs WHERE +state IN %2"
                             " ORDER BY position DESC, added_at DESC, id DESC LIMIT ?)")
                  .arg(QLatin1String(kUnfinished), QLatin1String(kTerminal)));
    q.addBindValue(std::max(0, recentFinished));
    if (!q.exec())
        return {};
    QList<Job> jobs = rowsOf(q);
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) {
        return a.position != b.position ? a.position < b.position : a.addedAt < b.addedAt;
    });
    return jobs;
}

std::optional<Job> JobStore::load(const QUuid &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM jobs WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobstore::jobFromRecord(q.record());
}

QList<Job> JobStore::loadByKey(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM jobs WHERE key = ? ORDER BY position, added_at"));
    q.addBindValue(key);
    return q.exec() ? rowsOf(q) : QList<Job>();
}

QList<Job> JobStore::loadPurgeCandidates(const QDateTime &finishedBy, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM jobs WHERE state = 'done' AND finished_at IS NOT NULL AND finished_at <> ''"
                             " AND finished_at <= ? AND pinned = 0 AND output_path IS NOT NULL AND output_path <> ''"
                             " ORDER BY finished_at LIMIT ?"));
    q.addBindValue(jobstore::dateText(finishedBy));
    q.addBindValue(limit < 0 ? -1 : limit);  // SQLite: -1 is no limit
    return q.exec() ? rowsOf(q) : QList<Job>();
}

JobPage JobStore::loadPage(const JobPageQuery &query) const
{
    JobPage page;
    const int limit = std::clamp(query.limit, 1, JobPageQuery::kMaxLimit);
    QStringList where;
    QVariantList values;
    if (query.finishedOnly)
        where << QStringLiteral("+state IN %1").arg(QLatin1String(kTerminal));  // walk jobs_order, not sort
    if (const Cursor c = parseCursor(query.before); c.valid) {
        where << QStringLiteral("(position, added_at, id) < (?, ?, ?)");
        values << c.position << c.addedAt << c.id;
    }
    if (const QString text = query.search.trimmed(); !text.isEmpty()) {
        where << QStringLiteral("(title LIKE ? ESCAPE '\\' OR artist LIKE ? ESCAPE '\\' OR input LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        values << pattern << pattern << pattern;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // One more than asked: whether a page before this one exists.
    q.prepare(QStringLiteral("SELECT * FROM jobs %1 ORDER BY position DESC, added_at DESC, id DESC LIMIT ?")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return page;
    page.jobs = rowsOf(q);
    if (page.jobs.size() > limit) {
        page.jobs.resize(limit);
        page.next = jobPageCursor(page.jobs.last());
    }
    std::reverse(page.jobs.begin(), page.jobs.end());
    return page;
}

int JobStore::maxPosition() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    return q.exec(QStringLiteral("SELECT MAX(position) FROM jobs")) && q.next() ? q.value(0).toInt() : 0;
}

QList<QUuid> JobStore::finishedIds(bool keepPinned) const
{
    QList<QUuid> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM jobs WHERE state IN ('done','expired')%1")
                   .arg(keepPinned ? QStringLiteral(" AND pinned = 0") : QString())))
        while (q.next())
            ids << QUuid::fromString(q.value(0).toString());
    return ids;
}

}  // namespace tunedrop
