#include "KeyringSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace tunedrop::test {

// Re-runs this binary inside a private D-Bus session with an unlocked gnome-keyring. Returns the
// child's exit status, or -1 when that is not possible (then the test runs here, skipping the
// keychain cases).
int runInKeyringSession(int argc, char **argv)
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    const QString self = QCoreApplication::applicationFilePath();
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty() || self.isEmpty())
        return -1;

    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/tunedrop-keyring-XXXXXX"));
    if (!home.isValid())
        return -1;
    const QString runtimeDir = home.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kKeyringSessionVar), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));

    QStringList args{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("printf %s pass | gnome-keyring-daemon --unlock --components=secrets "
                                    ">/dev/null; exec \"$0\" \"$@\""),
                     self};
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.start(dbusRunSession, args);
    if (!child.waitForStarted())
        return -1;
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit) {
        qWarning("the keyring session child crashed");
        return 1;
    }
    return child.exitCode();
}

bool inKeyringSession()
{
    return qgetenv(kKeyringSessionVar) == "1" && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

}  // namespace tunedrop::test
