#include "QueueClock.h"

#include <algorithm>

namespace tunedrop {

QDateTime QueueClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

int QueueClock::timerMs(qint64 ms) const
{
    return int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000));
}

const QueueClock &QueueClock::system()
{
    static const QueueClock clock;
    return clock;
}

}  // namespace tunedrop
