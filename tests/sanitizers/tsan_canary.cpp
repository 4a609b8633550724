// Proves that the `tsan` configuration sees through Qt's own hand-offs, in both directions.
//
//   tsan_canary ordered   a worker thread fills a plain struct, then hands it to the main thread
//                         through a queued signal; the main thread reads it in the slot. Correct
//                         code: must run clean. Against Debian's uninstrumented QtCore, TSan
//                         cannot see the queued call's lock and reports a race here, so this
//                         passing is what shows the instrumented Qt (tests/sanitizers/qt_tsan.sh)
//                         is the one loaded.
//   tsan_canary racy      the same, but the worker writes the struct again after emitting: a
//                         real race that TSan must report (ctest expects the report), so the
//                         suppressions cannot hide a race on TuneDrop-side data.
//
// Built only when TUNEDROP_SANITIZE=thread; registered under the `tsan` label.
#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

struct Payload {
    int samples = 0;
    char title[32] = {};
};

Payload g_payload;  // shared without a lock on purpose: only the hand-off may order it

class Worker : public QObject {
    Q_OBJECT
public:
    explicit Worker(bool racy) : m_racy(racy) {}

    void run()
    {
        g_payload.samples = 2646000;
        std::strncpy(g_payload.title, "Blue in Green", sizeof g_payload.title - 1);
        emit handedOver();
        if (m_racy)
            g_payload.samples = 1;  // after the hand-off: unordered with the reader
    }

signals:
    void handedOver();

private:
    bool m_racy;
};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool racy = argc > 1 && std::strcmp(argv[1], "racy") == 0;
    QThread thread;
    Worker worker(racy);
    worker.moveToThread(&thread);
    int seen = 0;
    QObject::connect(&worker, &Worker::handedOver, &app, [&] {
        // Read after the queued call arrived; give a racy writer time to run in parallel.
        QThread::msleep(50);
        seen = g_payload.samples + int(std::strlen(g_payload.title));
        thread.quit();
    }, Qt::QueuedConnection);
    QObject::connect(&thread, &QThread::finished, &app, &QCoreApplication::quit);
    QObject::connect(&thread, &QThread::started, &worker, &Worker::run);
    thread.start();
    const int rc = app.exec();
    thread.wait();
    std::printf("tsan_canary %s: read %d\n", racy ? "racy" : "ordered", seen);
    return rc;
}

#include "tsan_canary.moc"
