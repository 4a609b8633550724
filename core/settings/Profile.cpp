#include "Profile.h"

#include "library/PrivateFile.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace tunedrop {

Profile::Profile(const QString &dir) : m_custom(!dir.isEmpty())
{
    m_dataDir = m_custom ? QDir(dir).absolutePath()
                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (m_dataDir.isEmpty())
        m_dataDir = QDir::home().filePath(QStringLiteral(".tunedrop"));
    QDir().mkpath(m_dataDir);
    PrivateFile::tightenFolder(m_dataDir);   // owner-only, see the class comment
}

QString Profile::settingsPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tunedrop.ini"));
}

std::unique_ptr<QSettings> Profile::openSettings() const
{
    // QSettings writes through QSaveFile, which gives a new file 0666 & ~umask but keeps the
    // permissions of an existing one.
    PrivateFile::ensure(settingsPath());
    return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

QString Profile::toolsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tools"));
}

QString Profile::outputDir() const
{
    const QString configured = openSettings()->value(QStringLiteral("output/dir")).toString();
    return configured.isEmpty() ? defaultOutputDir() : configured;
}

QString Profile::defaultOutputDir()
{
    QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (music.isEmpty())
        music = QDir::home().filePath(QStringLiteral("Music"));
    return QDir(music).filePath(QStringLiteral("TuneDrop"));
}

}  // namespace tunedrop
