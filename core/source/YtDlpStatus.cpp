#include "YtDlpStatus.h"
#include "YtDlpUpdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tunedrop {

namespace {

bool isRunnableFile(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable();
}

}  // namespace

YtDlpChoice chooseYtDlp(const QString &configuredPath, const QString &managedPath)
{
    if (isRunnableFile(configuredPath))
        return {YtDlpChoice::Origin::Configured, QFileInfo(configuredPath).absoluteFilePath()};
    if (isRunnableFile(managedPath))
        return {YtDlpChoice::Origin::Managed, managedPath};
    return {YtDlpChoice::Origin::System, QString()};
}

YtDlpStatus YtDlpStatus::probe(const QString &configuredPath, const QString &managedPath, const QDate &today)
{
    YtDlpStatus s;
    s.choice = chooseYtDlp(configuredPath, managedPath);
    s.installation = YtDlp::locate(s.choice.path);
    if (!s.installation.isFound())
        s.choice.origin = YtDlpChoice::Origin::Missing;
    const QDate released = YtDlpUpdater::versionDate(s.installation.version);
    s.ageDays = released.isValid() ? int(released.daysTo(today)) : -1;
    s.stale = YtDlpUpdater::isStale(s.installation.version, today, kStaleDays);
    s.jsRuntime = findJsRuntime();
    return s;
}

QString YtDlpStatus::summary() const
{
    const QString path = QDir::toNativeSeparators(installation.path);
    const QString version = installation.version.isEmpty() ? QCoreApplication::translate("tunedrop::YtDlpStatus", "unknown version") : installation.version;
    switch (choice.origin) {
    case YtDlpChoice::Origin::Configured:
        return QCoreApplication::translate("tunedrop::YtDlpStatus", "%1, the program chosen in Settings (%2)").arg(version, path);
    case YtDlpChoice::Origin::Managed:
        return QCoreApplication::translate("tunedrop::YtDlpStatus", "%1, the copy TuneDrop keeps up to date (%2)").arg(version, path);
    case YtDlpChoice::Origin::System:
        return QCoreApplication::translate("tunedrop::YtDlpStatus", "%1, installed on the system (%2)").arg(version, path);
    case YtDlpChoice::Origin::Missing:
        break;
    }
    return QCoreApplication::translate("tunedrop::YtDlpStatus", "Not found. Use Update yt-dlp to install it for TuneDrop.");
}

QString YtDlpStatus::ageWarning() const
{
    if (!stale)
        return {};
    return QCoreApplication::translate("tunedrop::YtDlpStatus", "This yt-dlp is %n day(s) old; sites like YouTube change often and need a recent one.", nullptr, ageDays);
}

QString YtDlpStatus::jsRuntimeLine() const
{
    if (jsRuntime.found()) {
        const QString line = jsRuntime.summary();
        if (installation.isFound() && !ytDlpSupportsJsRuntimes(installation.version))
            return QCoreApplication::translate("tunedrop::YtDlpStatus", "%1; this yt-dlp is too old to use it (2025.11.12 or newer needed).").arg(line);
        return line;
    }
    return jsRuntime.summary() + QLatin1Char(' ') + JsRuntimeSearch::missingHint();
}

}  // namespace tunedrop
