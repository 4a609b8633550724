#pragma once

#include <QDateTime>

namespace tunedrop {

// The queue's time: when retries are due, how long its timers wait. The system clock in the
// application; the policy tests inject a faster one so back-off and time limits of seconds
// run in milliseconds with the same code paths.
class QueueClock {
public:
    virtual ~QueueClock() = default;
    virtual QDateTime now() const;  // UTC
    // How many real milliseconds a timer waits for `ms` of queue time.
    virtual int timerMs(qint64 ms) const;

    static const QueueClock &system();
};

}  // namespace tunedrop
