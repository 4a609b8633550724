#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace tunedrop {

TrayIcon::TrayIcon(QWidget *window, QAction *pauseQueue, QAction *quit) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("TuneDrop"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("&Show TuneDrop"), window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    menu->addAction(pauseQueue);
    menu->addSeparator();
    menu->addAction(quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [window](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            window->setVisible(!window->isVisible());
            if (window->isVisible())
                window->activateWindow();
        }
    });
    m_tray->show();
}

void TrayIcon::jobChanged(const Job &job)
{
    const auto previous = m_lastState.constFind(job.id);
    const bool ended = previous != m_lastState.cend() && !isTerminalState(*previous) && isTerminalState(job.state);
    m_lastState.insert(job.id, job.state);
    if (!m_tray || !m_notify || !ended)
        return;
    if (job.state == JobState::Done && !job.outputPath.isEmpty())
        m_tray->showMessage(tr("MP3 ready"), job.displayTitle(), QSystemTrayIcon::Information, 5000);
    else if (job.state == JobState::Failed)
        m_tray->showMessage(tr("Could not convert"), job.displayTitle() + QLatin1Char('\n') + job.errorMessage(),
                            QSystemTrayIcon::Warning, 8000);
}

}  // namespace tunedrop
