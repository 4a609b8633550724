#pragma once

#include <QObject>

class QAction;

namespace tunedrop {

class JobQueue;

// Keeps the one Pause/Resume Queue action (menu, toolbar, context menu and tray share it) true to
// the queue: "Pause Queue" with the pause icon while it runs, "Resume Queue" with the play icon
// while it is paused, and a tooltip that says what pausing does. A child of the action.
class QueuePauseAction : public QObject {
    Q_OBJECT
public:
    QueuePauseAction(QAction *action, JobQueue *queue);

private:
    void update(bool paused);

    QAction *m_action;
};

}  // namespace tunedrop
