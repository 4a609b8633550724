#define TUNEDROP_JOBSTORE_INTERNAL
#include "JobStore.h"
#include "JobStoreRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include "library/PrivateFile.h"

#include <atomic>

namespace tunedrop {

namespace {

std::atomic_int g_connectionCounter{0};

// Each entry moves the schema from version i to i + 1. Never edit a released step: add one.
const char *const kMigrations[] = {
    // 0 -> 1: the first schema
    "CREATE TABLE jobs ("
    " id TEXT PRIMARY KEY, input TEXT NOT NULL, key TEXT, output_dir TEXT, state TEXT NOT NULL,"
    " position INTEGER NOT NULL DEFAULT 0, title TEXT, artist TEXT, album TEXT, site TEXT,"
    " thumbnail_url TEXT, duration REAL, progress REAL, bytes_done INTEGER, bytes_total INTEGER,"
    " output_path TEXT, error_category TEXT, error_message TEXT, attempts INTEGER NOT NULL DEFAULT 0,"
    " retry_at TEXT, added_at TEXT, started_at TEXT, finished_at TEXT, parent_id TEXT);"
    "CREATE INDEX jobs_key ON jobs(key);",
    // 1 -> 2: crash clean-up, warnings, pinning (retention)
    "ALTER TABLE jobs ADD COLUMN part_path TEXT;"
    "ALTER TABLE jobs ADD COLUMN warning TEXT;"
    "ALTER TABLE jobs ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;",
    // 2 -> 3: links from the web may not point at this machine
    "ALTER TABLE jobs ADD COLUMN block_local_hosts INTEGER NOT NULL DEFAULT 0;",
    // 3 -> 4: the identity of the published MP3, so the retention purge never deletes a file
    // someone replaced or edited
    "ALTER TABLE jobs ADD COLUMN output_size INTEGER;"
    "ALTER TABLE jobs ADD COLUMN output_inode INTEGER;"
    "ALTER TABLE jobs ADD COLUMN output_modified TEXT;",
    // 4 -> 5: what the MP3 was made from and with which settings, so a duplicate is reused
    // only while it would come out the same (jobs from older versions have none: converted again)
    "ALTER TABLE jobs ADD COLUMN input_size INTEGER;"
    "ALTER TABLE jobs ADD COLUMN input_modified TEXT;"
    "ALTER TABLE jobs ADD COLUMN source_id TEXT;"
    "ALTER TABLE jobs ADD COLUMN encoder TEXT;",
    // v6: the error untranslated (UserText as JSON), so each reader shows it in its own language;
    // error_message keeps the desktop-language text for older versions and for people reading the file.
    "ALTER TABLE jobs ADD COLUMN error_text TEXT;",
};
static_assert(std::size(kMigrations) == JobStore::kSchemaVersion);

// The untranslated error when the row has one (v6); the desktop-language text of older rows.
UserText errorTextFrom(const QVariant &untranslated, const QVariant &message)
{
    const QJsonDocument doc = QJsonDocument::fromJson(untranslated.toByteArray());
    if (doc.isObject())
        return UserText::fromJson(doc.object());
    return message.toString().isEmpty() ? UserText() : UserText::literal(message.toString());
}

}  // namespace

namespace jobstore {

QString dateText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QDateTime dateFrom(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

Job jobFromRecord(const QSqlRecord &r)
{
    auto v = [&](const char *name) { return r.value(QLatin1String(name)); };
    Job j;
    j.id = QUuid::fromString(v("id").toString());
    j.input = v("input").toString();
    j.key = v("key").toString();
    j.outputDir = v("output_dir").toString();
    j.state = jobStateFromName(v("state").toString());
    j.position = v("position").toInt();
    j.title = v("title").toString();
    j.artist = v("artist").toString();
    j.album = v("album").toString();
    j.site = v("site").toString();
    j.thumbnailUrl = v("thumbnail_url").toString();
    j.durationSeconds = v("duration").toDouble();
    j.progress = v("progress").toDouble();
    j.bytesDone = v("bytes_done").toLongLong();
    j.bytesTotal = v("bytes_total").isNull() ? -1 : v("bytes_total").toLongLong();
    j.outputPath = v("output_path").toString();
    j.partPath = v("part_path").toString();
    j.errorCategory = errorCategoryFromName(v("error_category").toString());
    j.errorText = errorTextFrom(v("error_text"), v("error_message"));
    j.warning = v("warning").toString();
    j.attempts = v("attempts").toInt();
    j.retryAt = dateFrom(v("retry_at"));
    j.addedAt = dateFrom(v("added_at"));
    j.startedAt = dateFrom(v("started_at"));
    j.finishedAt = dateFrom(v("finished_at"));
    const QString parent = v("parent_id").toString();
    j.parentId = parent.isEmpty() ? QUuid() : QUuid::fromString(parent);
    j.pinned = v("pinned").toBool();
    j.blockLocalHosts = v("block_local_hosts").toBool();
    j.outputSize = v("output_size").isNull() ? -1 : v("output_size").toLongLong();
    j.outputInode = v("output_inode").isNull() ? -1 : v("output_inode").toLongLong();
    j.outputModified = dateFrom(v("output_modified"));
    j.inputSize = v("input_size").isNull() ? -1 : v("input_size").toLongLong();
    j.inputModified = dateFrom(v("input_modified"));
    j.sourceId = v("source_id").toString();
    j.encoderKey = v("encoder").toString();
    return j;
}

}  // namespace jobstore

using jobstore::dateFrom;
using jobstore::dateText;

JobStore::JobStore(QString databasePath)
    : m_path(std::move(databasePath)),
      m_connection(QStringLiteral("tunedrop-jobs-%1").arg(++g_connectionCounter))
{
}

JobStore::~JobStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool JobStore::openConnection()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // jobs.db lists every link the user converted: owner-only. SQLite gives its -wal, -shm and
    // -journal the database file's mode, so creating it 0600 first covers them; files left
    // 0644 by an older version are tightened.
    PrivateFile::ensure(m_path);
    for (const char *side : {"-wal", "-shm", "-journal"})
        PrivateFile::tighten(m_path + QLatin1String(side));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // WAL + NORMAL: a killed process loses nothing committed; writes stay cheap.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
        || q.value(0).toString() != QLatin1String("ok")) {
        m_lastError = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("integrity check failed");
        db.close();
        return false;
    }
    return true;
}

bool JobStore::open()
{
    if (openConnection() && migrate())
        return ensureIndexes();
    if (schemaVersion() > kSchemaVersion)
        return false;  // a newer TuneDrop's data: never move it aside or touch it
    // Unreadable: keep it for inspection, start over rather than refuse to run.
    QSqlDatabase::database(m_connection, false).close();
    const QString aside = m_path + QStringLiteral(".broken-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(m_path, aside);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    m_warning = QCoreApplication::translate("JobStore",
                                            "The job list could not be read (%1); it was moved to %2 "
                                            "and a new one started.")
                    .arg(m_lastError, aside);
    return openConnection() && migrate() && ensureIndexes();
}

int JobStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool JobStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int version = schemaVersion();
    if (version > kSchemaVersion) {
        m_lastError = QCoreApplication::translate("JobStore", "The job list was written by a newer TuneDrop.");
        return false;
    }
    for (; version < kSchemaVersion; ++version) {
        db.transaction();
        QSqlQuery q(db);
        bool ok = true;
        for (const QString &statement : QString::fromLatin1(kMigrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            ok = ok && q.exec(statement);
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        if (!ok) {
            m_lastError = q.lastError().text();
            db.rollback();
            return false;
        }
        db.commit();
    }
    return true;
}

bool JobStore::beginBatch()
{
    return QSqlDatabase::database(m_connection, false).transaction();
}

void JobStore::endBatch()
{
    QSqlDatabase::database(m_connection, false).commit();
}

QList<Job> JobStore::loadAll() const
{
    QList<Job> jobs;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT * FROM jobs ORDER BY position, added_at")))
        return jobs;
    while (q.next()) {
        jobs << jobstore::jobFromRecord(q.record());
    }
    return jobs;
}

bool JobStore::save(const Job &j)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO jobs (id, input, key, output_dir, state, position, title, artist, album,"
        " site, thumbnail_url, duration, progress, bytes_done, bytes_total, output_path, part_path,"
        " error_category, error_message, warning, attempts, retry_at, added_at, started_at, finished_at,"
        " parent_id, pinned, block_local_hosts, output_size, output_inode, output_modified,"
        " input_size, input_modified, source_id, encoder, error_text)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariantList values = {
        j.idString(), j.input, j.key, j.outputDir, jobStateName(j.state), j.position, j.title, j.artist,
        j.album, j.site, j.thumbnailUrl, j.durationSeconds, j.progress, j.bytesDone, j.bytesTotal,
        j.outputPath, j.partPath, errorCategoryName(j.errorCategory), j.errorMessage(), j.warning,
        j.attempts, dateText(j.retryAt), dateText(j.addedAt), dateText(j.startedAt), dateText(j.finishedAt),
        j.parentId.isNull() ? QString() : j.parentId.toString(QUuid::WithoutBraces), j.pinned ? 1 : 0,
        j.blockLocalHosts ? 1 : 0, j.outputSize < 0 ? QVariant() : QVariant(j.outputSize),
        j.outputInode < 0 ? QVariant() : QVariant(j.outputInode), dateText(j.outputModified),
        j.inputSize < 0 ? QVariant() : QVariant(j.inputSize), dateText(j.inputModified), j.sourceId, j.encoderKey,
        j.errorText.isEmpty() ? QVariant() : QVariant(QJsonDocument(j.errorText.toJson().toObject()).toJson(QJsonDocument::Compact))};
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool JobStore::remove(const QUuid &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

}  // namespace tunedrop
