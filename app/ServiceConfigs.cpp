#include "ServiceConfigs.h"

#include "settings/Profile.h"
#include "settings/Settings.h"
#include "source/CookieFile.h"
#include "source/YtDlpStatus.h"
#include "source/YtDlpUpdater.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace tunedrop {

QString managedYtDlpPath(const Settings &settings)
{
    return YtDlpUpdater(settings.profile().toolsDir()).managedPath();
}

QString cookiesBrowserSpec(const Settings &settings)
{
    const QString spec = settings.cookiesBrowser();
    return cookies::checkBrowserSpec(spec).isEmpty() ? spec : QStringLiteral("firefox");
}

namespace {

QueueConfig queueConfig(const Settings &s, const Profile &profile, const CommandLineOptions &o, const QByteArray &cookieFile)
{
    QueueConfig c;
    c.workers = o.workers > 0 ? o.workers : s.workers();
    c.encoder = o.encoderGiven ? o.encoder : s.encoder();
    c.defaultOutputDir = o.outputDir.isEmpty() ? s.outputDir() : QDir(o.outputDir).absolutePath();
    c.workRoot = QDir(profile.dataDir()).filePath(QStringLiteral("work"));
    // The configured yt-dlp, else the app-managed copy, else the one on PATH (YtDlp's fallback).
    c.ytDlpPath = chooseYtDlp(s.ytDlpPath(), managedYtDlpPath(s)).path;
    // Sign-in: --cookies-from-browser decides for this run; else the imported cookies' content
    // (read from the keychain by the root) or the browser of the settings. Each run's private
    // copy goes to the per-user runtime folder (memory-backed) when there is one.
    if (!o.cookiesFromBrowser.isEmpty())
        c.signIn.browser = o.cookiesFromBrowser;
    else if (s.cookieSource() == Settings::CookieSource::File)
        c.signIn.fileContent = cookieFile;
    else if (s.cookieSource() == Settings::CookieSource::Browser)
        c.signIn.browser = cookiesBrowserSpec(s);
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QByteArray profileKey = QCryptographicHash::hash(profile.dataDir().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    c.signIn.privateDir = QFileInfo(runtimeDir).isDir() && QFileInfo(runtimeDir).isWritable()
        ? QDir(runtimeDir).filePath(QStringLiteral("tunedrop-") + QString::fromLatin1(profileKey))
        : QDir(c.workRoot).filePath(QStringLiteral("signin"));
    c.fileNameTemplate = s.fileNameTemplate();
    c.playlistLimit = s.playlistLimit();
    c.softTimeLimitSeconds = s.softTimeLimitSeconds();
    c.hardTimeLimitSeconds = s.hardTimeLimitSeconds();
    // Workers yield (niceness 5) to the window's thread and, headless, to the web server's:
    // with two conversions on two cores the server otherwise waits for a time slice and its
    // p99 goes past 50 ms (docs/PERFORMANCE.md, "The web server under load"). Headless with no
    // web server (batch, --once) nothing waits on the main thread, so they run at full priority.
    c.yieldToInterface = !o.headless || o.web || s.webEnabled();
    return c;
}

}  // namespace

ServiceConfigs ServiceConfigs::from(const Settings &s, const Profile &profile, const CommandLineOptions &o,
                                    const QByteArray &cookieFile)
{
    ServiceConfigs c;
    c.queue = queueConfig(s, profile, o, cookieFile);
    c.webWanted = o.web || s.webEnabled();
    c.webHost = o.webListen.isEmpty() ? s.webListenAddress() : o.webListen;
    c.web.address = QHostAddress(c.webHost);
    c.web.port = quint16(o.webPort >= 0 ? o.webPort : s.webPort());
    c.web.allowLocalSources = o.allowLocalSources;
    for (const QString &proxy : o.trustedProxies.isEmpty() ? s.webTrustedProxies() : o.trustedProxies)
        c.web.trustedProxies << QHostAddress(proxy);
    c.web.passwordSet = s.webPasswordSet();
    c.web.requireCredentials = o.webRequireLogin || !c.web.address.isLoopback();
    if (c.web.address.isNull())
        c.webAddressError = QCoreApplication::translate("CompositionRoot", "“%1” is not an address the web server can listen on.")
                                .arg(o.webListen);
    c.webPasswordStamp = s.webPasswordStamp();
    c.retentionFromCommandLine = o.retentionHours >= 0;
    c.retentionHours = c.retentionFromCommandLine ? o.retentionHours : s.retentionHours();
    c.language = s.language();
    return c;
}

}  // namespace tunedrop
