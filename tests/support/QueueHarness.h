#pragma once

#include "queue/JobQueue.h"
#include "queue/JobStore.h"
#include "queue/LocalAttemptFactory.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace tunedrop::test {

// One JobQueue over a fresh folder (jobs.db, out/, work/), one worker, fast retries: for tests
// that drive whole jobs. `tweak` adjusts the config (and may prepare files) before restore().
struct QueueHarness {
    QTemporaryDir dir;
    std::unique_ptr<JobStore> store;
    std::unique_ptr<JobQueue> queue;

    explicit QueueHarness(const std::function<void(QueueConfig &)> &tweak = {})
    {
        store = std::make_unique<JobStore>(dir.filePath(QStringLiteral("jobs.db")));
        if (!store->open())
            qFatal("store: %s", qPrintable(store->lastError()));
        QueueConfig c;
        c.workers = 1;
        c.defaultOutputDir = dir.filePath(QStringLiteral("out"));
        c.workRoot = dir.filePath(QStringLiteral("work"));
        c.retryBaseDelayMs = 50;
        if (tweak)
            tweak(c);
        queue = std::make_unique<JobQueue>(store.get(), std::make_unique<LocalAttemptFactory>(), c);
        queue->restore();
    }

    // Waits (processing events) until the job is done, failed or cancelled; its last snapshot.
    Job waitForEnd(const QUuid &id, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!isTerminalState(queue->job(id)->state) && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        return *queue->job(id);
    }
    Job runToEnd(const QString &input) { return waitForEnd(queue->add(input).id); }
};

// Sets PATH for one scope (runtime and yt-dlp detection under the test's control).
class ScopedPath {
public:
    explicit ScopedPath(const QString &path) : m_saved(qgetenv("PATH")) { qputenv("PATH", QFile::encodeName(path)); }
    ~ScopedPath() { qputenv("PATH", m_saved); }
    ScopedPath(const ScopedPath &) = delete;
    ScopedPath &operator=(const ScopedPath &) = delete;

private:
    QByteArray m_saved;
};

}  // namespace tunedrop::test
