#include "CommandLine.h"
#include "source/CookieFile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QThread>

#include <cstring>

namespace tunedrop {

namespace {

const QString kHeadless = QStringLiteral("headless");
const QString kOnce = QStringLiteral("once");
const QString kProfile = QStringLiteral("profile");
const QString kOutputDir = QStringLiteral("output-dir");
const QString kBitrate = QStringLiteral("bitrate");
const QString kVbr = QStringLiteral("vbr");
const QString kWorkers = QStringLiteral("workers");
const QString kNoCopy = QStringLiteral("no-stream-copy");
const QString kId3v23 = QStringLiteral("id3v2.3");
const QString kWeb = QStringLiteral("web");
const QString kWebPort = QStringLiteral("web-port");
const QString kWebListen = QStringLiteral("web-listen");
const QString kTrustedProxy = QStringLiteral("trusted-proxy");
const QString kAllowLocal = QStringLiteral("allow-local-sources");
const QString kSetPassword = QStringLiteral("set-web-password");
const QString kRequireLogin = QStringLiteral("web-require-login");
const QString kWebToken = QStringLiteral("web-token");
const QString kRetention = QStringLiteral("retention-hours");
const QString kUpdateYtDlp = QStringLiteral("update-yt-dlp");
const QString kReleaseUrl = QStringLiteral("yt-dlp-release-url");
const QString kImportCookies = QStringLiteral("import-cookies");
const QString kForgetCookies = QStringLiteral("forget-cookies");
const QString kCookiesFromBrowser = QStringLiteral("cookies-from-browser");
}  // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "TuneDrop downloads a video or audio link (or converts a local file) and saves its "
           "sound as a tagged MP3."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {kHeadless, QCoreApplication::translate("CommandLine", "Run the queue without a window until stopped (SIGINT/SIGTERM).")},
        {kOnce, QCoreApplication::translate("CommandLine", "With --headless: convert the given items, print the path of each MP3, then exit.")},
        {kProfile, QCoreApplication::translate("CommandLine", "Keep all settings and state in <dir>."), QCoreApplication::translate("CommandLine", "dir")},
        {kOutputDir, QCoreApplication::translate("CommandLine", "Write MP3 files to <dir> (default: the library folder)."), QCoreApplication::translate("CommandLine", "dir")},
        {kBitrate, QCoreApplication::translate("CommandLine", "Constant bitrate in kbps, 8 to 320 (default 192); below 32 only for sources at 24 kHz or less."), QCoreApplication::translate("CommandLine", "kbps")},
        {kVbr, QCoreApplication::translate("CommandLine", "Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR."), QCoreApplication::translate("CommandLine", "q")},
        {kWorkers, QCoreApplication::translate("CommandLine", "How many conversions run at once, 1 to 16."), QCoreApplication::translate("CommandLine", "n")},
        {kNoCopy, QCoreApplication::translate("CommandLine", "Always re-encode, even MP3 sources that could be copied losslessly.")},
        {kId3v23, QCoreApplication::translate("CommandLine", "Write ID3v2.3 tags (for old players) instead of ID3v2.4.")},
        {kWeb, QCoreApplication::translate("CommandLine", "Start the web server (phones and browsers can add links and download MP3s).")},
        {kWebPort, QCoreApplication::translate("CommandLine", "Web server port (default 8080)."), QCoreApplication::translate("CommandLine", "port")},
        {kWebListen, QCoreApplication::translate("CommandLine", "Address the web server listens on (default 127.0.0.1)."), QCoreApplication::translate("CommandLine", "address")},
        {kTrustedProxy, QCoreApplication::translate("CommandLine", "Believe X-Forwarded-For only from this reverse proxy's address (may be given more than once)."), QCoreApplication::translate("CommandLine", "address")},
        {kAllowLocal, QCoreApplication::translate("CommandLine", "Accept web links to this computer's own addresses (trusted setups, tests).")},
        {kRequireLogin, QCoreApplication::translate("CommandLine", "Ask for the access password even on this computer (shared machines).")},
        {kRetention, QCoreApplication::translate("CommandLine", "Delete finished MP3s this many hours after they were made (default 8; 0 keeps them forever)."), QCoreApplication::translate("CommandLine", "hours")},
        {kUpdateYtDlp, QCoreApplication::translate("CommandLine", "Download the latest yt-dlp, verify its checksum and install it for TuneDrop, then exit.")},
        {kReleaseUrl, QCoreApplication::translate("CommandLine", "Where yt-dlp releases are downloaded from (a mirror of the official layout)."), QCoreApplication::translate("CommandLine", "url")},
        {kImportCookies, QCoreApplication::translate("CommandLine", "Keep the sign-in cookies of a Netscape cookies.txt file in the system keychain for yt-dlp, then exit."), QCoreApplication::translate("CommandLine", "file")},
        {kForgetCookies, QCoreApplication::translate("CommandLine", "Remove the imported sign-in cookies, then exit.")},
        {kCookiesFromBrowser, QCoreApplication::translate("CommandLine", "Let yt-dlp read sign-in cookies from this browser (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) for this run."), QCoreApplication::translate("CommandLine", "browser")},
        {kWebToken, QCoreApplication::translate("CommandLine", "Print the web API token (for \"Authorization: Bearer\") and exit.")},
        {kSetPassword, QCoreApplication::translate("CommandLine", "Read the web server's access password from standard input, store its salted hash and exit.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("items"),
                                   QCoreApplication::translate("CommandLine", "Links or local media files to convert."),
                                   QCoreApplication::translate("CommandLine", "[items...]"));
}

bool CommandLine::wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        for (const char *flag : {"--headless", "--version", "-v", "--help", "-h", "--help-all", "--set-web-password", "--web-token", "--update-yt-dlp", "--import-cookies", "--forget-cookies"})
            if (std::strcmp(a, flag) == 0)
                return true;
        if (std::strncmp(a, "--import-cookies=", 17) == 0)
            return true;
    }
    return false;
}

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return std::nullopt;
    }
    CommandLineOptions o;
    o.headless = m_parser.isSet(kHeadless);
    o.once = m_parser.isSet(kOnce);
    o.profileDir = m_parser.value(kProfile);
    o.outputDir = m_parser.value(kOutputDir);
    o.items = m_parser.positionalArguments();

    if (m_parser.isSet(kBitrate) && m_parser.isSet(kVbr)) {
        *error = QCoreApplication::translate("CommandLine", "Choose either --bitrate or --vbr, not both.");
        return std::nullopt;
    }
    bool ok = true;
    if (m_parser.isSet(kBitrate))
        o.encoder = EncoderSettings::cbr(m_parser.value(kBitrate).toInt(&ok));
    else if (m_parser.isSet(kVbr))
        o.encoder = EncoderSettings::vbr(m_parser.value(kVbr).toInt(&ok));
    o.encoderGiven = m_parser.isSet(kBitrate) || m_parser.isSet(kVbr) || m_parser.isSet(kNoCopy)
        || m_parser.isSet(kId3v23);
    if (!ok) {
        *error = QCoreApplication::translate("CommandLine", "The bitrate or quality must be a whole number.");
        return std::nullopt;
    }
    o.encoder.allowStreamCopy = !m_parser.isSet(kNoCopy);
    if (m_parser.isSet(kId3v23))
        o.encoder.id3Version = EncoderSettings::Id3Version::V23;
    if (const QString why = o.encoder.validationError(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    if (m_parser.isSet(kWorkers)) {
        o.workers = m_parser.value(kWorkers).toInt(&ok);
        if (!ok || o.workers < 1 || o.workers > 16) {
            *error = QCoreApplication::translate("CommandLine", "--workers must be between 1 and 16.");
            return std::nullopt;
        }
    }
    o.web = m_parser.isSet(kWeb);
    o.setWebPassword = m_parser.isSet(kSetPassword);
    o.webRequireLogin = m_parser.isSet(kRequireLogin);
    o.printWebToken = m_parser.isSet(kWebToken);
    o.updateYtDlp = m_parser.isSet(kUpdateYtDlp);
    o.ytDlpReleaseUrl = m_parser.value(kReleaseUrl);
    o.importCookies = m_parser.value(kImportCookies);
    o.forgetCookies = m_parser.isSet(kForgetCookies);
    o.cookiesFromBrowser = m_parser.value(kCookiesFromBrowser);
    if (m_parser.isSet(kCookiesFromBrowser)) {
        if (const QString why = cookies::checkBrowserSpec(o.cookiesFromBrowser); !why.isEmpty()) {
            *error = QStringLiteral("--cookies-from-browser: ") + why;
            return std::nullopt;
        }
    }
    if (m_parser.isSet(kRetention)) {
        o.retentionHours = m_parser.value(kRetention).toInt(&ok);
        if (!ok || o.retentionHours < 0 || o.retentionHours > 8760) {
            *error = QCoreApplication::translate("CommandLine", "--retention-hours must be between 0 (keep forever) and 8760.");
            return std::nullopt;
        }
    }
    o.webListen = m_parser.value(kWebListen);
    for (const QString &proxy : m_parser.values(kTrustedProxy)) {
        QHostAddress address;
        if (!address.setAddress(proxy.trimmed())) {
            *error = QCoreApplication::translate("CommandLine", "--trusted-proxy needs an IP address, not “%1”.").arg(proxy);
            return std::nullopt;
        }
        o.trustedProxies << address.toString();
    }
    o.allowLocalSources = m_parser.isSet(kAllowLocal);
    if (m_parser.isSet(kWebPort)) {
        o.webPort = m_parser.value(kWebPort).toInt(&ok);
        if (!ok || o.webPort < 0 || o.webPort > 65535) {
            *error = QCoreApplication::translate("CommandLine", "--web-port must be a port number (1 to 65535, or 0 for any free port).");
            return std::nullopt;
        }
    }
    if (o.once && o.items.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "--once needs at least one link or file to convert.");
        return std::nullopt;
    }
    return o;
}

}  // namespace tunedrop
