#pragma once

#include "CommandLine.h"
#include "queue/JobQueue.h"
#include "web/WebServer.h"

#include <QByteArray>
#include <QString>

namespace tunedrop {

class Profile;
class Settings;

// What the services are configured with, mapped from the profile's Settings and this run's
// command line. This is the only place that maps settings to the services' configurations:
// Settings (core/settings) only stores values; the composition root builds the services from
// these and, after a settings change, compares two of them to decide what applies live.
struct ServiceConfigs {
    QueueConfig queue;
    bool webWanted = false;          // --web or the setting
    WebServerConfig web;
    QString webHost;                 // the listen address as given (for the addresses a phone opens)
    QString webAddressError;         // the listen address cannot be parsed (translated)
    QString webPasswordStamp;        // changes whenever the access password is set or cleared
    int retentionHours = 0;          // 0 = keep forever
    bool retentionFromCommandLine = false;
    QString language;                // the interface's language ("" = the system's)

    // `cookieFile` is the imported cookies.txt read from the keychain (empty when none).
    static ServiceConfigs from(const Settings &settings, const Profile &profile,
                               const CommandLineOptions &options, const QByteArray &cookieFile);
};

// The app-managed yt-dlp of a profile (<profile>/tools/yt-dlp), what Update yt-dlp installs.
QString managedYtDlpPath(const Settings &settings);
// The browser to read sign-in cookies from: the stored one when yt-dlp knows it, else firefox.
QString cookiesBrowserSpec(const Settings &settings);

}  // namespace tunedrop
