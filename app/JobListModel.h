#pragma once

#include "queue/Job.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <memory>

namespace tunedrop {

class CoverCache;
class JobQueue;

// The job list as a passive table model fed by JobQueue's signals (jobAdded, jobChanged,
// jobRemoved). Only the row that changed is announced, so 5,000 jobs with 4 running stay
// cheap. Views sort and filter through a QSortFilterProxyModel using SortRole.
class JobListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Site, State, Progress, Speed, Eta, Size, Added, Expires, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1,  // QUuid
        StateRole,                     // int(JobState)
        ProgressRole,                  // double 0..1
        ErrorRole,                     // QString, empty unless failed/cancelled
        OutputPathRole,                // QString
        InputRole,                     // QString: the link or path as given
        SortRole,                      // a value that sorts right for the column
        SubtitleRole,                  // QString: "Artist · 3:45", what is known of it
        TitleKnownRole,                // bool: the title is the job's own, not the link's name
        PausedRole,                    // bool: running, but the queue is paused
    };

    explicit JobListModel(JobQueue *queue, QObject *parent = nullptr);
    ~JobListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Job *jobAt(int row) const;
    int rowOf(const QUuid &id) const;  // -1 when unknown
    // Retention in hours for the "Expires" column; 0 = files are kept forever.
    void setRetentionHours(int hours);
    // Totals for the status bar.
    struct Totals {
        int queued = 0, running = 0, done = 0, failed = 0;
        int cancelled = 0;           // stopped by the user: not a failure
        double overallProgress = 0;  // mean progress of unfinished jobs, 0..1; -1 when none
    };
    Totals totals() const;

    static QString stateText(JobState state);  // translated, e.g. "Converting"
    // The longest texts a column shows in this language, for sizing it (empty for Title and
    // Progress, whose delegate measures itself).
    static QStringList sampleTexts(int column);
    static QString pausedText();               // a running job while the queue is paused
    // What the State column says: the state, or for a job waiting for an automatic retry
    // "Retrying in 5 s (attempt 2 of 4): <why the last attempt failed>" (issue 11), or "Paused".
    static QString statusText(const Job &job, const QDateTime &nowUtc);
    static bool isWaitingToRetry(const Job &job);

signals:
    void totalsChanged();

private:
    void onAdded(const Job &job);
    void onChanged(const Job &job);
    void onRemoved(const QUuid &id);
    // Adds (sign +1) or takes away (-1) one job's share of the running totals: O(1) per change.
    void account(const Job &job, int sign);
    void trackRetry(const Job &job);  // keeps m_waiting and its countdown timer up to date
    static qint64 outputSizeOf(const Job &job);  // stats the MP3; only when a job becomes done
    QString text(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    qint64 sizeOf(int row) const;               // what the Size column shows, -1 for nothing
    QDateTime expiryOf(const Job &job) const;   // invalid when the file is never purged

    QList<Job> m_jobs;
    QList<qint64> m_outputSizes;  // parallel to m_jobs: MP3 size cached when done, else -1
    QHash<QUuid, int> m_rows;
    Totals m_totals;              // counters only; overallProgress is derived in totals()
    double m_progressSum = 0;     // progress of running jobs (queued ones count as 0)
    int m_retentionHours = 8;
    mutable QHash<int, QIcon> m_stateIcons;  // per QStyle::StandardPixmap
    std::unique_ptr<CoverCache> m_covers;    // the Title column's cover thumbnails
    QSet<QUuid> m_waiting;        // jobs counting down to a retry: their State text ticks
    QTimer *m_retryTick = nullptr;
};

}  // namespace tunedrop
