#pragma once

#include <QLabel>

namespace tunedrop {

class JobQueue;

// "Queue paused" in the status bar for as long as the queue is paused, so a paused queue never
// looks like a stuck one; hidden otherwise.
class QueuePausedLabel : public QLabel {
    Q_OBJECT
public:
    explicit QueuePausedLabel(JobQueue *queue, QWidget *parent = nullptr);

private:
    void update(bool paused);
};

}  // namespace tunedrop
