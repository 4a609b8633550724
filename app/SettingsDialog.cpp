#include "SettingsDialog.h"

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

#include <algorithm>
#include <functional>

#include "PageSizedTabWidget.h"
#include "SettingsDialogPrivate.h"

namespace tunedrop {

using namespace settingsdialog;

void SettingsDialog::Private::load()
{
    outputDir->setText(QDir::toNativeSeparators(settings.outputDir()));
    const EncoderSettings e = settings.encoder();
    mode->setCurrentIndex(mode->findData(int(e.mode)));
    const int rate = bitrate->findData(e.bitrateKbps);  // kept in VBR mode too; may be invalid there
    bitrate->setCurrentIndex(rate >= 0 ? rate : bitrate->findData(EncoderSettings().bitrateKbps));
    vbrQuality->setValue(e.vbrQuality);
    id3->setCurrentIndex(id3->findData(int(e.id3Version)));
    streamCopy->setChecked(e.allowStreamCopy);
    fileTemplate->setText(settings.fileNameTemplate());

    workers->setValue(settings.workers());
    const int hours = settings.retentionHours();
    keepForever->setChecked(hours == 0);
    retention->setValue(hours == 0 ? 8 : hours);
    retention->setDisabled(hours == 0);
    playlistLimit->setValue(settings.playlistLimit());
    loadedSoftSeconds = settings.softTimeLimitSeconds();
    loadedHardSeconds = settings.hardTimeLimitSeconds();
    softLimit->setValue((loadedSoftSeconds + 59) / 60);
    hardLimit->setValue((loadedHardSeconds + 59) / 60);

    webEnabled->setChecked(settings.webEnabled());
    webFields->setEnabled(settings.webEnabled());
    port->setValue(settings.webPort());
    const QString address = settings.webListenAddress();
    if (listen->findData(address) < 0)
        listen->addItem(tr("Only the address %1").arg(address), address);
    listen->setCurrentIndex(listen->findData(address));
    password->clear();
    removePasswordPending = false;

    ytDlp->setText(QDir::toNativeSeparators(settings.ytDlpPath()));

    const QString lang = settings.language();
    if (language->findData(lang) < 0)
        language->addItem(QLocale(lang).nativeLanguageName(), lang);
    language->setCurrentIndex(language->findData(lang));
    notify->setChecked(settings.notifyOnFinish());
    closeToTray->setChecked(settings.closeToTray());
    theme->setCurrentIndex(std::max(0, theme->findData(settings.theme())));

    updateEncoderRows();
    updatePreview();
    updateRetentionSuffix();
    updatePasswordState();
    updateWebAddresses();
}

EncoderSettings SettingsDialog::Private::currentEncoder() const
{
    EncoderSettings e = mode->currentData().toInt() == int(EncoderSettings::Mode::Vbr)
        ? EncoderSettings::vbr(vbrQuality->value())
        : EncoderSettings::cbr(bitrate->currentData().toInt());
    // Keep the other mode's value too, so switching back later finds it unchanged.
    e.bitrateKbps = bitrate->currentData().toInt();
    e.vbrQuality = vbrQuality->value();
    e.id3Version = EncoderSettings::Id3Version(id3->currentData().toInt());
    e.allowStreamCopy = streamCopy->isChecked();
    return e;
}

void SettingsDialog::Private::updateEncoderRows()
{
    const bool vbr = mode->currentData().toInt() == int(EncoderSettings::Mode::Vbr);
    outputForm->setRowVisible(bitrate, !vbr);
    outputForm->setRowVisible(vbrRow, vbr);
    vbrHint->setText(tr("about %1 kbps (0 = best, 9 = smallest)")
                         .arg(EncoderSettings::vbr(vbrQuality->value()).nominalBitrateKbps()));
}

void SettingsDialog::Private::updatePreview()
{
    const QString error = Settings::validateFileNameTemplate(fileTemplate->text());
    if (!error.isEmpty()) {
        preview->setText(error);
        preview->setForegroundRole(QPalette::WindowText);
        setTextColor(preview, errorColor(preview));
        fitToPage();
        return;
    }
    TrackMetadata sample;
    sample.title = tr("Blue in Green");
    sample.artist = tr("Miles Davis");
    sample.album = tr("Kind of Blue");
    sample.date = QStringLiteral("1959-08-17");
    sample.track = 3;
    const QString name = FileNaming::fromTemplate(fileTemplate->text().trimmed(), sample, sample.title);
    preview->setText(tr("Example: %1").arg(name + QStringLiteral(".mp3")));
    preview->setPalette(QPalette());
    preview->setForegroundRole(QPalette::PlaceholderText);
    fitToPage();
}

void SettingsDialog::Private::updateRetentionSuffix()
{
    retention->setSuffix(retention->value() == 1 ? tr(" hour") : tr(" hours"));
}

bool SettingsDialog::Private::passwordWillBeSet() const
{
    return !password->text().isEmpty() || (settings.webPasswordSet() && !removePasswordPending);
}

void SettingsDialog::Private::updatePasswordState()
{
    const bool stored = settings.webPasswordSet() && !removePasswordPending;
    password->setPlaceholderText(stored ? tr("unchanged") : QString());
    removePassword->setEnabled(stored);
    if (!password->text().isEmpty())
        passwordHint->setText(stored ? tr("The new password replaces the current one when you apply.")
                                     : tr("The password is set when you apply."));
    else if (stored)
        passwordHint->setText(tr("A password is set. Type a new one to replace it."));
    else if (removePasswordPending)
        passwordHint->setText(tr("The password is removed when you apply."));
    else
        passwordHint->setText(tr("No password is set. One is needed to listen on the local network."));
}

void SettingsDialog::Private::showMessage(const QString &text)
{
    message->setText(text);
    message->setVisible(!text.isEmpty());
    fitToPage();
}

// The dialog is as tall as the page on show needs (PageSizedTabWidget), no taller: switching
// from the longest tab back to a short one shrinks it again. Wrapped text that gets longer (a
// message, the preview) is measured at the current width.
void SettingsDialog::Private::fitToPage()
{
    if (!q->isVisible())
        return;
    QLayout *layout = q->layout();
    layout->invalidate();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(q->width())
                                                   : layout->totalSizeHint().height();
    q->resize(q->width(), needed);
}

bool SettingsDialog::Private::fail(QWidget *field, const QString &text)
{
    showMessage(text);
    QAccessibleEvent alert(message, QAccessible::Alert);  // screen readers announce the refusal
    QAccessible::updateAccessibility(&alert);
    for (int i = 0; field && i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(field)) {
            tabs->setCurrentIndex(i);
            break;
        }
    }
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
    return false;
}

void SettingsDialog::Private::save()
{
    settings.setOutputDir(QDir::fromNativeSeparators(outputDir->text().trimmed()));
    settings.setEncoder(currentEncoder());
    settings.setFileNameTemplate(fileTemplate->text());
    settings.setWorkers(workers->value());
    settings.setRetentionHours(keepForever->isChecked() ? 0 : retention->value());
    settings.setPlaylistLimit(playlistLimit->value());
    settings.setSoftTimeLimitSeconds(seconds(softLimit, loadedSoftSeconds));
    settings.setHardTimeLimitSeconds(seconds(hardLimit, loadedHardSeconds));
    settings.setWebEnabled(webEnabled->isChecked());
    settings.setWebPort(port->value());
    if (!password->text().isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);  // key derivation takes a moment
        settings.setWebPassword(password->text());
        QApplication::restoreOverrideCursor();
    } else if (removePasswordPending) {
        settings.clearWebPassword();
    }
    settings.setWebListenAddress(listen->currentData().toString());
    settings.setYtDlpPath(QDir::fromNativeSeparators(ytDlp->text().trimmed()));
    settings.setCookieSource(ytDlpPanel->cookieSource());
    settings.setCookiesBrowser(ytDlpPanel->browserSpec());
    settings.setLanguage(language->currentData().toString());
    settings.setNotifyOnFinish(notify->isChecked());
    settings.setCloseToTray(closeToTray->isChecked());
    settings.setTheme(theme->currentData().toString());
    password->clear();
    removePasswordPending = false;
    loadedSoftSeconds = settings.softTimeLimitSeconds();
    loadedHardSeconds = settings.hardTimeLimitSeconds();
    updatePasswordState();
}

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent, CookieVault *vault)
    : QDialog(parent), d(new Private(this, settings))
{
    d->vault = vault;
    setWindowTitle(tr("Settings"));
    d->tabs = named(new PageSizedTabWidget, "tabs", tr("Settings categories"));
    d->tabs->addTab(d->buildOutputTab(), tr("O&utput"));
    d->tabs->addTab(d->buildQueueTab(), tr("&Queue"));
    d->tabs->addTab(d->buildWebTab(), tr("&Web server"));
    d->tabs->addTab(d->buildToolsTab(), tr("&Tools"));
    d->tabs->addTab(d->buildInterfaceTab(), tr("&Interface"));
    const char *pageNames[] = {"outputTab", "queueTab", "webTab", "toolsTab", "interfaceTab"};
    for (int i = 0; i < d->tabs->count(); ++i)
        d->tabs->widget(i)->setObjectName(QLatin1String(pageNames[i]));

    d->message = named(new QLabel, "validationMessage", tr("Problem with the settings"));
    d->message->setWordWrap(true);
    d->message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(d->message, errorColor(this));
    d->message->hide();

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                               | QDialogButtonBox::Apply),
                          "buttons", tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->tabs, 1);
    layout->addWidget(d->message);
    layout->addWidget(buttons);
    d->load();
    // Queued: the tab widget lays out the new page first.
    connect(d->tabs, &QTabWidget::currentChanged, this, [this] { d->fitToPage(); }, Qt::QueuedConnection);
}

SettingsDialog::~SettingsDialog() { delete d; }

bool SettingsDialog::apply()
{
    // In tab order; the first failure is shown and nothing is saved.
    const std::pair<QWidget *, std::function<QString()>> checks[] = {
        {d->outputDir, [this] { return Settings::validateOutputDir(QDir::fromNativeSeparators(d->outputDir->text())); }},
        {d->mode, [this] { return d->currentEncoder().validationError(); }},
        {d->fileTemplate, [this] { return Settings::validateFileNameTemplate(d->fileTemplate->text()); }},
        {d->softLimit, [this] {
             return Settings::validateTimeLimits(Private::seconds(d->softLimit, d->loadedSoftSeconds),
                                                 Private::seconds(d->hardLimit, d->loadedHardSeconds));
         }},
        {d->port, [this] { return Settings::validatePort(d->port->value()); }},
        // A listen address only matters while the server is on (and is never used without a password).
        {d->listen, [this] {
             return d->webEnabled->isChecked()
                 ? Settings::validateListenAddress(d->listen->currentData().toString(), d->passwordWillBeSet())
                 : QString();
         }},
        {d->ytDlp, [this] { return Settings::validateYtDlpPath(QDir::fromNativeSeparators(d->ytDlp->text())); }},
        {d->tabs->findChild<QComboBox *>(QStringLiteral("cookiesBrowserSpec")), [this] { return d->ytDlpPanel->validate(); }},
    };
    for (const auto &[field, check] : checks)
        if (const QString error = check(); !error.isEmpty())
            return d->fail(field, error);

    d->save();
    if (!d->settings.sync())
        return d->fail(nullptr, tr("The settings could not be saved. Check that the settings folder is writable."));
    d->showMessage(QString());
    emit settingsApplied();
    return true;
}

QString SettingsDialog::validationMessage() const { return d->message->text(); }

YtDlpPanel *SettingsDialog::ytDlpPanel() const { return d->ytDlpPanel; }

void SettingsDialog::showPage(const QString &objectName)
{
    for (int i = 0; i < d->tabs->count(); ++i)
        if (!objectName.isEmpty() && d->tabs->widget(i)->objectName() == objectName)
            d->tabs->setCurrentIndex(i);
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::done(int result)
{
    d->ytDlpPanel->cancelWork();
    QDialog::done(result);
}

}  // namespace tunedrop
