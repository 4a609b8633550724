#pragma once

#include "queue/Job.h"

#include <QObject>
#include <QStringList>

#include <vector>

namespace tunedrop {

class JobQueue;

// `tunedrop --headless --once ITEM...`: adds every item to the (persistent) queue and waits for
// them; prints each MP3's absolute path on stdout in the order given (a playlist prints one
// line per entry) and "error: ITEM: reason" on stderr for each failure. Exit status 0 only when
// everything succeeded. Interrupted, the jobs stay queued and finish on the next start.
class OnceRunner : public QObject {
    Q_OBJECT
public:
    OnceRunner(JobQueue *queue, QStringList items, QString outputDir, QObject *parent = nullptr);

    void start();
    // SIGINT/SIGTERM: report what is unfinished; the queue keeps those jobs for next time.
    void interrupt();

signals:
    void finished(int exitCode);

private:
    struct Item {
        QString input;
        QUuid id;
        QString refusal;
    };
    // Lines for item i when it has finished, or false while it is still running.
    bool collect(const Item &item, QStringList *out, QStringList *errors, bool *failed) const;
    void printReady();

    JobQueue *m_queue;
    QStringList m_inputs;
    QString m_outputDir;
    std::vector<Item> m_items;
    std::size_t m_printed = 0;
    int m_failures = 0;
    bool m_done = false;
};

}  // namespace tunedrop
