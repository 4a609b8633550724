#pragma once

#include "transcode/EncoderSettings.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace tunedrop {

// The options every entry point shares (window, --headless, --once).
struct CommandLineOptions {
    bool headless = false;
    bool once = false;
    QString profileDir;
    QString outputDir;      // empty = the profile's library folder
    int workers = 0;        // 0 = the setting / ideal thread count
    EncoderSettings encoder;
    bool encoderGiven = false;  // --bitrate/--vbr/--no-stream-copy/--id3v2.3 on the command line
    bool web = false;           // --web: start the embedded web server
    int webPort = -1;           // --web-port, -1 = the setting
    QString webListen;          // --web-listen, empty = the setting
    QStringList trustedProxies; // --trusted-proxy ADDR (repeatable), empty = the setting
    bool allowLocalSources = false;
    bool setWebPassword = false;  // --set-web-password: read it from stdin, store its hash, exit
    bool webRequireLogin = false; // --web-require-login: credentials even on loopback (shared machines, tests)
    bool printWebToken = false;   // --web-token: print the API token for scripts, exit
    int retentionHours = -1;      // --retention-hours, -1 = the setting, 0 = keep forever
    bool updateYtDlp = false;     // --update-yt-dlp: install the latest yt-dlp in the profile, exit
    QString ytDlpReleaseUrl;      // --yt-dlp-release-url BASE (mirrors the official layout)
    QString importCookies;        // --import-cookies FILE: keep a cookies.txt in the keychain, exit
    bool forgetCookies = false;   // --forget-cookies: remove the imported cookies, exit
    QString cookiesFromBrowser;   // --cookies-from-browser SPEC: this run reads sign-in cookies from a browser
    QStringList items;
};

class CommandLine {
public:
    CommandLine();
    // Parses and validates; on a usage error returns nullopt with *error set.
    std::optional<CommandLineOptions> parse(const QStringList &arguments, QString *error);
    QCommandLineParser &parser() { return m_parser; }

    // Decides before any QCoreApplication exists whether a window is needed.
    static bool wantsNoWindow(int argc, char **argv);

private:
    QCommandLineParser m_parser;
};

}  // namespace tunedrop
