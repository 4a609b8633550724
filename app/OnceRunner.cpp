#include "OnceRunner.h"

#include "queue/JobQueue.h"

#include <cstdio>

namespace tunedrop {

namespace {
void printLine(std::FILE *stream, const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}
}  // namespace

OnceRunner::OnceRunner(JobQueue *queue, QStringList items, QString outputDir, QObject *parent)
    : QObject(parent), m_queue(queue), m_inputs(std::move(items)), m_outputDir(std::move(outputDir))
{
}

void OnceRunner::start()
{
    for (const QString &input : m_inputs) {
        const AddResult r = m_queue->add(input, AddOptions{m_outputDir, true});
        m_items.push_back({input, r.id, r.error});
    }
    // Only now: adding starts jobs, and their signals must not see a half-filled list.
    connect(m_queue, &JobQueue::jobChanged, this, &OnceRunner::printReady);
    connect(m_queue, &JobQueue::idle, this, &OnceRunner::printReady);
    printReady();
}

bool OnceRunner::collect(const Item &item, QStringList *out, QStringList *errors, bool *failed) const
{
    if (!item.refusal.isEmpty()) {
        *errors << tr("error: %1: %2").arg(item.input, item.refusal);
        *failed = true;
        return true;
    }
    const std::optional<Job> job = m_queue->job(item.id);
    if (!job) {
        *errors << tr("error: %1: the job was removed.").arg(item.input);
        *failed = true;
        return true;
    }
    if (!isTerminalState(job->state))
        return false;
    const QList<QUuid> children = m_queue->childrenOf(item.id);
    if (job->state == JobState::Done && job->outputPath.isEmpty() && !children.isEmpty()) {
        // A playlist: finished when every entry is.
        QStringList childOut, childErrors;
        bool childFailed = false;
        for (const QUuid &child : children)
            if (!collect(Item{item.input, child, {}}, &childOut, &childErrors, &childFailed))
                return false;
        *out << childOut;
        *errors << childErrors;
        *failed = *failed || childFailed;
        return true;
    }
    if (job->state == JobState::Done) {
        if (!job->warning.isEmpty())
            *errors << tr("warning: %1: %2").arg(item.input, job->warning);
        *out << job->outputPath;
        return true;
    }
    *errors << tr("error: %1: %2").arg(item.input, job->state == JobState::Expired
                                                       ? tr("the file has expired and was deleted.")
                                                       : job->errorMessage());
    *failed = true;
    return true;
}

void OnceRunner::printReady()
{
    if (m_done)
        return;
    while (m_printed < m_items.size()) {
        QStringList out, errors;
        bool failed = false;
        if (!collect(m_items[m_printed], &out, &errors, &failed))
            break;
        for (const QString &e : errors)
            printLine(stderr, e);
        for (const QString &o : out)
            printLine(stdout, o);
        m_failures += failed ? 1 : 0;
        ++m_printed;
    }
    if (m_printed == m_items.size()) {
        m_done = true;
        // Queued: start() may finish at once (duplicates), before the event loop runs.
        const int code = m_failures == 0 ? 0 : 1;
        QMetaObject::invokeMethod(this, [this, code] { emit finished(code); }, Qt::QueuedConnection);
    }
}

void OnceRunner::interrupt()
{
    if (m_done)
        return;
    for (std::size_t i = m_printed; i < m_items.size(); ++i)
        printLine(stderr, tr("error: %1: interrupted; it stays queued and finishes the next time "
                             "TuneDrop runs with this profile.")
                              .arg(m_items[i].input));
    m_done = true;
    QMetaObject::invokeMethod(this, [this] { emit finished(1); }, Qt::QueuedConnection);
}

}  // namespace tunedrop
