#include "QueuePauseAction.h"

#include "queue/JobQueue.h"

#include <QAction>
#include <QApplication>
#include <QStyle>

namespace tunedrop {

QueuePauseAction::QueuePauseAction(QAction *action, JobQueue *queue) : QObject(action), m_action(action)
{
    connect(queue, &JobQueue::pausedChanged, this, &QueuePauseAction::update);
    update(queue->isPaused());
}

void QueuePauseAction::update(bool paused)
{
    // The icon shows what the action does, like a player's button: play resumes, pause pauses.
    m_action->setIcon(QApplication::style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_action->setText(paused ? tr("Resume &Queue") : tr("P&ause Queue"));
    const QString tip = paused ? tr("Go on with the paused jobs from where they stopped, and start queued ones")
                               : tr("Stop running jobs where they are and start no new ones until resumed");
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

}  // namespace tunedrop
