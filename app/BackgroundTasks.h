#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace tunedrop {

// Runs blocking work (a yt-dlp probe or update, a keychain read) on its own thread and calls
// `done` on the owner's thread afterwards. The owner going away never waits for the work (a
// stalled update would freeze the window): the destructor sets the cancel flag, drops the `done`
// callbacks and lets the threads end in the background, each deleting itself. So work must never
// touch the owner: it takes its data by value or through shared pointers, and watches
// cancelFlag() in every step that can take long. main() gives threads still running a bounded
// moment with waitForStragglers() before the process ends.
class BackgroundTasks {
public:
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    explicit BackgroundTasks(QObject *owner) : m_owner(owner) {}
    ~BackgroundTasks()
    {
        m_cancel->store(true);
        // A thread in the list has not delivered its `finished` yet, so it is still alive.
        for (QThread *thread : std::as_const(m_threads))
            QObject::disconnect(thread, nullptr, m_owner, nullptr);
    }
    BackgroundTasks(const BackgroundTasks &) = delete;
    BackgroundTasks &operator=(const BackgroundTasks &) = delete;

    // The flag work started from now on watches; set by cancel() and by the destructor.
    CancelFlag cancelFlag() const { return m_cancel; }
    // Asks the work running now to stop; work started later gets a fresh flag.
    void cancel()
    {
        m_cancel->store(true);
        m_cancel = std::make_shared<std::atomic_bool>(false);
    }

    void run(std::function<void()> work, std::function<void()> done)
    {
        // Whatever owns the process (main(), a test), work still running gets a bounded moment
        // before the application object goes away under it.
        static const bool guarded = [] {
            qAddPostRoutine([] { waitForStragglers(10000); });
            return true;
        }();
        Q_UNUSED(guarded);
        ++liveThreads();
        QThread *thread = QThread::create([work = std::move(work)] {
            work();
            --liveThreads();
        });
        m_threads << thread;
        // Connected first, so it runs before the deleteLater below (same thread, same order).
        QObject::connect(thread, &QThread::finished, m_owner, [this, thread, done = std::move(done)] {
            m_threads.removeOne(thread);
            done();
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    }
    int running() const { return int(m_threads.size()); }

    // Work of any owner that has not returned yet.
    static int stragglers() { return liveThreads().load(); }
    // Waits (blocking, at most `timeoutMs`) until no work is left; for the end of main(), after
    // the window is gone. False when some is still running.
    static bool waitForStragglers(int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (stragglers() > 0 && !clock.hasExpired(timeoutMs))
            QThread::msleep(10);
        return stragglers() == 0;
    }

private:
    static std::atomic_int &liveThreads()
    {
        static std::atomic_int count{0};
        return count;
    }

    QObject *m_owner;
    QList<QThread *> m_threads;
    CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);
};

}  // namespace tunedrop
