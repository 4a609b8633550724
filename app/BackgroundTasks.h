#pragma once

#include <QList>
#include <QObject>
#include <QThread>

#include <functional>

namespace tunedrop {

// Runs blocking work (a yt-dlp probe or update, a keychain read) on its own thread and calls
// `done` on the owner's thread afterwards. The destructor waits for work still running, so
// `done` never runs after the owner is gone; work that takes long should watch a cancel flag the
// owner sets first.
class BackgroundTasks {
public:
    explicit BackgroundTasks(QObject *owner) : m_owner(owner) {}
    ~BackgroundTasks()
    {
        for (QThread *thread : std::as_const(m_threads)) {
            QObject::disconnect(thread, nullptr, m_owner, nullptr);
            thread->wait();
            delete thread;
        }
    }
    BackgroundTasks(const BackgroundTasks &) = delete;
    BackgroundTasks &operator=(const BackgroundTasks &) = delete;

    void run(std::function<void()> work, std::function<void()> done)
    {
        QThread *thread = QThread::create(std::move(work));
        m_threads << thread;
        QObject::connect(thread, &QThread::finished, m_owner, [this, thread, done = std::move(done)] {
            m_threads.removeOne(thread);
            thread->deleteLater();
            done();
        });
        thread->start();
    }
    int running() const { return int(m_threads.size()); }

private:
    QObject *m_owner;
    QList<QThread *> m_threads;
};

}  // namespace tunedrop
