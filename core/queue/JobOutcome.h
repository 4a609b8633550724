#pragma once

#include "Attempt.h"
#include "Job.h"
#include "RetryPolicy.h"

#include <QDateTime>

namespace tunedrop {

// What an attempt's end makes of its job: done (with what was written), queued again (a
// shutdown stopped it; a transient failure with retries left, from `retryAt`), cancelled or
// failed. A pure rule over values, so the queue's state machine and its tests share it.
struct JobOutcome {
    struct Context {
        bool timedOut = false;       // the hard time limit stopped it
        bool userCancelled = false;  // cancel() or remove(): not a shutdown
        int hardTimeLimitSeconds = 0;
        RetryPolicy retry;
        QDateTime now;
    };
    static void apply(Job &job, const RunOutcome &outcome, const Context &context);
};

}  // namespace tunedrop
