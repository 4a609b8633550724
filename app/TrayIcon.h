#pragma once

#include "queue/Job.h"

#include <QObject>
#include <QHash>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace tunedrop {

// The system tray icon (where the desktop has a tray): a menu to show the window, pause the
// queue or quit, and a notification when a job finishes or fails (can be turned off).
class TrayIcon : public QObject {
    Q_OBJECT
public:
    TrayIcon(QWidget *window, QAction *pauseQueue, QAction *quit);

    bool isAvailable() const { return m_tray != nullptr; }
    void setNotificationsEnabled(bool on) { m_notify = on; }
    // Called for every job change; notifies once per job when it ends.
    void jobChanged(const Job &job);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_notify = true;
    QHash<QUuid, JobState> m_lastState;  // notify on the transition into an end state only
};

}  // namespace tunedrop
