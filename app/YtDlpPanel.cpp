#include "YtDlpPanel.h"

#include "ServiceConfigs.h"
#include "BackgroundTasks.h"
#include "FormHelpers.h"

#include "CookieVault.h"
#include "source/CookieFile.h"
#include "source/YtDlpUpdater.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tunedrop {

namespace {

QLabel *wrapping(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Fixed height: the height for the width it gets, so spare room never lands between lines.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

using settingsdialog::named;

// Red for a problem, the normal text colour otherwise.
void setError(QLabel *label, bool error)
{
    if (error)
        settingsdialog::setTextColor(label, settingsdialog::errorColor(label));
    else
        label->setPalette(QPalette());
}

}  // namespace

YtDlpPanel::YtDlpPanel(Settings &settings, CookieVault *vault, QFormLayout *form, QWidget *parentWidget)
    : QObject(parentWidget), m_settings(settings), m_vault(vault),
      m_tasks(std::make_unique<BackgroundTasks>(this)), m_parentWidget(parentWidget)
{
    // One field for everything about the yt-dlp in use, stacked: what, how old, what to do.
    auto *inUse = new QVBoxLayout;
    m_summary = wrapping("ytDlpStatus");
    m_summary->setText(tr("Checking…"));
    m_ageWarning = wrapping("ytDlpAgeWarning");
    m_ageWarning->hide();
    m_update = named(new QPushButton(tr("U&pdate yt-dlp")), "updateYtDlp", tr("Update yt-dlp"));
    m_update->setToolTip(tr("Download the latest yt-dlp release, check it against the release's checksums and "
                            "install it for TuneDrop."));
    m_rollBack = named(new QPushButton(tr("Roll Bac&k")), "rollBackYtDlp", tr("Roll back to the previous yt-dlp"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_update);
    buttons->addWidget(m_rollBack);
    buttons->addStretch(1);
    m_updateResult = wrapping("ytDlpUpdateResult");
    m_updateResult->hide();
    inUse->addWidget(m_summary);
    inUse->addWidget(m_ageWarning);
    inUse->addLayout(buttons);
    inUse->addWidget(m_updateResult);
    auto *inUseLabel = new QLabel(tr("In use:"));
    inUseLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(inUseLabel, inUse);

    m_runtime = wrapping("jsRuntimeStatus");
    m_runtime->setText(tr("Checking…"));
    auto *runtimeLabel = new QLabel(tr("JavaScript runtime:"));
    runtimeLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(runtimeLabel, m_runtime);

    auto *cookies = new QVBoxLayout;
    m_cookieChoice = new QButtonGroup(this);
    m_none = named(new QRadioButton(tr("&None")), "cookiesNone", tr("No sign-in cookies"));
    m_file = named(new QRadioButton(tr("Imported cookies.t&xt")), "cookiesFile", tr("Use the imported cookies.txt"));
    m_browser = named(new QRadioButton(tr("&Read from a browser")), "cookiesBrowser", tr("Read cookies from a browser"));
    m_cookieChoice->addButton(m_none, int(Settings::CookieSource::None));
    m_cookieChoice->addButton(m_file, int(Settings::CookieSource::File));
    m_cookieChoice->addButton(m_browser, int(Settings::CookieSource::Browser));
    m_import = named(new QPushButton(tr("I&mport…")), "importCookies", tr("Import a cookies.txt file"));
    m_forget = named(new QPushButton(tr("&Forget")), "forgetCookies", tr("Forget the imported cookies"));
    m_browserSpec = named(new QComboBox, "cookiesBrowserSpec", tr("Browser to read cookies from"));
    m_browserSpec->setEditable(true);  // "chrome:Profile 1" picks a browser profile
    m_browserSpec->addItems(cookies::knownBrowsers());
    m_browserSpec->setToolTip(tr("A browser name, optionally with a profile: chrome:Profile 1"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addStretch(1);
    fileRow->addWidget(m_import);
    fileRow->addWidget(m_forget);
    auto *browserRow = new QHBoxLayout;
    auto *browserLabel = new QLabel(tr("Brow&ser:"));
    browserLabel->setBuddy(m_browserSpec);
    browserRow->addWidget(m_browser);
    browserRow->addSpacing(8);
    browserRow->addWidget(browserLabel);
    browserRow->addWidget(m_browserSpec, 1);
    cookies->addWidget(m_none);
    cookies->addLayout(fileRow);
    cookies->addLayout(browserRow);
    m_cookieStatus = wrapping("cookiesStatus");
    m_cookieStatus->setForegroundRole(QPalette::PlaceholderText);
    cookies->addWidget(m_cookieStatus);
    auto *cookiesLabel = new QLabel(tr("Sign-in cookies:"));
    cookiesLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(cookiesLabel, cookies);

    if (!m_vault) {
        m_file->setEnabled(false);
        m_import->setEnabled(false);
        m_forget->setEnabled(false);
    }
    connect(m_update, &QPushButton::clicked, this, &YtDlpPanel::updateYtDlp);
    connect(m_rollBack, &QPushButton::clicked, this, &YtDlpPanel::rollBackYtDlp);
    connect(m_forget, &QPushButton::clicked, this, &YtDlpPanel::forgetCookies);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_parentWidget, tr("Import Sign-in Cookies"), QDir::homePath(),
                                                          tr("Cookie files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            importCookiesFrom(path);
    });
    connect(m_cookieChoice, &QButtonGroup::idToggled, this, [this] { updateCookieRows(); });
    load();
    refresh(m_settings.ytDlpPath());
}

YtDlpPanel::~YtDlpPanel()
{
    m_tasks.reset();  // cancels; work still running ends in the background, nobody waits
}

void YtDlpPanel::cancelWork() { m_tasks->cancel(); }

bool YtDlpPanel::isBusy() const { return m_tasks->running() > 0; }

void YtDlpPanel::refresh(const QString &configuredPath)
{
    m_configuredPath = configuredPath;
    const QString managed = managedYtDlpPath(m_settings);
    const QDate today = m_today();
    auto probed = std::make_shared<YtDlpStatus>();
    auto stored = std::make_shared<bool>(false);
    CookieVault *vault = m_vault;
    m_tasks->run(
        [probed, stored, configuredPath, managed, today, vault] {
            *probed = YtDlpStatus::probe(configuredPath, managed, today);
            *stored = vault && vault->load().has_value();
        },
        [this, probed, stored] {
            m_status = *probed;
            m_hasStoredCookies = *stored;
            m_probed = true;
            showStatus();
            updateCookieRows();
            emit statusChanged();
        });
}

void YtDlpPanel::showStatus()
{
    m_summary->setText(m_status.summary());
    setError(m_summary, !m_status.installation.isFound());
    m_ageWarning->setText(m_status.ageWarning());
    m_ageWarning->setVisible(m_status.stale);
    setError(m_ageWarning, true);
    m_runtime->setText(m_status.jsRuntimeLine());
    setError(m_runtime, !m_status.jsRuntime.found());
    m_update->setEnabled(!isBusy());
    m_rollBack->setEnabled(!isBusy() && QFileInfo::exists(managedYtDlpPath(m_settings) + QStringLiteral(".previous")));
}

void YtDlpPanel::updateYtDlp()
{
    m_update->setEnabled(false);
    m_rollBack->setEnabled(false);
    m_updateResult->setText(tr("Downloading the latest yt-dlp…"));
    setError(m_updateResult, false);
    m_updateResult->show();
    auto result = std::make_shared<YtDlpUpdater::Result>();
    const QString dir = QFileInfo(managedYtDlpPath(m_settings)).absolutePath();
    const QString base = m_settings.ytDlpReleaseUrl();
    // The work holds only copies and shared state: it may outlive this panel.
    m_tasks->run([result, dir, base, cancel = m_tasks->cancelFlag()] { *result = YtDlpUpdater(dir, base).update(*cancel); },
                    [this, result] {
                        QString message = result->message;
                        if (result->ok && QFileInfo(m_configuredPath).isExecutable())
                            message += QLatin1Char(' ') + tr("The yt-dlp program chosen above is still the one used; "
                                                             "clear that field to use this copy.");
                        m_updateResult->setText(message);
                        setError(m_updateResult, !result->ok);
                        emit updateFinished(result->ok, message);
                        refresh(m_configuredPath);
                    });
}

void YtDlpPanel::rollBackYtDlp()
{
    const YtDlpUpdater::Result r = YtDlpUpdater(QFileInfo(managedYtDlpPath(m_settings)).absolutePath(),
                                                m_settings.ytDlpReleaseUrl()).rollback();
    m_updateResult->setText(r.message);
    setError(m_updateResult, !r.ok);
    m_updateResult->show();
    refresh(m_configuredPath);
}

void YtDlpPanel::load()
{
    const Settings::CookieSource source = m_settings.cookieSource();
    m_cookieChoice->button(int(source))->setChecked(true);
    m_browserSpec->setCurrentText(cookiesBrowserSpec(m_settings));
    updateCookieRows();
}

Settings::CookieSource YtDlpPanel::cookieSource() const
{
    return Settings::CookieSource(m_cookieChoice->checkedId());
}

QString YtDlpPanel::browserSpec() const { return m_browserSpec->currentText().trimmed(); }

QString YtDlpPanel::validate() const
{
    if (cookieSource() == Settings::CookieSource::Browser)
        return cookies::checkBrowserSpec(browserSpec());
    return {};
}

bool YtDlpPanel::importCookiesFrom(const QString &path)
{
    if (!m_vault)
        return false;
    const CookieVault::Result r = m_vault->importFile(path);
    setCookieStatus(r.message, !r.ok);
    if (r.ok) {
        m_hasStoredCookies = true;
        m_file->setChecked(true);
        updateCookieRows();
        setCookieStatus(r.message, false);
        emit signInChanged();
    }
    return r.ok;
}

void YtDlpPanel::forgetCookies()
{
    if (!m_vault)
        return;
    QString error;
    const bool ok = m_vault->forget(&error);
    m_hasStoredCookies = !ok;
    if (ok && m_file->isChecked())
        m_none->setChecked(true);
    updateCookieRows();
    setCookieStatus(ok ? tr("The imported cookies are removed from the keychain.")
                       : tr("The cookies could not be removed: %1").arg(error),
                    !ok);
    emit signInChanged();
}

void YtDlpPanel::updateCookieRows()
{
    m_file->setEnabled(m_vault && m_hasStoredCookies);
    m_forget->setEnabled(m_vault && m_hasStoredCookies);
    m_browserSpec->setEnabled(m_browser->isChecked());
    if (m_file->isChecked() && !m_hasStoredCookies && m_vault && m_probed)
        m_none->setChecked(true);  // the stored cookies are gone (another profile tool, the keyring)
    setCookieStatus(m_hasStoredCookies ? tr("Imported cookies are kept in the system keychain, never in the settings "
                                            "file; yt-dlp gets a private copy only while it runs.")
                                       : tr("For sites that ask you to sign in: export cookies.txt from your browser "
                                            "and import it, or let yt-dlp read them from the browser."),
                    false);
}

void YtDlpPanel::setCookieStatus(const QString &text, bool error)
{
    m_cookieStatus->setText(text);
    setError(m_cookieStatus, error);
}

}  // namespace tunedrop
