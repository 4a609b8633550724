#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tunedrop {

// Secrets (the web API token, imported cookies) in the OS keychain through QtKeychain. Where no
// keychain service exists (a headless server: QtKeychain fails and its own insecure fallback
// does not kick in), they go to an owner-only (0600) file in the profile instead, and warning()
// says so plainly. Blocking calls; usable from any thread that can run a local event loop.
class SecretStore {
public:
    enum class Backend { Keychain, File };

    // `service` names the keychain entries ("TuneDrop"); `profileKey` keeps profiles apart;
    // `fallbackDir` is where the 0600 file lives when there is no keychain.
    SecretStore(QString service, QString profileKey, QString fallbackDir);

    std::optional<QByteArray> read(const QString &key, QString *error = nullptr);
    bool write(const QString &key, const QByteArray &value, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

    Backend backend();          // decided on first use (probes the keychain once)
    QString warning() const;    // translated; empty when the keychain is used
    QString fallbackFile() const;

private:
    QString m_service;
    QString m_profileKey;
    QString m_fallbackDir;
    std::optional<Backend> m_backend;
    QString m_warning;
};

}  // namespace tunedrop
