#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace tunedrop {

// One window per profile: the first `tunedrop` listens on a local socket named after the
// profile; a second start hands its links to it (the window then comes to the front) and exits.
// A socket left by a crashed instance is detected (nobody answers) and taken over.
// The socket is in a folder only this user can write to ($XDG_RUNTIME_DIR, else the profile
// folder), and both ends check the other's uid (SO_PEERCRED): a socket of another user is
// treated like a stale one (taken over), never sent links.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the primary instance (listening).
    bool listen();
    // From a secondary instance: sends the items (possibly none: "just raise the window") and
    // waits for the primary's acknowledgement. False when no primary answered.
    bool sendToPrimary(const QStringList &items, int timeoutMs = 3000);

    // The socket's absolute path.
    QString serverName() const { return m_name; }
    static QString serverNameFor(const QString &profileDataDir);

signals:
    // On the primary: a secondary sent these (already absolute paths/URLs).
    void itemsReceived(const QStringList &items);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

}  // namespace tunedrop
