#include "JobListModel.h"

#include "CoverCache.h"
#include "JobRowText.h"
#include "queue/JobQueue.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace tunedrop {

namespace {

// SI units (1 MB = 1000 kB) with one decimal, as browsers and download managers show them.
QString dataSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Two units at most: "45 s", "1 min 5 s", "7 h 12 min", "2 d 3 h". More precision is noise
// for an estimate that changes several times a second.
QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return JobListModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return JobListModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return JobListModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return JobListModel::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

int percentOf(const Job &job)
{
    if (job.state == JobState::Done)
        return 100;
    // Rounded down so a job never reads "100 %" before it is actually done.
    return std::clamp(int(std::floor(job.progress * 100.0)), 0, 100);
}

bool sameTotals(const JobListModel::Totals &a, const JobListModel::Totals &b)
{
    return a.queued == b.queued && a.running == b.running && a.done == b.done && a.failed == b.failed
        && a.cancelled == b.cancelled && a.overallProgress == b.overallProgress;
}

}  // namespace

JobListModel::JobListModel(JobQueue *queue, QObject *parent)
    : QAbstractTableModel(parent), m_covers(std::make_unique<CoverCache>())
{
    m_jobs = queue->jobs();
    m_outputSizes.reserve(m_jobs.size());
    m_rows.reserve(m_jobs.size());
    for (int row = 0; row < m_jobs.size(); ++row) {
        const Job &job = m_jobs.at(row);
        m_rows.insert(job.id, row);
        m_outputSizes << (job.state == JobState::Done ? outputSizeOf(job) : -1);
        account(job, +1);
        trackRetry(job);
    }
    connect(queue, &JobQueue::jobAdded, this, &JobListModel::onAdded);
    connect(queue, &JobQueue::jobChanged, this, &JobListModel::onChanged);
    connect(queue, &JobQueue::jobRemoved, this, &JobListModel::onRemoved);

    // "Added" (today vs. another day) and "Expires" depend on the clock, not on the queue:
    // refresh their text once a minute, which is the precision they show.
    auto *clock = new QTimer(this);
    clock->setInterval(std::chrono::minutes(1));
    connect(clock, &QTimer::timeout, this, [this] {
        if (!m_jobs.isEmpty())
            emit dataChanged(index(0, Added), index(rowCount() - 1, Expires), {Qt::DisplayRole});
    });
    clock->start();
}

JobListModel::~JobListModel() = default;

bool JobListModel::isWaitingToRetry(const Job &job)
{
    return job.state == JobState::Queued && job.retryAt.isValid() && job.attempts > 0;
}

QString JobListModel::pausedText()
{
    return tr("Paused");
}

QString JobListModel::statusText(const Job &job, const QDateTime &nowUtc)
{
    if (job.paused && isActiveState(job.state))
        return pausedText();
    if (!isWaitingToRetry(job))
        return stateText(job.state);
    const int next = job.attempts + 1;
    const QString attempt = job.maxAttempts > 0 ? tr("attempt %1 of %2").arg(next).arg(job.maxAttempts)
                                                : tr("attempt %1").arg(next);
    // Rounded up: "in 0 s" would read as stuck while a second is still left.
    const qint64 ms = nowUtc.msecsTo(job.retryAt);
    const QString when = ms > 0 ? tr("Retrying in %1 (%2)").arg(duration((ms + 999) / 1000), attempt)
                                : tr("Retrying as soon as a worker is free (%1)").arg(attempt);
    return job.errorMessage().isEmpty() ? when : tr("%1: %2").arg(when, job.errorMessage());
}

void JobListModel::trackRetry(const Job &job)
{
    if (isWaitingToRetry(job))
        m_waiting.insert(job.id);
    else
        m_waiting.remove(job.id);
    if (m_waiting.isEmpty()) {
        if (m_retryTick)
            m_retryTick->stop();
        return;
    }
    if (!m_retryTick) {
        // The countdown lives here, not in the queue: the queue only knows the retry time, and
        // views need a new text every second while anything waits.
        m_retryTick = new QTimer(this);
        m_retryTick->setInterval(std::chrono::seconds(1));
        connect(m_retryTick, &QTimer::timeout, this, [this] {
            for (const QUuid &id : std::as_const(m_waiting))
                if (const int row = rowOf(id); row >= 0)
                    emit dataChanged(index(row, State), index(row, State), {Qt::DisplayRole});
        });
    }
    if (!m_retryTick->isActive())
        m_retryTick->start();
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int JobListModel::rowOf(const QUuid &id) const
{
    return m_rows.value(id, -1);
}

QStringList JobListModel::sampleTexts(int column)
{
    constexpr qint64 kLargeSize = 999'900'000;  // "999.9 MB", as wide as sizes get in practice
    switch (column) {
    case Site: return {QStringLiteral("www.youtube.com"), tr("Local file")};
    case State: {
        QStringList states;
        for (int s = int(JobState::Queued); s <= int(JobState::Expired); ++s)
            states << stateText(JobState(s));
        return states;
    }
    case Speed: return {tr("%1/s").arg(dataSize(kLargeSize))};
    case Eta: return {duration(59 * 60 + 59), duration(23 * 3600 + 59 * 60)};
    case Size: return {dataSize(kLargeSize)};
    case Added: return {QLocale::system().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)};
    case Expires: return {duration(7 * 3600 + 59 * 60), tr("expired"), tr("never"), tr("kept")};
    default: return {};
    }
}

QString JobListModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Queued: return tr("Queued");
    case JobState::Resolving: return tr("Resolving");
    case JobState::Downloading: return tr("Downloading");
    case JobState::Converting: return tr("Converting");
    case JobState::Done: return tr("Done");
    case JobState::Failed: return tr("Failed");
    case JobState::Cancelled: return tr("Cancelled");
    case JobState::Expired: return tr("Expired");
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Title");
    case Site: return tr("Site");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Speed: return tr("Speed");
    case Eta: return tr("ETA");
    case Size: return tr("Size");
    case Added: return tr("Added");
    case Expires: return tr("Expires");
    default: return {};
    }
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Job &job = m_jobs.at(row);
    const bool failed = job.state == JobState::Failed || job.state == JobState::Cancelled;
    switch (role) {
    case SubtitleRole:
        return JobRowText::subtitle(job);
    case TitleKnownRole:
        return !job.title.trimmed().isEmpty();
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole: {
        if (column != Title && column != State)
            return {};
        // The title column may show a long link cut short: the tooltip has it whole.
        QStringList lines;
        if (column == Title)
            lines << job.input;
        if (!job.errorMessage().isEmpty() && (failed || job.state == JobState::Queued))
            lines << job.errorMessage();  // queued: why it waits for a retry
        if (!job.warning.isEmpty())
            lines << job.warning;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole: {
        if (column != State && column != Title)
            return {};
        // Models may live without a QApplication (tools, tests): no style, no icon.
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return {};
        if (column == Title) {  // the MP3's own cover, as the player shows it; a note tile until then
            const qreal dpr = qApp->devicePixelRatio();
            const QPixmap cover = job.state == JobState::Done ? m_covers->cover(job.outputPath, job.outputModified, dpr) : QPixmap();
            return cover.isNull() ? m_covers->placeholder(QApplication::palette(), dpr) : cover;
        }
        QStyle::StandardPixmap pixmap = QStyle::SP_FileDialogDetailedView;  // queued, expired
        if (isActiveState(job.state))
            pixmap = job.paused ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay;
        else if (job.state == JobState::Done)
            pixmap = QStyle::SP_DialogApplyButton;
        else if (job.state == JobState::Failed)
            pixmap = QStyle::SP_MessageBoxCritical;
        else if (job.state == JobState::Cancelled)
            pixmap = QStyle::SP_MediaStop;  // stopped on purpose: not the red of a failure
        // standardIcon() decodes a PNG on every call: far too slow for a paint of every row.
        QIcon &icon = m_stateIcons[int(pixmap)];
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(pixmap);
        return icon;
    }
    case Qt::TextAlignmentRole:
        if (column == Progress || column == Speed || column == Eta || column == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole: return job.id;
    case StateRole: return int(job.state);
    case ProgressRole: return job.state == JobState::Done ? 1.0 : std::clamp(job.progress, 0.0, 1.0);
    case ErrorRole: return failed ? job.errorMessage() : QString();
    case OutputPathRole: return job.outputPath;
    case InputRole: return job.input;
    case SortRole: return sortValue(row, column);
    case PausedRole: return job.paused && isActiveState(job.state);
    default: return {};
    }
}

QString JobListModel::text(int row, int column) const
{
    const Job &job = m_jobs.at(row);
    switch (column) {
    case Title:
        return JobRowText::title(job);
    case Site:
        return JobRowText::site(job);
    case State:
        return statusText(job, QDateTime::currentDateTimeUtc());
    case Progress:
        return tr("%1 %").arg(percentOf(job));
    case Speed:
        return job.state == JobState::Downloading && job.speed > 0 && !job.paused
            ? tr("%1/s").arg(dataSize(qint64(job.speed)))
            : QString();
    case Eta:
        // 0 is what a runner reports when it cannot tell (converting with no known total);
        // nothing moves while paused: no speed, no time left.
        return isActiveState(job.state) && job.etaSeconds > 0 && !job.paused ? duration(job.etaSeconds) : QString();
    case Size: {
        const qint64 size = sizeOf(row);
        return size >= 0 ? dataSize(size) : QString();
    }
    case Added: {
        if (!job.addedAt.isValid())
            return {};
        const QDateTime local = job.addedAt.toLocalTime();
        const QLocale locale = QLocale::system();
        if (local.date() == QDate::currentDate())
            return locale.toString(local.time(), QStringLiteral("HH:mm"));
        return locale.toString(local, QLocale::ShortFormat);
    }
    case Expires: {
        if (job.state == JobState::Expired)
            return tr("expired");
        if (job.state != JobState::Done)
            return {};
        if (job.pinned)
            return tr("kept");
        if (m_retentionHours <= 0)
            return tr("never");
        const QDateTime expiry = expiryOf(job);
        if (!expiry.isValid())
            return {};
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expiry);
        return left > 0 ? duration(left) : tr("expired");
    }
    default:
        return {};
    }
}

QVariant JobListModel::sortValue(int row, int column) const
{
    const Job &job = m_jobs.at(row);
    switch (column) {
    case Title: return JobRowText::title(job).toLower();
    case Site: return text(row, Site).toLower();
    case State: return int(job.state);
    case Progress: return data(index(row, column), ProgressRole).toDouble();
    case Speed: return job.state == JobState::Downloading ? job.speed : 0.0;
    case Eta: return isActiveState(job.state) && job.etaSeconds > 0 ? job.etaSeconds : -1;
    case Size: return sizeOf(row);
    case Added: return job.addedAt;
    case Expires: {
        // Seconds since the epoch of the purge: a fixed point, so the order never goes stale.
        if (job.state == JobState::Expired)
            return qint64(0);
        const QDateTime expiry = expiryOf(job);
        return expiry.isValid() ? expiry.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    default: return {};
    }
}

qint64 JobListModel::sizeOf(int row) const
{
    const Job &job = m_jobs.at(row);
    if (job.state == JobState::Done && m_outputSizes.at(row) >= 0)
        return m_outputSizes.at(row);
    if (job.bytesTotal > 0)
        return job.bytesTotal;
    return job.bytesDone > 0 ? job.bytesDone : -1;
}

QDateTime JobListModel::expiryOf(const Job &job) const
{
    if ((job.state != JobState::Done && job.state != JobState::Expired) || job.pinned || m_retentionHours <= 0
        || !job.finishedAt.isValid())
        return {};
    return job.finishedAt.addSecs(qint64(m_retentionHours) * 3600);
}

qint64 JobListModel::outputSizeOf(const Job &job)
{
    if (job.outputPath.isEmpty())
        return -1;
    const QFileInfo info(job.outputPath);
    return info.exists() ? info.size() : -1;
}

void JobListModel::setRetentionHours(int hours)
{
    hours = std::max(0, hours);
    if (hours == m_retentionHours)
        return;
    m_retentionHours = hours;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, Expires), index(rowCount() - 1, Expires), {Qt::DisplayRole, SortRole});
}

JobListModel::Totals JobListModel::totals() const
{
    Totals t = m_totals;
    const int unfinished = t.queued + t.running;
    t.overallProgress = unfinished > 0 ? std::clamp(m_progressSum / unfinished, 0.0, 1.0) : -1.0;
    return t;
}

void JobListModel::account(const Job &job, int sign)
{
    switch (job.state) {
    case JobState::Queued:
        m_totals.queued += sign;
        break;
    case JobState::Resolving:
    case JobState::Downloading:
    case JobState::Converting:
        m_totals.running += sign;
        m_progressSum += sign * std::clamp(job.progress, 0.0, 1.0);
        break;
    case JobState::Done:
    case JobState::Expired:  // it did finish; the purge only deleted the file later
        m_totals.done += sign;
        break;
    case JobState::Failed:
        m_totals.failed += sign;
        break;
    case JobState::Cancelled:
        m_totals.cancelled += sign;
        break;
    }
    // Thousands of += and -= leave rounding dust; with nothing running the sum is exactly 0.
    if (m_totals.running == 0)
        m_progressSum = 0;
}

void JobListModel::onAdded(const Job &job)
{
    if (m_rows.contains(job.id)) {  // never expected, but a duplicate row would break the index
        onChanged(job);
        return;
    }
    const Totals before = totals();
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    m_outputSizes.append(job.state == JobState::Done ? outputSizeOf(job) : -1);
    m_rows.insert(job.id, row);
    account(job, +1);
    trackRetry(job);
    endInsertRows();
    if (!sameTotals(before, totals()))
        emit totalsChanged();
}

void JobListModel::onChanged(const Job &job)
{
    const int row = rowOf(job.id);
    if (row < 0)
        return;
    const Totals before = totals();
    Job &current = m_jobs[row];
    // The file is stat'ed once, here, rather than on every paint of the Size column.
    const bool becameDone = job.state == JobState::Done
        && (current.state != JobState::Done || current.outputPath != job.outputPath);
    account(current, -1);
    current = job;
    account(current, +1);
    trackRetry(current);
    if (becameDone)
        m_outputSizes[row] = outputSizeOf(job);
    else if (job.state != JobState::Done)
        m_outputSizes[row] = -1;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!sameTotals(before, totals()))
        emit totalsChanged();
}

void JobListModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const Totals before = totals();
    beginRemoveRows({}, row, row);
    account(m_jobs.at(row), -1);
    m_jobs.removeAt(row);
    m_outputSizes.removeAt(row);
    m_rows.remove(id);
    m_waiting.remove(id);
    // Only the rows below the removed one move up; the index is fixed before views hear of it.
    for (int r = row; r < m_jobs.size(); ++r)
        m_rows[m_jobs.at(r).id] = r;
    endRemoveRows();
    if (!sameTotals(before, totals()))
        emit totalsChanged();
}

}  // namespace tunedrop
