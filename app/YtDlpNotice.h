#pragma once

#include "source/YtDlpStatus.h"

#include <QDate>
#include <QFrame>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace tunedrop {

class BackgroundTasks;
class Settings;

// A bar above the job list when links to video sites would fail or suffer: yt-dlp is missing,
// older than 60 days, or new enough to want a JavaScript runtime that is not installed. It says
// so in one line and offers the fix (Update yt-dlp, in the background) or the settings. Checked
// off the GUI thread at start-up and after the settings change; hidden when all is well or
// when the user closes it.
class YtDlpNotice : public QFrame {
    Q_OBJECT
public:
    YtDlpNotice(Settings &settings, QWidget *parent = nullptr);
    ~YtDlpNotice() override;

    void setToday(std::function<QDate()> today) { m_today = std::move(today); }  // tests
    void check();            // probes again (after the settings changed, an update)
    bool isBusy() const;
    QString message() const;

signals:
    void checked();                  // a probe finished (visible or not)
    void settingsRequested();        // "Settings…" was clicked
    void updateFinished(bool ok, const QString &message);

private:
    Settings &m_settings;
    std::unique_ptr<BackgroundTasks> m_tasks;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    bool m_dismissed = false;
    QLabel *m_text;
    QPushButton *m_update, *m_settingsButton, *m_close;

    void present(const YtDlpStatus &status);  // shows or hides the bar for this status
    void update();
};

}  // namespace tunedrop
