// SettingsDialog: building the five tabs. Loading, validation and saving are in SettingsDialog.cpp.
#include "SettingsDialog.h"
#include "SettingsDialogPrivate.h"
#include "web/WebAddresses.h"

namespace tunedrop {

using namespace settingsdialog;

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
    webAddress = named(new WebAddressPanel(WebAddressPanel::Style::Full), "webAddress", tr("Web page address"));
    form->addRow(tr("Open from a phone:"), webAddress);
    layout->addWidget(webFields);
    layout->addStretch(1);

    QObject::connect(webEnabled, &QCheckBox::toggled, webFields, &QWidget::setEnabled);
    QObject::connect(password, &QLineEdit::textChanged, q, [this] { updatePasswordState(); });
    QObject::connect(port, &QSpinBox::valueChanged, q, [this] { updateWebAddresses(); });
    QObject::connect(listen, &QComboBox::currentIndexChanged, q, [this] { updateWebAddresses(); });
    QObject::connect(removePassword, &QPushButton::clicked, q, [this] {
        removePasswordPending = true;
        password->clear();
        updatePasswordState();
        password->setFocus();
    });
    return page;
}

void SettingsDialog::Private::updateWebAddresses()
{
    webAddress->setAddresses(WebAddresses::urls(QHostAddress(listen->currentData().toString()), quint16(port->value()),
                                                WebAddresses::systemInterfaces()));
}

QWidget *SettingsDialog::Private::buildToolsTab()
{
    // The form, then a stretch: the page's spare height stays below the last row instead of
    // being spread between the wrapped status lines.
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    auto *form = newForm(nullptr);
    column->addLayout(form);
    column->addStretch(1);
    ytDlp = named(new QLineEdit, "ytDlpPath", tr("yt-dlp program"));
    ytDlp->setPlaceholderText(tr("yt-dlp from the system PATH"));
    form->addRow(label(tr("&yt-dlp program:"), ytDlp),
                 pathRow(ytDlp, "ytDlpBrowse", tr("Browse for the yt-dlp program"), [this] {
                     return QFileDialog::getOpenFileName(q, tr("Choose the yt-dlp Program"), ytDlp->text());
                 }));
    form->addRow(QString(), hintLabel(tr("yt-dlp fetches audio from video and streaming sites. Leave this "
                                         "empty to use the copy TuneDrop keeps up to date, else the one on the "
                                         "system PATH.")));
    ytDlpPanel = new YtDlpPanel(settings, vault, form, page);
    ytDlpPanel->setObjectName(QStringLiteral("ytDlpPanel"));
    QObject::connect(ytDlp, &QLineEdit::editingFinished, ytDlpPanel, [this] {
        ytDlpPanel->refresh(QDir::fromNativeSeparators(ytDlp->text().trimmed()));
    });
    QObject::connect(ytDlpPanel, &YtDlpPanel::statusChanged, q, [this] { fitToPage(); });
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
    theme = named(new QComboBox, "theme", tr("Colour scheme"));
    theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    theme->addItem(tr("Light"), QStringLiteral("light"));
    theme->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(label(tr("Colour sc&heme:"), theme), theme);
    notify = named(new QCheckBox(tr("&Notify me when conversions finish")), "notifyOnFinish",
                   tr("Notify me when conversions finish"));
    form->addRow(QString(), notify);
    closeToTray = named(new QCheckBox(tr("Keep running in the &system tray when the window is closed")),
                        "closeToTray", tr("Keep running in the system tray when the window is closed"));
    form->addRow(QString(), closeToTray);
    return page;
}

}  // namespace tunedrop
