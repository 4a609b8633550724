#pragma once

#include "transcode/EncoderSettings.h"

#include <QString>

#include <memory>

class QSettings;

namespace tunedrop {

class Profile;

// Typed access to the profile's settings (tunedrop.ini): a store of values only. Each value has
// one key, one default and one valid range, here and nowhere else; what the services make of
// them is app/ServiceConfigs' (the composition root's) business. Getters clamp or validate what the
// file holds (a hand-edited INI never yields an out-of-range value); setters clamp too.
class Settings {
public:
    explicit Settings(const Profile &profile);
    ~Settings();

    // --- Queue and output ---
    int workers() const;                 // 1..16, default: ideal thread count
    void setWorkers(int workers);
    QString outputDir() const;           // default ~/Music/TuneDrop
    void setOutputDir(const QString &dir);
    EncoderSettings encoder() const;     // default CBR 192 kbps; an invalid stored value gives the default
    void setEncoder(const EncoderSettings &encoder);
    QString fileNameTemplate() const;    // default "{title}"; an invalid stored template gives the default
    void setFileNameTemplate(const QString &pattern);
    QString ytDlpPath() const;           // empty: the managed copy, else PATH
    void setYtDlpPath(const QString &path);
    // Where updates come from; empty (default): yt-dlp's GitHub releases (YtDlpUpdater's).
    QString ytDlpReleaseUrl() const;
    void setYtDlpReleaseUrl(const QString &url);
    // Sign-in cookies for yt-dlp: none, the imported cookies.txt (its content is in the
    // keychain, not here), or read from a browser (`--cookies-from-browser`).
    enum class CookieSource { None, File, Browser };
    CookieSource cookieSource() const;   // default None
    void setCookieSource(CookieSource source);
    // Default "firefox". Stored as typed; whether yt-dlp knows it is checked where it is used
    // (app/ServiceConfigs: an unknown one runs as firefox).
    QString cookiesBrowser() const;
    void setCookiesBrowser(const QString &spec);
    int playlistLimit() const;           // 1..5000, default 200
    void setPlaylistLimit(int limit);
    int softTimeLimitSeconds() const;    // 0..kMaxTimeLimitSeconds, default 0 (off); the original used 240
    void setSoftTimeLimitSeconds(int seconds);
    int hardTimeLimitSeconds() const;    // 0..kMaxTimeLimitSeconds, default 0 (off); the original used 360
    void setHardTimeLimitSeconds(int seconds);
    int retentionHours() const;          // 0..8760, default 8; 0 = never purge finished MP3s
    void setRetentionHours(int hours);

    // --- Web server ---
    bool webEnabled() const;             // default false
    void setWebEnabled(bool enabled);
    int webPort() const;                 // 1024..65535, default 8080
    void setWebPort(int port);
    // "127.0.0.1" (default) = this computer only, "0.0.0.0" = all addresses (LAN), or one
    // specific address. An unparsable value gives the default, and so does any non-loopback
    // address while no access password is set: the server is never open without one.
    QString webListenAddress() const;
    void setWebListenAddress(const QString &address);
    // Reverse proxies whose X-Forwarded-For the web server believes (docs/API.md, "Behind a
    // reverse proxy"); default none. Unparsable entries are dropped on read.
    QStringList webTrustedProxies() const;
    void setWebTrustedProxies(const QStringList &addresses);
    // The access password is kept only as a random 16-byte salt and a PBKDF2-SHA256 hash
    // (kPasswordIterations rounds, 32 bytes), base64, with the iteration count.
    bool webPasswordSet() const;
    // False (and nothing changes) for an empty password.
    bool setWebPassword(const QString &plain);
    // Constant-time comparison; false when no password is set.
    bool verifyWebPassword(const QString &plain) const;
    void clearWebPassword();
    // Changes whenever the password is set or cleared (the salt, never the hash); empty when none.
    QString webPasswordStamp() const;

    // --- Interface ---
    QString language() const;            // "" (default) = follow the system, else "es", "de", "pt_BR"...
    void setLanguage(const QString &language);
    bool notifyOnFinish() const;         // default true
    void setNotifyOnFinish(bool notify);
    bool closeToTray() const;            // default false
    void setCloseToTray(bool closeToTray);
    // "system" (default: follow the desktop's colour scheme), "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);
    // The window asks once whether finished MP3s are deleted after retentionHours() or kept
    // (app/RetentionNotice); true once the user answered. Default false.
    bool retentionChoiceMade() const;
    void setRetentionChoiceMade(bool made);

    // Writes pending changes to disk; false when the file could not be written.
    bool sync();

    // The profile whose tunedrop.ini this is.
    const Profile &profile() const { return m_profile; }

    // --- Validation: an empty string when valid, otherwise why not (translated) ---
    // At least one of {title} {artist} {album} {date} {track}, no other {placeholder}, no
    // stray brace, no '/' or '\'.
    static QString validateFileNameTemplate(const QString &pattern);
    static QString validatePort(int port);
    // A parsable IP address; one that is not loopback needs an access password.
    static QString validateListenAddress(const QString &address, bool passwordSet);
    // Empty (use PATH) or an executable file.
    static QString validateYtDlpPath(const QString &path);
    // An absolute path to a folder that exists or can be created, and that we can write to.
    // Creates the folder when it does not exist.
    static QString validateOutputDir(const QString &dir);
    // Each 0 (off) or within range; when both are on the soft limit comes first.
    static QString validateTimeLimits(int softSeconds, int hardSeconds);

    static constexpr int kMinWebPort = 1024;
    static constexpr int kMaxWebPort = 65535;
    static constexpr int kMaxRetentionHours = 8760;
    static constexpr int kMaxPlaylistLimit = 5000;
    static constexpr int kMaxTimeLimitSeconds = 24 * 60 * 60;
    static constexpr int kPasswordIterations = 200000;

private:
    int readInt(const QString &key, int defaultValue, int min, int max) const;

    const Profile &m_profile;
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace tunedrop
