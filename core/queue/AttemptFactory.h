#pragma once

#include "Attempt.h"

#include <memory>

namespace tunedrop {

// The queue's seam to execution: makes the attempts it asks for and knows when the work it
// started has returned. The queue decides which job runs when (order, the workers bound,
// retries, limits, pause); the factory decides where and how: LocalAttemptFactory runs each as
// a JobRunner on its own QThreadPool; the tests inject FakeAttemptFactory; a shared queue's
// factory hands out handles on work leased to other processes. Called from the queue's thread.
class AttemptFactory {
public:
    virtual ~AttemptFactory() = default;

    // A new attempt for `job` (a snapshot: the queue keeps the live copy), not started yet.
    virtual std::shared_ptr<Attempt> create(const Job &job, const RunnerConfig &config) = 0;
    // How many attempts may do work at once (the queue never starts more; a removed job's
    // attempt still winding down keeps its slot until it returns).
    virtual void setWorkers(int workers) = 0;
    // Attempts whose work has not returned yet, the queue's or not (a removed job's, one left
    // behind by a shutdown).
    virtual int activeCount() const = 0;
    // The shutdown: true once no work is left, waiting at most `ms` (0: just look).
    virtual bool waitForDone(int ms) = 0;
    // The shutdown gave up at its bound: leave the work still running to end on its own, never
    // joined, so the exit cannot hang on it. New attempts after this run afresh.
    virtual void abandon() = 0;
};

}  // namespace tunedrop
