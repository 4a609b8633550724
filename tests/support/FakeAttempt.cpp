#include "FakeAttempt.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <algorithm>

namespace tunedrop::test {

FakeAttempt::FakeAttempt(FakeAttemptFactory &factory, Job job, FakeScript script)
    : m_factory(factory), m_job(std::move(job)), m_script(std::move(script))
{
    m_work.setSingleShot(true);
    connect(&m_work, &QTimer::timeout, this, [this] {
        if (m_cancelled)
            end(JobState::Cancelled);  // the linger after an ignored cancel is over
        else
            endWithScript();
    });
    connect(&m_progress, &QTimer::timeout, this, &FakeAttempt::tick);
}

FakeAttempt::~FakeAttempt() = default;  // with its factory only

void FakeAttempt::start()
{
    m_started = true;
    m_factory.started(*this);
    emit stateChanged(m_script.workState);
    if (m_script.progressReports > 0 && m_script.runMs > 0) {
        m_progress.start(std::max(1, m_script.runMs / (m_script.progressReports + 1)));
    }
    if (m_script.end != FakeScript::End::Hang)
        m_work.start(m_script.runMs);
}

void FakeAttempt::tick()
{
    if (m_reports >= m_script.progressReports) {
        m_progress.stop();
        return;
    }
    ++m_reports;
    reportProgress(double(m_reports) / double(m_script.progressReports + 1));
}

void FakeAttempt::reportProgress(double fraction)
{
    AttemptProgress p;
    p.fraction = fraction;
    p.bytesDone = qint64(fraction * 1000000);
    p.bytesTotal = 1000000;
    p.speed = 250000;
    p.pausedMs = m_pausedMs + (m_paused ? m_pausedSince.elapsed() : 0);
    emit progressed(p);
}

void FakeAttempt::cancel()
{
    if (m_cancelled || m_ended)
        return;
    m_cancelled = true;
    if (m_script.ignoresCancel) {  // stuck in a call that does not look at the flag
        m_work.start(m_script.lingerMs);
        return;
    }
    end(JobState::Cancelled);
}

void FakeAttempt::setPaused(bool paused)
{
    ++m_pauseCalls;
    if (paused == m_paused || m_ended)
        return;
    m_paused = paused;
    if (paused) {
        m_pausedSince.start();
        m_progress.stop();
        if (m_work.isActive() && !m_cancelled) {
            m_workLeftMs = std::max(0, m_work.remainingTime());
            m_work.stop();
        }
    } else {
        m_pausedMs += m_pausedSince.elapsed();
        if (m_workLeftMs >= 0)
            m_work.start(std::exchange(m_workLeftMs, -1));
        if (m_script.progressReports > m_reports && m_script.runMs > 0)
            m_progress.start(std::max(1, m_script.runMs / (m_script.progressReports + 1)));
    }
}

void FakeAttempt::endWithScript()
{
    switch (m_script.end) {
    case FakeScript::End::Succeed:
    case FakeScript::End::Playlist:
    case FakeScript::End::Hang:
        end(JobState::Done);
        return;
    case FakeScript::End::FailTransient:
    case FakeScript::End::FailPermanent:
        end(JobState::Failed);
        return;
    }
}

void FakeAttempt::end(JobState how)
{
    if (m_ended || !m_started)
        return;
    m_ended = true;
    m_work.stop();
    m_progress.stop();
    RunOutcome outcome;
    if (how == JobState::Cancelled) {
        outcome.error = {ErrorCategory::Cancelled, UserText::literal(QStringLiteral("Cancelled."))};
    } else if (how == JobState::Failed && m_script.end == FakeScript::End::FailTransient) {
        outcome.error = {ErrorCategory::Network, UserText::literal(QStringLiteral("The connection was reset (fake)."))};
        outcome.retryAfterMs = m_script.retryAfterMs;
    } else if (how == JobState::Failed) {
        outcome.error = {ErrorCategory::NotFound, UserText::literal(QStringLiteral("Not found (fake)."))};
    } else if (m_script.end == FakeScript::End::Playlist) {
        emit playlistExpanded(m_script.playlistTitle, m_script.entries);
        outcome.expandedPlaylist = true;
    } else {
        // A real file, so the queue's record of it (size, inode, time) and ReuseCheck work.
        QDir().mkpath(m_job.outputDir);
        outcome.outputPath = QDir(m_job.outputDir).filePath(m_job.idString() + QStringLiteral(".mp3"));
        QFile out(outcome.outputPath);
        if (out.open(QIODevice::WriteOnly))
            out.write("fake mp3 of " + m_job.input.toUtf8());
        outcome.tags.title = QStringLiteral("Fake ") + m_job.idString().left(8);
        outcome.durationSeconds = 1.5;
    }
    m_factory.ended(*this);
    emit finished(outcome);
}

std::shared_ptr<Attempt> FakeAttemptFactory::create(const Job &job, const RunnerConfig &config)
{
    m_lastConfig = config;
    auto attempt = std::make_shared<FakeAttempt>(*this, job, script(job));
    m_latest.insert(job.id, attempt);
    m_all << attempt;
    return attempt;
}

void FakeAttemptFactory::started(const FakeAttempt &attempt)
{
    m_peak = std::max(m_peak, ++m_active);
    m_starts << Start{attempt.job().id, attempt.job().attempts, clock ? clock->now() : QDateTime::currentDateTimeUtc()};
}

void FakeAttemptFactory::ended(const FakeAttempt &attempt)
{
    --m_active;
    m_ends.insert(attempt.job().id, clock ? clock->now() : QDateTime::currentDateTimeUtc());
}

bool FakeAttemptFactory::waitForDone(int ms)
{
    QDeadlineTimer deadline(std::max(0, ms));
    while (m_active > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return m_active == 0;
}

QList<QUuid> FakeAttemptFactory::startOrder() const
{
    QList<QUuid> ids;
    for (const Start &s : m_starts)
        ids << s.id;
    return ids;
}

int FakeAttemptFactory::attemptsOf(const QUuid &id) const
{
    return int(std::count_if(m_starts.cbegin(), m_starts.cend(), [&id](const Start &s) { return s.id == id; }));
}

FakeAttempt *FakeAttemptFactory::current(const QUuid &id) const
{
    const std::shared_ptr<Attempt> a = m_latest.value(id).lock();
    return static_cast<FakeAttempt *>(a.get());
}

}  // namespace tunedrop::test
