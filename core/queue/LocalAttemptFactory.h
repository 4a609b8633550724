#pragma once

#include "AttemptFactory.h"
#include "JobRunner.h"

#include <QThreadPool>

#include <memory>

namespace tunedrop {

// The embedded execution: every attempt is a JobRunner on this factory's QThreadPool, sized to
// the workers bound. Counts its attempts (activeCount, peakActiveCount) per factory, not per
// process, so two queues in one test do not see each other's work.
class LocalAttemptFactory : public AttemptFactory {
public:
    LocalAttemptFactory();
    ~LocalAttemptFactory() override;

    std::shared_ptr<Attempt> create(const Job &job, const RunnerConfig &config) override;
    void setWorkers(int workers) override;
    int activeCount() const override { return m_counters->active.load(); }
    bool waitForDone(int ms) override;
    void abandon() override;

    // Instrumentation for the worker bound: the most attempts at work at once since resetPeak().
    int peakActiveCount() const { return m_counters->peak.load(); }
    void resetPeak() { m_counters->peak.store(m_counters->active.load()); }

private:
    std::unique_ptr<QThreadPool> m_pool = std::make_unique<QThreadPool>();
    std::shared_ptr<AttemptCounters> m_counters = std::make_shared<AttemptCounters>();
};

}  // namespace tunedrop
