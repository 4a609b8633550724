#pragma once

#include "FakeAttempt.h"
#include "ScaledClock.h"
#include "queue/JobQueue.h"
#include "queue/JobStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <memory>

namespace tunedrop::test {

// One queue over a fresh folder with the fake attempts and the fast clock.
struct FakeQueueEnv {
    QTemporaryDir dir;
    ScaledClock clock{1000.0};
    std::unique_ptr<JobStore> store;
    FakeAttemptFactory *attempts = nullptr;  // owned by the queue
    std::unique_ptr<JobQueue> queue;
    QueueConfig config;

    explicit FakeQueueEnv(int workers = 1, const std::function<void(QueueConfig &)> &tweak = {})
    {
        store = std::make_unique<JobStore>(dir.filePath(QStringLiteral("jobs.db")));
        if (!store->open())
            qFatal("store: %s", qPrintable(store->lastError()));
        config.workers = workers;
        config.defaultOutputDir = dir.filePath(QStringLiteral("out"));
        config.workRoot = dir.filePath(QStringLiteral("work"));
        if (tweak)
            tweak(config);
        reopen();
    }
    // A new queue (and factory) over the same store: the next start of the application.
    void reopen(const std::function<FakeScript(const Job &)> &scripts = {})
    {
        queue.reset();
        auto factory = std::make_unique<FakeAttemptFactory>();
        factory->clock = &clock;
        if (scripts)
            factory->script = scripts;
        attempts = factory.get();
        queue = std::make_unique<JobQueue>(store.get(), std::move(factory), config, &clock);
        queue->restore();
    }
    QString input(const QString &name, const QByteArray &content = "input")
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
    QUuid add(const QString &name) { return queue->add(input(name)).id; }
    Job job(const QUuid &id) const { return *queue->job(id); }
    JobState state(const QUuid &id) const { return queue->job(id)->state; }
    Job stored(const QUuid &id) const
    {
        for (const Job &j : store->loadAll())
            if (j.id == id)
                return j;
        return {};
    }
    bool ended(const QList<QUuid> &ids) const
    {
        return std::all_of(ids.cbegin(), ids.cend(), [this](const QUuid &id) { return isTerminalState(state(id)); });
    }
};

}  // namespace tunedrop::test
