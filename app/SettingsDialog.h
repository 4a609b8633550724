#pragma once

#include <QDialog>

namespace tunedrop {

class CookieVault;
class Settings;
class YtDlpPanel;

// Every setting in one dialog, grouped in tabs: Output (folder, quality CBR/VBR, file name
// template, ID3 version), Queue (workers, retention hours or never, playlist limit, time
// limits), Web server (on/off, port, localhost or LAN, access password), Tools (yt-dlp: path,
// version, update, JavaScript runtime, sign-in cookies),
// Interface (language, notifications, close to tray). OK validates every field and refuses
// invalid values with a message next to the field; nothing is saved until all are valid.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `vault` (optional) lets the Tools tab import and forget sign-in cookies.
    SettingsDialog(Settings &settings, QWidget *parent = nullptr, CookieVault *vault = nullptr);
    ~SettingsDialog() override;

    // Validates and saves; false (with the reason shown in the dialog) when a value is invalid.
    bool apply();
    QString validationMessage() const;

    void accept() override;
    // Closing (OK, Cancel, Escape, the window's close button) stops a yt-dlp update in flight
    // without waiting for it: the window never freezes on a stalled download.
    void done(int result) override;
    YtDlpPanel *ytDlpPanel() const;
    void showPage(const QString &objectName);  // "toolsTab", ...; unknown or empty: no change

signals:
    // Emitted after a successful apply(), so the app can apply changes live.
    void settingsApplied();

private:
    class Private;
    Private *d;
};

}  // namespace tunedrop
