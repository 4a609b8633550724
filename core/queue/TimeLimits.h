#pragma once

#include <QTimer>

#include <functional>

namespace tunedrop {

// One attempt's soft and hard time limit (either may be off): `onSoft` once past the soft one
// (the job gets a warning), `onHard` once past the hard one (the queue stops the attempt).
// They stand still while the attempt is paused: stopped with what was left, restarted with it.
// Lives on the queue's thread.
class TimeLimits {
public:
    // Real milliseconds (the queue's clock converted them); 0 or less: that limit is off.
    TimeLimits(int softMs, int hardMs, std::function<void()> onSoft, std::function<void()> onHard);
    TimeLimits(const TimeLimits &) = delete;
    TimeLimits &operator=(const TimeLimits &) = delete;

    void hold(bool paused);
    void stop();
    bool isHeld() const { return m_held; }

private:
    struct Limit {
        QTimer timer;
        int leftMs = -1;  // while held: what was left (-1: not running)
    };
    static void hold(Limit &limit, bool paused);

    Limit m_soft;
    Limit m_hard;
    bool m_held = false;
};

}  // namespace tunedrop
