#include "YtDlpUpdater.h"

#include "HttpDownloader.h"
#include "YtDlp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace tunedrop {

namespace {
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
    while (m_base.endsWith(QLatin1Char('/')))
        m_base.chop(1);
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
    TranscodeError error;
    const auto sums = HttpDownloader::fetchBytes(QUrl(download + QStringLiteral("SHA2-256SUMS")), kMaxSums, 30000, &error);
    if (!sums) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "Could not download the list of checksums: %1").arg(error.message);
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
    if (cancel.load())
        return r;
    const auto asset = HttpDownloader::fetchBytes(QUrl(download + assetName()), kMaxAsset, 120000, &error);
    if (!asset) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "Could not download yt-dlp: %1").arg(error.message);
        return r;
    }
    if (QCryptographicHash::hash(*asset, QCryptographicHash::Sha256).toHex() != expected) {
        r.message = QCoreApplication::translate("YtDlpUpdater", "The downloaded yt-dlp does not match its published checksum; it was not installed.");
        return r;
    }
    QDir().mkpath(m_dir);
    const QString fresh = managedPath() + QStringLiteral(".new");
    QFile f(fresh);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(*asset) != asset->size() || !f.flush()) {
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
    if (QFile::exists(managedPath())) {
        QFile::remove(previousPath());
        QFile::rename(managedPath(), previousPath());
    }
    if (!QFile::rename(fresh, managedPath())) {
        QFile::rename(previousPath(), managedPath());
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
    const QString swap = managedPath() + QStringLiteral(".swap");
    QFile::remove(swap);
    QFile::rename(managedPath(), swap);
    QFile::rename(previousPath(), managedPath());
    QFile::rename(swap, previousPath());
    r.ok = true;
    r.version = installedVersion(managedPath());
    r.message = QCoreApplication::translate("YtDlpUpdater", "Back to yt-dlp %1.").arg(r.version);
    return r;
}

}  // namespace tunedrop
