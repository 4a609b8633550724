#pragma once

#include "common/Error.h"

#include <QtGlobal>

namespace tunedrop {

// Which failures are tried again and when: transient ones (network, timed out) up to
// `maxRetries` times, after base, 2 x base, 4 x base ... or later when the server asked
// (Retry-After). Permanent ones fail at once. A value: the queue holds today's.
struct RetryPolicy {
    int maxRetries = 3;
    int baseDelayMs = 2000;

    int maxAttempts() const { return maxRetries + 1; }
    // After `attempts` attempts (the failed one included), is another one due?
    bool retries(const Error &error, int attempts) const
    {
        return error.isTransient() && attempts <= maxRetries;
    }
    // How long to wait before the next attempt after `attempts` attempts.
    qint64 delayMs(int attempts, qint64 retryAfterMs = 0) const;
};

}  // namespace tunedrop
