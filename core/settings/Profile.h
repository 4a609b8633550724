#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace tunedrop {

// Where TuneDrop keeps its settings and state. `--profile DIR` puts everything in DIR
// (tests, portable installs); otherwise the platform's standard locations are used.
// The folder is owner-only (0700) and so is everything directly in it (0600 for files): the INI
// holds the web password's PBKDF2 hash and salt, jobs.db every link converted. Loosened
// permissions left by an older version are tightened at construction.
class Profile {
public:
    explicit Profile(const QString &dir = QString());

    bool isCustom() const { return m_custom; }
    // Settings, job database and app-managed helpers live here. Created on first use.
    QString dataDir() const { return m_dataDir; }
    QString settingsPath() const;
    std::unique_ptr<QSettings> openSettings() const;

    // Where the app-managed yt-dlp lives (`tunedrop --update-yt-dlp` installs it there).
    QString toolsDir() const;

    // The library folder: the "output/dir" setting, else Music/TuneDrop.
    QString outputDir() const;
    static QString defaultOutputDir();

private:
    QString m_dataDir;
    bool m_custom = false;
};

}  // namespace tunedrop
