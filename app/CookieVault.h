#pragma once

#include "settings/Settings.h"
#include "source/CookieFile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tunedrop {

class SecretStore;

// The imported sign-in cookies: checked (Netscape cookies.txt), kept in the OS keychain through
// SecretStore (or its owner-only fallback file), never in the settings file. Importing also
// switches the cookie source to File; forgetting removes them and switches it to None.
class CookieVault {
public:
    CookieVault(Settings &settings, SecretStore &secrets) : m_settings(settings), m_secrets(secrets) {}

    struct Result {
        bool ok = false;
        int count = 0;      // cookies imported
        QString message;    // translated: what happened or why not
    };
    Result importFile(const QString &path);
    Result importContent(const QByteArray &content);
    bool forget(QString *error = nullptr);
    // Replaces the stored cookies with refreshed ones yt-dlp saved (already checked), keeping
    // the source as it is.
    bool keepRefreshed(const QByteArray &cookiesTxt, QString *error = nullptr);

    // The stored cookies.txt; nullopt when there are none (or the keychain cannot be read).
    std::optional<QByteArray> load(QString *error = nullptr);
    // What a run gets: the stored file when the source is File, else the browser spec.
    SignInCookies signIn(const SignInCookies &base);

    static QString secretKey() { return QStringLiteral("ytdlp/cookies"); }

private:
    Settings &m_settings;
    SecretStore &m_secrets;
};

}  // namespace tunedrop
