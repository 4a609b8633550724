#include "QueuePausedLabel.h"

#include "queue/JobQueue.h"

namespace tunedrop {

QueuePausedLabel::QueuePausedLabel(JobQueue *queue, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("queuePausedLabel"));
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setContentsMargins(8, 0, 8, 0);  // apart from a long temporary message on its left
    setText(tr("Queue paused"));
    setToolTip(tr("Running jobs stand still where they are and no new ones start. Resume Queue (Ctrl+P) goes on."));
    connect(queue, &JobQueue::pausedChanged, this, &QueuePausedLabel::update);
    update(queue->isPaused());
}

void QueuePausedLabel::update(bool paused)
{
    setVisible(paused);
}

}  // namespace tunedrop
