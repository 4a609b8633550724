#pragma once

#include "settings/Settings.h"
#include "source/YtDlpStatus.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <memory>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;

namespace tunedrop {

class BackgroundTasks;
class CookieVault;

// The yt-dlp part of Settings ▸ Tools: which yt-dlp is used and its version, a warning when it
// is older than 60 days, Update yt-dlp / Roll back (run in the background, verified by
// YtDlpUpdater), the JavaScript runtime yt-dlp gets, and the sign-in cookies: none, an imported
// cookies.txt (kept in the keychain) or a browser's. Probing runs off the GUI thread.
// Its rows go into the given form, so they line up with the tab's other fields.
class YtDlpPanel : public QObject {
    Q_OBJECT
public:
    YtDlpPanel(Settings &settings, CookieVault *vault, QFormLayout *form, QWidget *parentWidget);
    ~YtDlpPanel() override;

    // Tests: the date the age warning is measured against (default: today).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // Probes again, for `configuredPath` (the path field as typed) when given.
    void refresh(const QString &configuredPath);
    const YtDlpStatus &status() const { return m_status; }
    bool isBusy() const;

    // The cookie choice, saved by the dialog with the other settings.
    void load();
    Settings::CookieSource cookieSource() const;
    QString browserSpec() const;
    QString validate() const;  // empty when the choice can be saved

    // The Import button's work once a file is chosen; false with the reason shown.
    bool importCookiesFrom(const QString &path);
    void forgetCookies();
    void updateYtDlp();
    void rollBackYtDlp();
    // The dialog is closing: an update in flight stops at once and installs nothing; the
    // thread ends in the background (nothing here waits for it).
    void cancelWork();

signals:
    void statusChanged();        // a probe finished
    void updateFinished(bool ok, const QString &message);
    void signInChanged();        // cookies imported or forgotten

private:
    Settings &m_settings;
    CookieVault *m_vault;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    YtDlpStatus m_status;
    QString m_configuredPath;
    std::unique_ptr<BackgroundTasks> m_tasks;
    bool m_hasStoredCookies = false;
    bool m_probed = false;

    QLabel *m_summary, *m_ageWarning, *m_updateResult, *m_runtime, *m_cookieStatus;
    QPushButton *m_update, *m_rollBack, *m_import, *m_forget;
    QButtonGroup *m_cookieChoice;
    QRadioButton *m_none, *m_file, *m_browser;
    QComboBox *m_browserSpec;
    QWidget *m_parentWidget;

    void showStatus();
    void updateCookieRows();
    void setCookieStatus(const QString &text, bool error);
};

}  // namespace tunedrop
