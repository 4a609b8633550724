#pragma once

// Private to SettingsDialog: the dialog's widgets and helpers, shared by SettingsDialog.cpp
// (loading, validation, saving) and SettingsDialogPages.cpp (building the tabs).

#include "FormHelpers.h"
#include "WebAddressPanel.h"
#include "YtDlpPanel.h"
#include "library/FileNaming.h"
#include "settings/Settings.h"
#include "transcode/EncoderSettings.h"
#include "common/TrackMetadata.h"
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <functional>

namespace tunedrop {
namespace settingsdialog {
constexpr int kBitrates[] = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
inline const QString kLoopback = QStringLiteral("127.0.0.1");
inline const QString kAnyAddress = QStringLiteral("0.0.0.0");

inline QLabel *hintLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Take the whole field column; a wrapped label otherwise picks a narrow width of its own.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

inline QFormLayout *newForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}
}  // namespace settingsdialog

class SettingsDialog::Private {
    // The dialog's own translation context, so lupdate and tr() agree on it.
    Q_DECLARE_TR_FUNCTIONS(tunedrop::SettingsDialog::Private)
public:
    Private(SettingsDialog *dialog, Settings &s) : q(dialog), settings(s) {}

    SettingsDialog *q;
    Settings &settings;
    QTabWidget *tabs = nullptr;
    QLabel *message = nullptr;
    // Output
    QFormLayout *outputForm = nullptr;
    QHBoxLayout *vbrRow = nullptr;
    QLineEdit *outputDir = nullptr, *fileTemplate = nullptr;
    QComboBox *mode = nullptr, *bitrate = nullptr, *id3 = nullptr;
    QSpinBox *vbrQuality = nullptr;
    QLabel *vbrHint = nullptr, *preview = nullptr;
    QCheckBox *streamCopy = nullptr;
    // Queue
    QSpinBox *workers = nullptr, *retention = nullptr, *playlistLimit = nullptr, *softLimit = nullptr,
             *hardLimit = nullptr;
    QCheckBox *keepForever = nullptr;
    int loadedSoftSeconds = 0, loadedHardSeconds = 0;
    // Web server
    QCheckBox *webEnabled = nullptr;
    QWidget *webFields = nullptr;
    QSpinBox *port = nullptr;
    QComboBox *listen = nullptr;
    QLineEdit *password = nullptr;
    QPushButton *removePassword = nullptr;
    QLabel *passwordHint = nullptr;
    WebAddressPanel *webAddress = nullptr;  // what a phone opens with the port and address chosen
    bool removePasswordPending = false;
    // Tools
    QLineEdit *ytDlp = nullptr;
    YtDlpPanel *ytDlpPanel = nullptr;
    CookieVault *vault = nullptr;
    // Interface
    QComboBox *language = nullptr;
    QComboBox *theme = nullptr;
    QCheckBox *notify = nullptr, *closeToTray = nullptr;

    QWidget *buildOutputTab();
    QWidget *buildQueueTab();
    QWidget *buildWebTab();
    QWidget *buildToolsTab();
    QWidget *buildInterfaceTab();
    QHBoxLayout *pathRow(QLineEdit *edit, const char *buttonName, const QString &accessibleName,
                         const std::function<QString()> &choose);
    void load();
    void save();
    EncoderSettings currentEncoder() const;
    // Whole minutes in the spin box; a stored value that is not (240 s is, 90 s not) is kept
    // as long as its minute is not changed.
    static int seconds(const QSpinBox *minutes, int loadedSeconds)
    {
        return minutes->value() == (loadedSeconds + 59) / 60 ? loadedSeconds : minutes->value() * 60;
    }
    void updateEncoderRows();
    void updatePreview();
    void updateRetentionSuffix();
    void updatePasswordState();
    void updateWebAddresses();
    bool passwordWillBeSet() const;
    bool fail(QWidget *field, const QString &text);
    void showMessage(const QString &text);
    void fitToPage();

    static QLabel *label(const QString &text, QWidget *buddy)
    {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    }
};

}  // namespace tunedrop
