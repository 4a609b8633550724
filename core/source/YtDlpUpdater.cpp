#include "YtDlpUpdater.h"

#include "HttpDownloader.h"
#include "HttpHelpers.h"
#include "YtDlp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tunedrop {

namespace {

// Renames `from` over `to` in one step (POSIX rename replaces atomically).
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

// Gives `path` a second name `alias` (a hard link, else a copy); `alias` is replaced.
bool keepAs(const QString &path, const QString &alias)
{
    QFile::remove(alias);
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(alias).constData()) == 0)
        return true;
#endif
    return QFile::copy(path, alias);
}

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_UNIX
    return file.flush() && ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}
constexpr qint64 kMaxSums = 1024 * 1024;
constexpr qint64 kMaxAsset = 64 * 1024 * 1024;

QString installedVersion(const QString &path)
{
    return QFile::exists(path) ? YtDlp::locate(path).version : QString();
}
}  // namespace

YtDlpUpdater::YtDlpUpdater(QString managedDir, QString releaseBaseUrl)
    : m_dir(std::move(managedDir)), m_base(std::move(releaseBaseUrl))
{
    if (m_base.trimmed().isEmpty())  // an unset ytdlp/releaseUrl
        m_base = defaultReleaseUrl();
    while (m_base.endsWith(QLatin1Char('/')))
        m_base.chop(1);
}

QString YtDlpUpdater::assetName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("yt-dlp.exe");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("yt-dlp_macos");
#else
    return QStringLiteral("yt-dlp");
#endif
}

QString YtDlpUpdater::managedPath() const { return QDir(m_dir).filePath(assetName()); }
QString YtDlpUpdater::previousPath() const { return managedPath() + QStringLiteral(".previous"); }

QDate YtDlpUpdater::versionDate(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})\\.(\\d{2})\\.(\\d{2})"));
    const auto m = re.match(version.trimmed());
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

bool YtDlpUpdater::isStale(const QString &version, const QDate &today, int days)
{
    const QDate released = versionDate(version);
    return released.isValid() && released.daysTo(today) > days;
}

YtDlpUpdater::Result YtDlpUpdater::update(const std::atomic_bool &cancel)
{
    Result r;
    r.version = installedVersion(managedPath());
    const QString download = m_base + QStringLiteral("/latest/download/");
    Error error;
    // Both downloads stop within a moment of `cancel` (the Settings dialog closing), and
    // nothing is installed after it.
    const auto sums = HttpDownloader::fetchBytes(QUrl(download + QStringLiteral("SHA2-256SUMS")), kMaxSums, 30000,
                                                 &error, &cancel);
    if (!sums) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "Could not download the list of checksums: %1").arg(error.text());
        return r;
    }
    QByteArray expected;
    for (const QByteArray &line : sums->split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 2 && (parts[1] == assetName().toUtf8() || parts[1] == "*" + assetName().toUtf8()))
            expected = parts[0].toLower();
    }
    if (expected.size() != 64) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "The release does not list a checksum for %1.").arg(assetName());
        return r;
    }
    const QUrl assetUrl(download + assetName());
    const auto asset = HttpDownloader::fetchBytes(assetUrl, kMaxAsset, 120000, &error, &cancel);
    if (!asset || cancel.load()) {
        if (asset)
            error = http::failure(http::Failure::Cancelled, assetUrl);
        r.message = QCoreApplication::translate("YtDlpUpdater", "Could not download yt-dlp: %1").arg(error.text());
        return r;
    }
    if (QCryptographicHash::hash(*asset, QCryptographicHash::Sha256).toHex() != expected) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "The downloaded yt-dlp does not match its published checksum; it was not installed.");
        return r;
    }
    QDir().mkpath(m_dir);
    const QString fresh = managedPath() + QStringLiteral(".new");
    QFile f(fresh);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(*asset) != asset->size() || !syncToDisk(f)) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "Could not write %1: %2").arg(fresh, f.errorString());
        QFile::remove(fresh);
        return r;
    }
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                     | QFile::ReadOther | QFile::ExeOther);
    // Never replace a working copy with one that does not even start.
    const QString newVersion = YtDlp::locate(fresh).version;
    if (newVersion.isEmpty()) {
        QFile::remove(fresh);
        r.message = QCoreApplication::translate("YtDlpUpdater", "The downloaded yt-dlp does not run; the installed copy was kept.");
        return r;
    }
    // The previous copy is kept as a second name (a hard link, else a copy) and the new one
    // renamed over the managed path in one step: a job starting meanwhile finds one or the other.
    if (QFile::exists(managedPath()))
        keepAs(managedPath(), previousPath());
    if (!replaceFile(fresh, managedPath())) {
        QFile::remove(fresh);
        r.message = QCoreApplication::translate("YtDlpUpdater", "Could not install the new yt-dlp.");
        return r;
    }
    r.ok = true;
    r.version = newVersion;
    r.message = QCoreApplication::translate("YtDlpUpdater", "yt-dlp %1 is installed.").arg(newVersion);
    return r;
}

YtDlpUpdater::Result YtDlpUpdater::rollback()
{
    Result r;
    r.version = installedVersion(managedPath());
    if (!QFile::exists(previousPath())) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "There is no previous yt-dlp to go back to.");
        return r;
    }
    // Swap the two names; the managed path always names a complete copy.
    const QString swap = managedPath() + QStringLiteral(".swap");
    if (!keepAs(managedPath(), swap) || !replaceFile(previousPath(), managedPath()) || !replaceFile(swap, previousPath())) {
        QFile::remove(swap);
        r.message = QCoreApplication::translate("YtDlpUpdater", "Could not go back to the previous yt-dlp.");
        return r;
    }
    r.ok = true;
    r.version = installedVersion(managedPath());
    r.message = QCoreApplication::translate("YtDlpUpdater", "Back to yt-dlp %1.").arg(r.version);
    return r;
}

}  // namespace tunedrop
