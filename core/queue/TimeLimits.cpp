#include "TimeLimits.h"

#include <algorithm>
#include <utility>

namespace tunedrop {

TimeLimits::TimeLimits(int softMs, int hardMs, std::function<void()> onSoft, std::function<void()> onHard)
{
    const auto arm = [](Limit &limit, int ms, std::function<void()> fire) {
        if (ms <= 0)
            return;
        limit.timer.setSingleShot(true);
        QObject::connect(&limit.timer, &QTimer::timeout, std::move(fire));
        limit.timer.start(ms);
    };
    arm(m_soft, softMs, std::move(onSoft));
    arm(m_hard, hardMs, std::move(onHard));
}

void TimeLimits::hold(Limit &limit, bool paused)
{
    if (paused && limit.timer.isActive()) {
        limit.leftMs = std::max(0, limit.timer.remainingTime());
        limit.timer.stop();
    } else if (!paused && limit.leftMs >= 0) {
        limit.timer.start(std::exchange(limit.leftMs, -1));
    }
}

void TimeLimits::hold(bool paused)
{
    m_held = paused;
    hold(m_soft, paused);
    hold(m_hard, paused);
}

void TimeLimits::stop()
{
    m_soft.timer.stop();
    m_hard.timer.stop();
    m_soft.leftMs = m_hard.leftMs = -1;
}

}  // namespace tunedrop
