#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace tunedrop {

// "Pause Queue" for one attempt's work on worker threads. The loops that check a cancel flag
// (the encoder's, the MP3 stream copier's) also call wait(): it returns at once while the gate
// is open, and blocks while it is closed until resume() or until the caller's cancel flag is
// set and interrupt() wakes it to look. Other parts poll isPaused() and stop in their own way
// (the downloader closes its connection, a yt-dlp child gets SIGSTOP); pausedMs() lets time
// limits and stall clocks leave the paused time out. std::mutex and std::condition_variable
// for ThreadSanitizer (see GrowingFileState). Every method is thread-safe.
class PauseGate {
public:
    void pause();
    void resume();
    bool isPaused() const { return m_paused.load(std::memory_order_acquire); }

    // False when it returned because `cancel` is set, true when the gate is open.
    bool wait(const std::atomic_bool &cancel);
    // Wakes every waiter to look at its cancel flag again: call it after setting one.
    void interrupt();

    // The time the gate has been closed so far, the current pause included.
    qint64 pausedMs() const;

private:
    using Clock = std::chrono::steady_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::atomic_bool m_paused{false};  // written under m_mutex; read without it for the fast path
    Clock::time_point m_since{};       // when the current pause began
    qint64 m_pausedMs = 0;             // finished pauses
};

}  // namespace tunedrop
