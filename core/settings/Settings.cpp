#include "Settings.h"

#include "Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>

namespace tunedrop {

namespace {
const QString kWorkers = QStringLiteral("queue/workers");
const QString kOutputDir = QStringLiteral("output/dir");
const QString kMode = QStringLiteral("encoder/mode");
const QString kBitrate = QStringLiteral("encoder/bitrate");
const QString kVbr = QStringLiteral("encoder/vbrQuality");
const QString kId3 = QStringLiteral("encoder/id3Version");
const QString kCopy = QStringLiteral("encoder/streamCopy");
const QString kTemplate = QStringLiteral("output/fileNameTemplate");
const QString kYtDlp = QStringLiteral("ytdlp/path");
const QString kYtDlpRelease = QStringLiteral("ytdlp/releaseUrl");
const QString kCookieSource = QStringLiteral("ytdlp/cookieSource");
const QString kCookiesBrowser = QStringLiteral("ytdlp/cookiesBrowser");
const QString kPlaylistLimit = QStringLiteral("queue/playlistLimit");
const QString kSoft = QStringLiteral("queue/softTimeLimitSeconds");
const QString kHard = QStringLiteral("queue/hardTimeLimitSeconds");
const QString kRetention = QStringLiteral("output/retentionHours");
const QString kWebEnabled = QStringLiteral("web/enabled");
const QString kWebPort = QStringLiteral("web/port");
const QString kWebListen = QStringLiteral("web/listenAddress");
const QString kWebTrustedProxies = QStringLiteral("web/trustedProxies");
const QString kWebSalt = QStringLiteral("web/passwordSalt");
const QString kWebHash = QStringLiteral("web/passwordHash");
const QString kWebIterations = QStringLiteral("web/passwordIterations");
const QString kLanguage = QStringLiteral("ui/language");
const QString kNotify = QStringLiteral("ui/notifyOnFinish");
const QString kCloseToTray = QStringLiteral("ui/closeToTray");
const QString kTheme = QStringLiteral("ui/theme");
const QString kRetentionChoice = QStringLiteral("ui/retentionChoiceMade");

constexpr int kDefaultPlaylistLimit = 200;
constexpr int kDefaultRetentionHours = 8;
constexpr int kDefaultWebPort = 8080;
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// A stored iteration count above this is treated as corrupt (it would stall verification).
constexpr int kMaxStoredIterations = 10000000;

QString defaultListenAddress() { return QStringLiteral("127.0.0.1"); }

QByteArray derive(const QString &plain, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, plain.toUtf8(), salt,
                                              iterations, kHashBytes);
}

// Compares every byte whatever the first difference, so timing says nothing about the hash.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool isLanguageName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return re.match(name).hasMatch();
}
}  // namespace

Settings::Settings(const Profile &profile) : m_profile(profile), m_settings(profile.openSettings()) {}

Settings::~Settings() = default;

int Settings::readInt(const QString &key, int defaultValue, int min, int max) const
{
    bool ok = false;
    const int value = m_settings->value(key, defaultValue).toInt(&ok);
    return ok ? std::clamp(value, min, max) : defaultValue;
}

int Settings::workers() const { return readInt(kWorkers, std::clamp(QThread::idealThreadCount(), 1, 16), 1, 16); }

void Settings::setWorkers(int workers) { m_settings->setValue(kWorkers, std::clamp(workers, 1, 16)); }

QString Settings::outputDir() const { return m_profile.outputDir(); }

void Settings::setOutputDir(const QString &dir) { m_settings->setValue(kOutputDir, dir); }

EncoderSettings Settings::encoder() const
{
    EncoderSettings e;
    e.mode = m_settings->value(kMode).toString() == QLatin1String("vbr") ? EncoderSettings::Mode::Vbr
                                                                           : EncoderSettings::Mode::Cbr;
    e.bitrateKbps = m_settings->value(kBitrate, 192).toInt();
    e.vbrQuality = m_settings->value(kVbr, 2).toInt();
    e.id3Version = m_settings->value(kId3, 4).toInt() == 3 ? EncoderSettings::Id3Version::V23
                                                           : EncoderSettings::Id3Version::V24;
    e.allowStreamCopy = m_settings->value(kCopy, true).toBool();
    return e.validationError().isEmpty() ? e : EncoderSettings{};
}

void Settings::setEncoder(const EncoderSettings &e)
{
    m_settings->setValue(kMode, e.mode == EncoderSettings::Mode::Vbr ? QStringLiteral("vbr") : QStringLiteral("cbr"));
    m_settings->setValue(kBitrate, e.bitrateKbps);
    m_settings->setValue(kVbr, e.vbrQuality);
    m_settings->setValue(kId3, int(e.id3Version));
    m_settings->setValue(kCopy, e.allowStreamCopy);
}

QString Settings::fileNameTemplate() const
{
    const QString t = m_settings->value(kTemplate).toString().trimmed();
    return validateFileNameTemplate(t).isEmpty() ? t : QStringLiteral("{title}");
}

void Settings::setFileNameTemplate(const QString &pattern) { m_settings->setValue(kTemplate, pattern.trimmed()); }

QString Settings::ytDlpPath() const { return m_settings->value(kYtDlp).toString().trimmed(); }

void Settings::setYtDlpPath(const QString &path) { m_settings->setValue(kYtDlp, path.trimmed()); }

QString Settings::ytDlpReleaseUrl() const { return m_settings->value(kYtDlpRelease).toString().trimmed(); }

void Settings::setYtDlpReleaseUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        m_settings->remove(kYtDlpRelease);
    else
        m_settings->setValue(kYtDlpRelease, url.trimmed());
}

Settings::CookieSource Settings::cookieSource() const
{
    const QString v = m_settings->value(kCookieSource).toString();
    return v == QLatin1String("file")      ? CookieSource::File
        : v == QLatin1String("browser") ? CookieSource::Browser
                                        : CookieSource::None;
}

void Settings::setCookieSource(CookieSource source)
{
    m_settings->setValue(kCookieSource, source == CookieSource::File      ? QStringLiteral("file")
                                        : source == CookieSource::Browser ? QStringLiteral("browser")
                                                                          : QStringLiteral("none"));
}

QString Settings::cookiesBrowser() const
{
    const QString spec = m_settings->value(kCookiesBrowser).toString().trimmed();
    return spec.isEmpty() ? QStringLiteral("firefox") : spec;
}

void Settings::setCookiesBrowser(const QString &spec) { m_settings->setValue(kCookiesBrowser, spec.trimmed()); }

int Settings::playlistLimit() const { return readInt(kPlaylistLimit, kDefaultPlaylistLimit, 1, kMaxPlaylistLimit); }

void Settings::setPlaylistLimit(int limit)
{
    m_settings->setValue(kPlaylistLimit, std::clamp(limit, 1, kMaxPlaylistLimit));
}

int Settings::softTimeLimitSeconds() const { return readInt(kSoft, 0, 0, kMaxTimeLimitSeconds); }

void Settings::setSoftTimeLimitSeconds(int seconds)
{
    m_settings->setValue(kSoft, std::clamp(seconds, 0, kMaxTimeLimitSeconds));
}

int Settings::hardTimeLimitSeconds() const { return readInt(kHard, 0, 0, kMaxTimeLimitSeconds); }

void Settings::setHardTimeLimitSeconds(int seconds)
{
    m_settings->setValue(kHard, std::clamp(seconds, 0, kMaxTimeLimitSeconds));
}

int Settings::retentionHours() const { return readInt(kRetention, kDefaultRetentionHours, 0, kMaxRetentionHours); }

void Settings::setRetentionHours(int hours)
{
    m_settings->setValue(kRetention, std::clamp(hours, 0, kMaxRetentionHours));
}

bool Settings::webEnabled() const { return m_settings->value(kWebEnabled, false).toBool(); }

void Settings::setWebEnabled(bool enabled) { m_settings->setValue(kWebEnabled, enabled); }

int Settings::webPort() const { return readInt(kWebPort, kDefaultWebPort, kMinWebPort, kMaxWebPort); }

void Settings::setWebPort(int port) { m_settings->setValue(kWebPort, std::clamp(port, kMinWebPort, kMaxWebPort)); }

QString Settings::webListenAddress() const
{
    const QString stored = m_settings->value(kWebListen).toString().trimmed();
    QHostAddress address;
    if (stored.isEmpty() || !address.setAddress(stored))
        return defaultListenAddress();
    if (!address.isLoopback() && !webPasswordSet())
        return defaultListenAddress();
    return address.toString();
}

void Settings::setWebListenAddress(const QString &address)
{
    QHostAddress parsed;
    m_settings->setValue(kWebListen, parsed.setAddress(address.trimmed()) ? parsed.toString() : address.trimmed());
}

QStringList Settings::webTrustedProxies() const
{
    QStringList out;
    for (const QString &entry : m_settings->value(kWebTrustedProxies).toStringList()) {
        QHostAddress address;
        if (address.setAddress(entry.trimmed()))
            out << address.toString();
    }
    return out;
}

void Settings::setWebTrustedProxies(const QStringList &addresses) { m_settings->setValue(kWebTrustedProxies, addresses); }

bool Settings::webPasswordSet() const
{
    const int iterations = m_settings->value(kWebIterations).toInt();
    return iterations > 0 && iterations <= kMaxStoredIterations
        && QByteArray::fromBase64(m_settings->value(kWebSalt).toByteArray()).size() == kSaltBytes
        && QByteArray::fromBase64(m_settings->value(kWebHash).toByteArray()).size() == kHashBytes;
}

bool Settings::setWebPassword(const QString &plain)
{
    if (plain.isEmpty())
        return false;
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray hash = derive(plain, salt, kPasswordIterations);
    if (hash.size() != kHashBytes)
        return false;
    m_settings->setValue(kWebSalt, QString::fromLatin1(salt.toBase64()));
    m_settings->setValue(kWebHash, QString::fromLatin1(hash.toBase64()));
    m_settings->setValue(kWebIterations, kPasswordIterations);
    return true;
}

bool Settings::verifyWebPassword(const QString &plain) const
{
    if (!webPasswordSet())
        return false;
    const QByteArray salt = QByteArray::fromBase64(m_settings->value(kWebSalt).toByteArray());
    const QByteArray stored = QByteArray::fromBase64(m_settings->value(kWebHash).toByteArray());
    const int iterations = m_settings->value(kWebIterations).toInt();
    return constantTimeEquals(derive(plain, salt, iterations), stored);
}

QString Settings::webPasswordStamp() const
{
    return webPasswordSet() ? m_settings->value(kWebSalt).toString() : QString();
}

void Settings::clearWebPassword()
{
    m_settings->remove(kWebSalt);
    m_settings->remove(kWebHash);
    m_settings->remove(kWebIterations);
}

QString Settings::language() const
{
    const QString name = m_settings->value(kLanguage).toString().trimmed();
    return isLanguageName(name) ? name : QString();
}

void Settings::setLanguage(const QString &language) { m_settings->setValue(kLanguage, language.trimmed()); }

bool Settings::notifyOnFinish() const { return m_settings->value(kNotify, true).toBool(); }

void Settings::setNotifyOnFinish(bool notify) { m_settings->setValue(kNotify, notify); }

bool Settings::closeToTray() const { return m_settings->value(kCloseToTray, false).toBool(); }

void Settings::setCloseToTray(bool closeToTray) { m_settings->setValue(kCloseToTray, closeToTray); }

QString Settings::theme() const
{
    const QString name = m_settings->value(kTheme).toString().trimmed().toLower();
    return name == QLatin1String("light") || name == QLatin1String("dark") ? name : QStringLiteral("system");
}

void Settings::setTheme(const QString &theme) { m_settings->setValue(kTheme, theme.trimmed().toLower()); }
bool Settings::retentionChoiceMade() const { return m_settings->value(kRetentionChoice, false).toBool(); }

void Settings::setRetentionChoiceMade(bool made) { m_settings->setValue(kRetentionChoice, made); }

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::validateFileNameTemplate(const QString &pattern)
{
    static const QStringList known = {QStringLiteral("{title}"), QStringLiteral("{artist}"),
                                      QStringLiteral("{album}"), QStringLiteral("{date}"),
                                      QStringLiteral("{track}")};
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    if (pattern.trimmed().isEmpty())
        return QCoreApplication::translate("Settings", "Enter a file name template, for example {artist} - {title}.");
    if (pattern.contains(QLatin1Char('/')) || pattern.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("Settings", "The file name template cannot contain / or \\. Files are always saved in the output folder.");
    bool hasKnown = false;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QString name = it.next().captured();
        if (!known.contains(name))
            return QCoreApplication::translate("Settings", "Unknown placeholder %1. Use {title}, {artist}, {album}, {date} or {track}.").arg(name);
        hasKnown = true;
    }
    QString rest = pattern;
    rest.remove(placeholder);
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return QCoreApplication::translate("Settings", "The file name template has a { or } without its partner.");
    if (!hasKnown)
        return QCoreApplication::translate("Settings", "The file name template needs at least one of {title}, {artist}, {album}, {date} or {track}.");
    return {};
}

QString Settings::validatePort(int port)
{
    if (port < kMinWebPort || port > kMaxWebPort)
        return QCoreApplication::translate("Settings", "The port must be between %1 and %2.").arg(kMinWebPort).arg(kMaxWebPort);
    return {};
}

QString Settings::validateListenAddress(const QString &address, bool passwordSet)
{
    QHostAddress parsed;
    if (address.trimmed().isEmpty() || !parsed.setAddress(address.trimmed()))
        return QCoreApplication::translate("Settings", "\"%1\" is not an IP address.").arg(address);
    if (!parsed.isLoopback() && !passwordSet)
        return QCoreApplication::translate("Settings", "Listening on the network needs an access password.");
    return {};
}

QString Settings::validateYtDlpPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QFileInfo info(trimmed);
    if (!info.exists())
        return QCoreApplication::translate("Settings", "The yt-dlp program %1 does not exist.").arg(QDir::toNativeSeparators(trimmed));
    if (!info.isFile() || !info.isExecutable())
        return QCoreApplication::translate("Settings", "The yt-dlp program %1 is not an executable file.").arg(QDir::toNativeSeparators(trimmed));
    return {};
}

QString Settings::validateOutputDir(const QString &dir)
{
    const QString trimmed = dir.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Settings", "Choose an output folder.");
    if (!QDir::isAbsolutePath(trimmed))
        return QCoreApplication::translate("Settings", "The output folder must be a full path, such as %1.")
            .arg(QDir::toNativeSeparators(Profile::defaultOutputDir()));
    const QString native = QDir::toNativeSeparators(trimmed);
    if (QFileInfo(trimmed).exists() && !QFileInfo(trimmed).isDir())
        return QCoreApplication::translate("Settings", "%1 is a file, not a folder.").arg(native);
    if (!QDir().mkpath(trimmed))
        return QCoreApplication::translate("Settings", "The output folder %1 cannot be created.").arg(native);
    QTemporaryFile probe(QDir(trimmed).filePath(QStringLiteral(".tunedrop-write-test-XXXXXX")));
    if (!probe.open())
        return QCoreApplication::translate("Settings", "TuneDrop cannot write to the output folder %1.").arg(native);
    return {};
}

QString Settings::validateTimeLimits(int softSeconds, int hardSeconds)
{
    if (softSeconds < 0 || softSeconds > kMaxTimeLimitSeconds || hardSeconds < 0
        || hardSeconds > kMaxTimeLimitSeconds)
        return QCoreApplication::translate("Settings", "Time limits must be between 0 (off) and %1 minutes.").arg(kMaxTimeLimitSeconds / 60);
    if (softSeconds > 0 && hardSeconds > 0 && softSeconds >= hardSeconds)
        return QCoreApplication::translate("Settings", "The soft time limit must be shorter than the hard time limit.");
    return {};
}

}  // namespace tunedrop
