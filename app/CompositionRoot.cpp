#include "CompositionRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>

#include "library/RetentionPurger.h"
#include "settings/CookieVault.h"
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
    const QueueConfig config = effectiveConfig();
    m_outputDir = config.defaultOutputDir;
    m_queue = std::make_unique<JobQueue>(&m_store, config);
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
    m_purger = std::make_unique<RetentionPurger>(m_queue.get(), effectiveRetentionHours());
    m_purger->start();  // catches up at once: a laptop that slept for a day
    m_ready = true;
    if (m_options.web || m_settings.webEnabled())
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

int CompositionRoot::effectiveRetentionHours() const
{
    return m_options.retentionHours >= 0 ? m_options.retentionHours : m_settings.retentionHours();
}

void CompositionRoot::applyWebSettings()
{
    if (m_shuttingDown)
        return;  // the web server stays stopped
    m_web.reset();
    m_auth.reset();
    m_secrets.reset();
    m_webError.clear();
    if (m_options.web || m_settings.webEnabled())
        startWebServer();
}

void CompositionRoot::startWebServer()
{
    WebServerConfig config;
    config.address = QHostAddress(m_options.webListen.isEmpty() ? m_settings.webListenAddress() : m_options.webListen);
    config.port = quint16(m_options.webPort >= 0 ? m_options.webPort : m_settings.webPort());
    config.allowLocalSources = m_options.allowLocalSources;
    for (const QString &proxy : m_options.trustedProxies.isEmpty() ? m_settings.webTrustedProxies() : m_options.trustedProxies)
        config.trustedProxies << QHostAddress(proxy);
    config.passwordSet = m_settings.webPasswordSet();
    config.requireCredentials = m_options.webRequireLogin || !config.address.isLoopback();
    if (config.address.isNull()) {
        m_webError = QCoreApplication::translate("CompositionRoot", "“%1” is not an address the web server can listen on.")
                         .arg(m_options.webListen);
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
    const QString host = m_options.webListen.isEmpty() ? m_settings.webListenAddress() : m_options.webListen;
    // "0.0.0.0" is where it listens, not an address a phone opens: the LAN addresses are.
    return WebAddresses::urls(QHostAddress(host), m_web->port(), WebAddresses::systemInterfaces());
}

QString CompositionRoot::webAddress() const
{
    return webAddresses().value(0);
}

QueueConfig CompositionRoot::effectiveConfig() const
{
    QueueConfig config = m_settings.queueConfig();
    if (m_options.workers > 0)
        config.workers = m_options.workers;
    if (m_options.encoderGiven)
        config.encoder = m_options.encoder;
    if (!m_options.outputDir.isEmpty())
        config.defaultOutputDir = QDir(m_options.outputDir).absolutePath();
    // Workers yield (niceness 5) to the window's thread and, headless, to the web server's:
    // with two conversions on two cores the server otherwise waits for a time slice and its
    // p99 goes past 50 ms (docs/PERFORMANCE.md, "The web server under load"). Headless with no
    // web server (batch, --once) nothing waits on the main thread, so they run at full priority.
    config.yieldToInterface = !m_options.headless || m_options.web || m_settings.webEnabled();
    if (!m_options.cookiesFromBrowser.isEmpty()) {
        config.signIn.browser = m_options.cookiesFromBrowser;
    } else if (m_settings.cookieSource() == Settings::CookieSource::File) {
        config.signIn.fileContent = m_cookieFile;
        config.signIn.browser.clear();
    }
    return config;
}

}  // namespace tunedrop
