#include "RetryPolicy.h"

#include <algorithm>

namespace tunedrop {

qint64 RetryPolicy::delayMs(int attempts, qint64 retryAfterMs) const
{
    // Exponential back-off like the original task: base, 2 x base, 4 x base.
    const qint64 backoff = qint64(std::max(0, baseDelayMs)) << std::clamp(attempts - 1, 0, 16);
    return std::max(backoff, retryAfterMs);
}

}  // namespace tunedrop
