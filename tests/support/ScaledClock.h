#pragma once

#include "queue/QueueClock.h"

#include <QElapsedTimer>

#include <cmath>

namespace tunedrop::test {

// Queue time that runs `factor` times faster than real time: with 1000, a 2 s back-off waits
// 2 ms and a 1-minute time limit 60 ms, through the very code paths the application uses.
class ScaledClock : public QueueClock {
public:
    explicit ScaledClock(double factor) : m_factor(factor), m_origin(QDateTime::currentDateTimeUtc())
    {
        m_elapsed.start();
    }
    QDateTime now() const override { return m_origin.addMSecs(qint64(double(m_elapsed.nsecsElapsed()) / 1e6 * m_factor)); }
    int timerMs(qint64 ms) const override { return int(std::ceil(double(std::max<qint64>(0, ms)) / m_factor)); }
    double factor() const { return m_factor; }

private:
    double m_factor;
    QDateTime m_origin;
    QElapsedTimer m_elapsed;
};

}  // namespace tunedrop::test
