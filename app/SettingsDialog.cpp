#include "SettingsDialog.h"

#include "library/FileNaming.h"
#include "settings/Settings.h"
#include "transcode/EncoderSettings.h"
#include "transcode/TrackMetadata.h"

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

namespace {
constexpr int kBitrates[] = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
const QString kLoopback = QStringLiteral("127.0.0.1");
const QString kAnyAddress = QStringLiteral("0.0.0.0");

template <class W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// Red that stays readable on light and dark palettes.
QColor errorColor(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1b, 0x24);
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

QLabel *hintLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Take the whole field column; a wrapped label otherwise picks a narrow width of its own.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QFormLayout *newForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}
}  // namespace

class SettingsDialog::Private {
    // The dialog's own translation context, so lupdate and tr() agree on it.
    Q_DECLARE_TR_FUNCTIONS(tunedrop::SettingsDialog)
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
    bool removePasswordPending = false;
    // Tools
    QLineEdit *ytDlp = nullptr;
    // Interface
    QComboBox *language = nullptr;
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
    bool passwordWillBeSet() const;
    bool fail(QWidget *field, const QString &text);
    void showMessage(const QString &text);
    void growToFit();

    static QLabel *label(const QString &text, QWidget *buddy)
    {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    }
};

QHBoxLayout *SettingsDialog::Private::pathRow(QLineEdit *edit, const char *buttonName, const QString &accessibleName,
                                              const std::function<QString()> &choose)
{
    auto *browse = named(new QPushButton(tr("&Browse…")), buttonName, accessibleName);
    QObject::connect(browse, &QPushButton::clicked, q, [edit, choose] {
        const QString chosen = choose();
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

QWidget *SettingsDialog::Private::buildOutputTab()
{
    auto *page = new QWidget;
    outputForm = newForm(page);

    outputDir = named(new QLineEdit, "outputDir", tr("Output folder"));
    outputForm->addRow(label(tr("Output &folder:"), outputDir),
                       pathRow(outputDir, "outputDirBrowse", tr("Browse for the output folder"), [this] {
                           return QFileDialog::getExistingDirectory(q, tr("Choose the Output Folder"),
                                                                    outputDir->text());
                       }));

    mode = named(new QComboBox, "encoderMode", tr("Encoding"));
    mode->addItem(tr("Constant bitrate (CBR)"), int(EncoderSettings::Mode::Cbr));
    mode->addItem(tr("Variable bitrate (VBR)"), int(EncoderSettings::Mode::Vbr));
    outputForm->addRow(label(tr("&Encoding:"), mode), mode);

    bitrate = named(new QComboBox, "bitrate", tr("Bitrate"));
    for (int kbps : kBitrates)
        bitrate->addItem(tr("%1 kbps").arg(kbps), kbps);
    outputForm->addRow(label(tr("Bit&rate:"), bitrate), bitrate);

    vbrQuality = named(new QSpinBox, "vbrQuality", tr("VBR quality"));
    vbrQuality->setRange(0, 9);
    vbrQuality->setPrefix(QStringLiteral("V"));
    vbrQuality->setToolTip(tr("0 is the best quality and the largest file, 9 the smallest file."));
    vbrHint = hintLabel(QString());
    vbrHint->setWordWrap(false);
    vbrHint->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    vbrRow = new QHBoxLayout;
    vbrRow->addWidget(vbrQuality);
    vbrRow->addWidget(vbrHint, 1);
    outputForm->addRow(label(tr("&VBR quality:"), vbrQuality), vbrRow);

    id3 = named(new QComboBox, "id3Version", tr("ID3 tag version"));
    id3->addItem(tr("ID3v2.4"), int(EncoderSettings::Id3Version::V24));
    id3->addItem(tr("ID3v2.3 (for older players)"), int(EncoderSettings::Id3Version::V23));
    outputForm->addRow(label(tr("I&D3 tags:"), id3), id3);

    streamCopy = named(new QCheckBox(tr("Copy MP3 &sources without re-encoding when possible")), "streamCopy",
                       tr("Copy MP3 sources without re-encoding when possible"));
    outputForm->addRow(QString(), streamCopy);

    fileTemplate = named(new QLineEdit, "fileNameTemplate", tr("File name template"));
    const QString placeholders = tr("Placeholders: {title} {artist} {album} {date} {track}");
    fileTemplate->setToolTip(placeholders);
    fileTemplate->setAccessibleDescription(placeholders);
    outputForm->addRow(label(tr("File &name:"), fileTemplate), fileTemplate);
    preview = named(hintLabel(QString()), "templatePreview", tr("File name preview"));
    preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outputForm->addRow(QString(), preview);

    QObject::connect(mode, &QComboBox::currentIndexChanged, q, [this] { updateEncoderRows(); });
    QObject::connect(vbrQuality, &QSpinBox::valueChanged, q, [this] { updateEncoderRows(); });
    QObject::connect(fileTemplate, &QLineEdit::textChanged, q, [this] { updatePreview(); });
    return page;
}

QWidget *SettingsDialog::Private::buildQueueTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page);

    workers = named(new QSpinBox, "workers", tr("Simultaneous conversions"));
    workers->setRange(1, 16);
    form->addRow(label(tr("&Simultaneous conversions:"), workers), workers);

    retention = named(new QSpinBox, "retentionHours", tr("Delete MP3s after hours"));
    retention->setRange(1, Settings::kMaxRetentionHours);
    retention->setSuffix(tr(" hours"));
    keepForever = named(new QCheckBox(tr("&Keep forever")), "keepForever", tr("Keep MP3s forever"));
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(retention);
    retentionRow->addSpacing(12);
    retentionRow->addWidget(keepForever);
    retentionRow->addStretch(1);
    form->addRow(label(tr("&Delete MP3s after:"), retention), retentionRow);

    playlistLimit = named(new QSpinBox, "playlistLimit", tr("Most tracks taken from a playlist"));
    playlistLimit->setRange(1, Settings::kMaxPlaylistLimit);
    form->addRow(label(tr("Most tracks per &playlist:"), playlistLimit), playlistLimit);

    auto minutesSpin = [](QSpinBox *spin) {
        spin->setRange(0, Settings::kMaxTimeLimitSeconds / 60);
        spin->setSuffix(tr(" min"));
        spin->setSpecialValueText(tr("Off"));
        return spin;
    };
    softLimit = minutesSpin(named(new QSpinBox, "softTimeLimit", tr("Soft time limit in minutes")));
    form->addRow(label(tr("Soft time &limit:"), softLimit), softLimit);
    hardLimit = minutesSpin(named(new QSpinBox, "hardTimeLimit", tr("Hard time limit in minutes")));
    form->addRow(label(tr("&Hard time limit:"), hardLimit), hardLimit);
    form->addRow(QString(), hintLabel(tr("A conversion running longer than the soft limit is marked as slow; "
                                         "at the hard limit it is stopped and tried again.")));

    // One width for all the spin boxes, so they line up as a column.
    const QList<QSpinBox *> spins = {workers, retention, playlistLimit, softLimit, hardLimit};
    int width = 0;
    for (QSpinBox *spin : spins)
        width = std::max(width, spin->sizeHint().width());
    for (QSpinBox *spin : spins)
        spin->setMinimumWidth(width);

    QObject::connect(keepForever, &QCheckBox::toggled, retention, &QWidget::setDisabled);
    QObject::connect(retention, &QSpinBox::valueChanged, q, [this] { updateRetentionSuffix(); });
    return page;
}

QWidget *SettingsDialog::Private::buildWebTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    webEnabled = named(new QCheckBox(tr("&Enable the web server")), "webEnabled", tr("Enable the web server"));
    layout->addWidget(webEnabled);
    // Everything below lines up with the check box's text, as its dependants.
    const int indent = q->style()->pixelMetric(QStyle::PM_IndicatorWidth)
        + q->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    auto *hint = hintLabel(tr("Convert links from a browser on this computer or, with a password, "
                              "from other devices on your network."));
    hint->setContentsMargins(indent, 0, 0, 0);
    layout->addWidget(hint);

    webFields = new QWidget;
    auto *form = newForm(webFields);
    form->setContentsMargins(indent, 0, 0, 0);
    port = named(new QSpinBox, "webPort", tr("Port"));
    port->setRange(Settings::kMinWebPort, Settings::kMaxWebPort);
    form->addRow(label(tr("Po&rt:"), port), port);

    listen = named(new QComboBox, "listenAddress", tr("Listen on"));
    listen->addItem(tr("This computer only (127.0.0.1)"), kLoopback);
    listen->addItem(tr("Local network (all addresses)"), kAnyAddress);
    form->addRow(label(tr("&Listen on:"), listen), listen);

    password = named(new QLineEdit, "webPassword", tr("Access password"));
    password->setEchoMode(QLineEdit::Password);
    removePassword = named(new QPushButton(tr("Re&move password")), "removePassword", tr("Remove password"));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(password, 1);
    passwordRow->addWidget(removePassword);
    form->addRow(label(tr("Access &password:"), password), passwordRow);
    passwordHint = named(hintLabel(QString()), "passwordHint", tr("Password status"));
    form->addRow(QString(), passwordHint);
    layout->addWidget(webFields);
    layout->addStretch(1);

    QObject::connect(webEnabled, &QCheckBox::toggled, webFields, &QWidget::setEnabled);
    QObject::connect(password, &QLineEdit::textChanged, q, [this] { updatePasswordState(); });
    QObject::connect(removePassword, &QPushButton::clicked, q, [this] {
        removePasswordPending = true;
        password->clear();
        updatePasswordState();
        password->setFocus();
    });
    return page;
}

QWidget *SettingsDialog::Private::buildToolsTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    ytDlp = named(new QLineEdit, "ytDlpPath", tr("yt-dlp program"));
    ytDlp->setPlaceholderText(tr("yt-dlp from the system PATH"));
    form->addRow(label(tr("&yt-dlp program:"), ytDlp),
                 pathRow(ytDlp, "ytDlpBrowse", tr("Browse for the yt-dlp program"), [this] {
                     return QFileDialog::getOpenFileName(q, tr("Choose the yt-dlp Program"), ytDlp->text());
                 }));
    form->addRow(QString(), hintLabel(tr("yt-dlp fetches audio from video and streaming sites. Leave this "
                                         "empty to use the one found on the system PATH.")));
    return page;
}

QWidget *SettingsDialog::Private::buildInterfaceTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    language = named(new QComboBox, "language", tr("Language"));
    language->addItem(tr("System default"), QString());
    // Each language is named in itself, so it can be found whatever the current language.
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    form->addRow(label(tr("&Language:"), language), language);
    form->addRow(QString(), hintLabel(tr("A new language is used the next time TuneDrop starts.")));
    notify = named(new QCheckBox(tr("&Notify me when conversions finish")), "notifyOnFinish",
                   tr("Notify me when conversions finish"));
    form->addRow(QString(), notify);
    closeToTray = named(new QCheckBox(tr("Keep running in the &system tray when the window is closed")),
                        "closeToTray", tr("Keep running in the system tray when the window is closed"));
    form->addRow(QString(), closeToTray);
    return page;
}

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

    updateEncoderRows();
    updatePreview();
    updateRetentionSuffix();
    updatePasswordState();
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
        growToFit();
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
    growToFit();
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
    growToFit();
}

// Wrapped text that gets longer (a message, the preview) needs more height at the current
// width; a shown top-level window does not grow by itself, the tabs would be squeezed.
void SettingsDialog::Private::growToFit()
{
    if (!q->isVisible())
        return;
    QLayout *layout = q->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(q->width())
                                                   : layout->totalSizeHint().height();
    if (needed > q->height())
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
    settings.setLanguage(language->currentData().toString());
    settings.setNotifyOnFinish(notify->isChecked());
    settings.setCloseToTray(closeToTray->isChecked());
    password->clear();
    removePasswordPending = false;
    loadedSoftSeconds = settings.softTimeLimitSeconds();
    loadedHardSeconds = settings.hardTimeLimitSeconds();
    updatePasswordState();
}

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), d(new Private(this, settings))
{
    setWindowTitle(tr("Settings"));
    d->tabs = named(new QTabWidget, "tabs", tr("Settings categories"));
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

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

}  // namespace tunedrop
