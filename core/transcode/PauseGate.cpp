#include "PauseGate.h"

namespace tunedrop {

namespace {
qint64 msBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}
}  // namespace

void PauseGate::pause()
{
    const std::lock_guard lock(m_mutex);
    if (m_paused.load())
        return;
    m_since = Clock::now();
    m_paused.store(true, std::memory_order_release);
}

void PauseGate::resume()
{
    const std::lock_guard lock(m_mutex);
    if (!m_paused.load())
        return;
    m_pausedMs += msBetween(m_since, Clock::now());
    m_paused.store(false, std::memory_order_release);
    m_changed.notify_all();
}

bool PauseGate::wait(const std::atomic_bool &cancel)
{
    if (!isPaused())
        return !cancel.load();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_paused.load() || cancel.load(); });
    return !cancel.load();
}

void PauseGate::interrupt()
{
    // Under the mutex: a waiter between its check and its sleep cannot miss the wake-up.
    const std::lock_guard lock(m_mutex);
    m_changed.notify_all();
}

qint64 PauseGate::pausedMs() const
{
    const std::lock_guard lock(m_mutex);
    return m_pausedMs + (m_paused.load() ? msBetween(m_since, Clock::now()) : 0);
}

}  // namespace tunedrop
