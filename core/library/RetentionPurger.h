#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <functional>

namespace tunedrop {

class PurgeCandidates;

// The old cron job (`find /data/*.mp3 -mmin +480 -delete`, every 5 minutes), made safe: it
// deletes only MP3s TuneDrop itself produced and recorded, finished, older than the retention
// (counted from when TuneDrop finished them), not pinned, still inside their library folder
// (real paths compared, symlinks never followed or deleted), and unchanged since TuneDrop wrote
// them (size, inode, modification time). It never lists folders: files it did not make, .part
// files and directories are out of its reach by construction. Purged jobs become "expired".
// It asks PurgeCandidates (the queue) for the jobs and to mark them, never a JobQueue.
class RetentionPurger : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    // Deletes one file; an Error (its message: the system's reason) when it cannot.
    using Remove = std::function<Result<void>(const QString &path)>;

    static constexpr int kIntervalMs = 5 * 60 * 1000;

    RetentionPurger(PurgeCandidates *jobs, int retentionHours, Clock clock = {}, QObject *parent = nullptr);

    // Runs once now (a laptop that slept for a day catches up) and every 5 minutes.
    void start();
    // Shutdown: no more rounds (neither timed nor after a retention change) until start().
    void stop();
    bool isStopped() const { return m_stopped; }
    // 0 = keep forever. A change takes effect at once.
    void setRetentionHours(int hours);
    int retentionHours() const { return m_hours; }

    struct Decision {
        QUuid id;
        QString path;
        qint64 ageSeconds = 0;
        bool deleted = false;
        QString reason;  // why it was deleted, kept or could not be deleted
    };
    // One round; returns what it did with every job old enough to be considered.
    QList<Decision> purgeNow();

    // Tests inject deletion faults (a real file system will not fail on demand).
    void setRemoveFunction(Remove remove) { m_remove = std::move(remove); }

signals:
    void purged(const tunedrop::RetentionPurger::Decision &decision);

private:
    PurgeCandidates *m_jobs;
    int m_hours;
    Clock m_clock;
    Remove m_remove;
    QTimer m_timer;
    bool m_stopped = false;
};

}  // namespace tunedrop
