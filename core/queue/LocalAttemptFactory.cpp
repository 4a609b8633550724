#include "LocalAttemptFactory.h"

#include <algorithm>

namespace tunedrop {

LocalAttemptFactory::LocalAttemptFactory() = default;

LocalAttemptFactory::~LocalAttemptFactory()
{
    // The queue waited (bounded) before letting go; a worker still running here ignores its
    // cancel flag, and joining it could hang the exit: the pool is left to the process's end.
    if (!m_pool->waitForDone(0))
        (void)m_pool.release();
}

std::shared_ptr<Attempt> LocalAttemptFactory::create(const Job &job, const RunnerConfig &config)
{
    return std::make_shared<JobRunner>(job, config, m_pool.get(), m_counters);
}

void LocalAttemptFactory::setWorkers(int workers)
{
    m_pool->setMaxThreadCount(std::clamp(workers, 1, 16));
}

bool LocalAttemptFactory::waitForDone(int ms)
{
    return m_pool->waitForDone(std::max(0, ms));
}

void LocalAttemptFactory::abandon()
{
    // Joining a worker that ignores its cancel flag could hang the exit forever: the pool (and
    // the runners its tasks hold) is abandoned instead; the process ends around it.
    const int workers = m_pool->maxThreadCount();
    (void)m_pool.release();
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(workers);
}

}  // namespace tunedrop
