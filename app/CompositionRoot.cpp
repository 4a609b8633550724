#include "CompositionRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>

#include "library/RetentionPurger.h"
#include "queue/LocalAttemptFactory.h"
#include "CookieVault.h"
#include "settings/SecretStore.h"
#include "web/WebAddresses.h"
#include "web/WebAuth.h"
#include "web/WebServer.h"

namespace tunedrop {

CompositionRoot::CompositionRoot(const CommandLineOptions &options)
    : m_options(options),
      m_profile(options.profileDir),
      m_settings(m_profile),
      m_store(QDir(m_profile.dataDir()).filePath(QStringLiteral("jobs.db")))
{
    if (!m_store.open()) {
        m_error = QCoreApplication::translate("CompositionRoot", "The job list in %1 cannot be opened: %2")
                      .arg(m_profile.dataDir(), m_store.lastError());
        return;
    }
    if (m_settings.cookieSource() == Settings::CookieSource::File && m_options.cookiesFromBrowser.isEmpty())
        reloadSignIn();
    m_configs = mapSettings(m_options);
    m_storedConfigs = mapSettings(CommandLineOptions{});
    m_outputDir = m_configs.queue.defaultOutputDir;
    m_queue = std::make_unique<JobQueue>(&m_store, std::make_unique<LocalAttemptFactory>(), m_configs.queue);
    // Sites refresh sign-in cookies as yt-dlp uses them; keep the fresh ones for the next start.
    QObject::connect(m_queue.get(), &JobQueue::signInRefreshed, m_queue.get(), [this](const QByteArray &cookiesTxt) {
        if (m_settings.cookieSource() != Settings::CookieSource::File)
            return;
        m_cookieFile = cookiesTxt;
        QString why;
        if (!cookieVault().keepRefreshed(cookiesTxt, &why))
            qWarning("tunedrop: the refreshed sign-in cookies could not be stored: %s", qPrintable(why));
    });
    m_queue->restore();
    m_purgeJobs = std::make_unique<QueuePurgeCandidates>(m_queue.get());
    m_purger = std::make_unique<RetentionPurger>(m_purgeJobs.get(), m_configs.retentionHours);
    m_purger->start();  // catches up at once: a laptop that slept for a day
    m_ready = true;
    if (m_configs.webWanted)
        startWebServer();
}

CompositionRoot::~CompositionRoot() = default;

CookieVault &CompositionRoot::cookieVault()
{
    if (!m_cookieVault) {
        m_cookieSecrets = std::make_unique<SecretStore>(QStringLiteral("TuneDrop"), m_profile.dataDir(), m_profile.dataDir());
        m_cookieVault = std::make_unique<CookieVault>(m_settings, *m_cookieSecrets);
    }
    return *m_cookieVault;
}

void CompositionRoot::reloadSignIn()
{
    m_cookieFile.clear();
    m_signInWarning.clear();
    if (m_settings.cookieSource() == Settings::CookieSource::File) {
        QString why;
        m_cookieFile = cookieVault().load(&why).value_or(QByteArray());
        // A locked or missing keychain must not silently drop the sign-in the user set up.
        if (m_cookieFile.isEmpty())
            m_signInWarning = QCoreApplication::translate("CompositionRoot", "The imported sign-in cookies cannot be read "
                                                                    "from the keychain%1; links run without them.")
                                  .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
    }
}

ServiceConfigs CompositionRoot::mapSettings(const CommandLineOptions &options) const
{
    return ServiceConfigs::from(m_settings, m_profile, options, m_cookieFile);
}

SettingsReport CompositionRoot::applySettings()
{
    // The cookie source may have changed, or cookies were imported or forgotten.
    reloadSignIn();
    const ServiceConfigs stored = mapSettings(CommandLineOptions{});
    const ServiceConfigs effective = mapSettings(m_options);
    SettingsReport report = SettingsReport::compare(m_storedConfigs, stored, m_configs, effective);
    report.applied = true;
    // A web server that is not running as wanted (its port was taken) is tried again.
    const bool webMismatch = effective.webWanted != bool(m_web);
    m_storedConfigs = stored;
    m_configs = effective;
    if (!m_queue)
        return report;
    // Running jobs keep what they started with; new attempts get the new config, and the
    // worker bound applies as slots free up.
    m_queue->setConfig(m_configs.queue);
    m_purger->setRetentionHours(m_configs.retentionHours);
    if (!m_shuttingDown && (report.live.contains(SettingsReport::Part::WebServer) || webMismatch)) {
        // A restart also ends the sessions logged in with an old password.
        stopWebServer();
        if (m_configs.webWanted)
            startWebServer();
        report.webRestarted = true;
    }
    report.webError = m_webError;
    return report;
}

void CompositionRoot::stopWebServer()
{
    m_web.reset();
    m_auth.reset();
    m_secrets.reset();
    m_webError.clear();
}

void CompositionRoot::startWebServer()
{
    const WebServerConfig &config = m_configs.web;
    if (!m_configs.webAddressError.isEmpty()) {
        m_webError = m_configs.webAddressError;
        return;
    }
    if (config.requireCredentials) {
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("TuneDrop"), m_profile.dataDir(), m_profile.dataDir());
        m_auth = std::make_unique<WebAuth>([this](const QString &p) { return m_settings.verifyWebPassword(p); },
                                           m_secrets.get());
        m_auth->setLoopbackOnly(false);
    }
    m_web = std::make_unique<WebServer>(m_queue.get(), config, m_auth.get());
    if (!m_web->start(&m_webError))
        m_web.reset();
}

void CompositionRoot::shutdownAsync(std::function<void()> finished, int boundMs)
{
    if (!m_queue) {  // never got ready: nothing to stop
        if (finished)
            QMetaObject::invokeMethod(QCoreApplication::instance(), std::move(finished), Qt::QueuedConnection);
        return;
    }
    if (finished)
        QObject::connect(m_queue.get(), &JobQueue::shutdownFinished, m_queue.get(),
                         [finished = std::move(finished)](bool) { finished(); }, Qt::SingleShotConnection);
    if (m_shuttingDown) {
        m_queue->shutdownAsync(boundMs);  // says again when it is over
        return;
    }
    m_shuttingDown = true;
    // Nothing new comes in, nothing is deleted, then the running work stops.
    if (m_web)
        m_web->stopIntake();
    if (m_purger)
        m_purger->stop();
    m_queue->shutdownAsync(boundMs);
}

QStringList CompositionRoot::webAddresses() const
{
    if (!m_web)
        return {};
    // "0.0.0.0" is where it listens, not an address a phone opens: the LAN addresses are.
    return WebAddresses::urls(QHostAddress(m_configs.webHost), m_web->port(), WebAddresses::systemInterfaces());
}

QString CompositionRoot::webAddress() const
{
    return webAddresses().value(0);
}

}  // namespace tunedrop
