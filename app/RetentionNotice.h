#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QRadioButton;

namespace tunedrop {

class Settings;

// The first-run question about the retention purge, as a non-modal bar at the top of the
// window: finished MP3s are deleted N hours after conversion (preselected: the original
// service's cleanup and the product's promise) or kept. OK stores the answer in Settings
// (retentionHours, retentionChoiceMade) and emits chosen(); it is asked again only while it
// has not been answered. Not asked when --retention-hours decides or the purge is already off.
class RetentionNotice : public QFrame {
    Q_OBJECT
public:
    explicit RetentionNotice(Settings &settings, QWidget *parent = nullptr);

    void askIfNeeded(bool retentionOverridden);
    // The settings changed elsewhere (the Settings dialog): keep the hours shown current, and
    // take "keep forever" chosen there as the answer.
    void refresh();
    QString message() const;

signals:
    void chosen();  // the settings hold the answer; apply it

private:
    void confirm();

    Settings &m_settings;
    QLabel *m_text;
    QRadioButton *m_delete, *m_keep;
    QPushButton *m_ok;
};

}  // namespace tunedrop
