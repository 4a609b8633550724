#pragma once

#include <QDate>
#include <QString>

#include <atomic>

namespace tunedrop {

// Keeps an app-managed yt-dlp in the profile up to date: downloads the latest release's `yt-dlp`
// (the Python zipapp) from BASE/latest/download/, verifies it against the release's SHA2-256SUMS,
// checks that it runs (`--version`), and only then installs it atomically, keeping the previous
// copy for rollback. A broken or mismatching download never replaces a working copy.
class YtDlpUpdater {
public:
    static QString defaultReleaseUrl() { return QStringLiteral("https://github.com/yt-dlp/yt-dlp/releases"); }
    // The release asset for this platform: the Python zipapp on Linux (Debian has python3), the
    // self-contained programs on Windows and macOS. The managed copy keeps the asset's name.
    static QString assetName();

    // An empty `releaseBaseUrl` is the default one.
    YtDlpUpdater(QString managedDir, QString releaseBaseUrl = defaultReleaseUrl());

    QString managedPath() const;   // <dir>/yt-dlp
    QString previousPath() const;  // <dir>/yt-dlp.previous

    struct Result {
        bool ok = false;
        QString message;      // translated, for the user
        QString version;      // the version now installed (ok) or still installed (not ok)
    };
    Result update(const std::atomic_bool &cancel);
    Result rollback();

    // yt-dlp versions are dates ("2025.11.12"); older than `days` is stale.
    static QDate versionDate(const QString &version);
    static bool isStale(const QString &version, const QDate &today, int days = 60);

private:
    QString m_dir;
    QString m_base;
};

}  // namespace tunedrop
