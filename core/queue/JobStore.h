#pragma once

#include "Job.h"
#include "QueueStore.h"

#include <QList>
#include <QString>

namespace tunedrop {

// Jobs persisted in SQLite (Qt Sql) in the profile's data folder. Every state change is
// written at once (WAL journal), so a killed process loses nothing it had reported. The
// schema is versioned with PRAGMA user_version and migrated forward step by step on open.
// Main thread only (one connection per store). The queue sees it as its QueueStore.
class JobStore : public QueueStore {
public:
    static constexpr int kSchemaVersion = 6;

    explicit JobStore(QString databasePath);
    ~JobStore() override;
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // Opens, creates or migrates. A database that cannot be read is moved aside
    // ("jobs.db.broken-<time>") and a new one started; warning() then says so.
    bool open();
    QString lastError() const { return m_lastError; }
    QString warning() const { return m_warning; }
    int schemaVersion() const;

    // QueueStore; a Batch (QueueStore::Batch) is one transaction.
    QList<Job> loadAll() const override;  // in queue order
    bool save(const Job &job) override;   // insert or update
    bool remove(const QUuid &id) override;
    // History queries, each answered through an index (JobStoreQueries.cpp).
    QList<Job> loadActiveAndRecent(int recentFinished) const override;
    std::optional<Job> load(const QUuid &id) const override;
    QList<Job> loadByKey(const QString &key) const override;
    QList<Job> loadPurgeCandidates(const QDateTime &finishedBy, int limit) const override;
    JobPage loadPage(const JobPageQuery &query) const override;
    int maxPosition() const override;
    QList<QUuid> finishedIds(bool keepPinned) const override;

protected:
    bool beginBatch() override;
    void endBatch() override;

private:
    bool openConnection();
    bool migrate();
    bool ensureIndexes();

    QString m_path;
    QString m_connection;
    QString m_lastError;
    QString m_warning;
};

}  // namespace tunedrop
