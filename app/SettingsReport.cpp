#include "SettingsReport.h"

#include "ServiceConfigs.h"

#include <QCoreApplication>


namespace tunedrop {

namespace {

using Part = SettingsReport::Part;

bool sameWeb(const ServiceConfigs &a, const ServiceConfigs &b)
{
    return a.webWanted == b.webWanted && a.webHost == b.webHost && a.web.port == b.web.port
        && a.web.trustedProxies == b.web.trustedProxies && a.web.passwordSet == b.web.passwordSet
        && a.web.requireCredentials == b.web.requireCredentials && a.webPasswordStamp == b.webPasswordStamp;
}

// One comparison per part; every part of ServiceConfigs belongs to exactly one.
bool differs(Part part, const ServiceConfigs &a, const ServiceConfigs &b)
{
    const QueueConfig &x = a.queue, &y = b.queue;
    switch (part) {
    case Part::Workers: return x.workers != y.workers;
    case Part::Quality:
        return x.encoder.mode != y.encoder.mode || x.encoder.bitrateKbps != y.encoder.bitrateKbps
            || x.encoder.vbrQuality != y.encoder.vbrQuality || x.encoder.id3Version != y.encoder.id3Version
            || x.encoder.allowStreamCopy != y.encoder.allowStreamCopy;
    case Part::OutputFolder: return x.defaultOutputDir != y.defaultOutputDir;
    case Part::FileNames: return x.fileNameTemplate != y.fileNameTemplate;
    case Part::PlaylistLimit: return x.playlistLimit != y.playlistLimit;
    case Part::TimeLimits:
        return x.softTimeLimitSeconds != y.softTimeLimitSeconds || x.hardTimeLimitSeconds != y.hardTimeLimitSeconds;
    case Part::YtDlp: return x.ytDlpPath != y.ytDlpPath;
    case Part::SignIn: return x.signIn.browser != y.signIn.browser || x.signIn.fileContent != y.signIn.fileContent;
    case Part::Retention: return a.retentionHours != b.retentionHours;
    case Part::WebServer: return !sameWeb(a, b);
    case Part::Language: return a.language != b.language;
    }
    return false;
}

constexpr Part kParts[] = {Part::Workers,  Part::Quality,   Part::OutputFolder, Part::FileNames,
                           Part::PlaylistLimit, Part::TimeLimits, Part::YtDlp, Part::SignIn,
                           Part::Retention, Part::WebServer, Part::Language};

}  // namespace

SettingsReport SettingsReport::compare(const ServiceConfigs &before, const ServiceConfigs &after,
                                       const ServiceConfigs &effectiveBefore, const ServiceConfigs &effectiveAfter)
{
    SettingsReport r;
    for (const Part part : kParts) {
        if (part == Part::Language) {  // translators are installed once, before any window exists
            if (differs(part, before, after))
                r.nextStart << part;
        } else if (differs(part, effectiveBefore, effectiveAfter)) {
            r.live << part;
        } else if (differs(part, before, after)) {
            r.commandLine << part;
        }
    }
    return r;
}

QString SettingsReport::partName(Part part)
{
    const char *const context = "SettingsReport";
    switch (part) {
    case Part::Workers: return QCoreApplication::translate(context, "Simultaneous conversions");
    case Part::Quality: return QCoreApplication::translate(context, "MP3 quality");
    case Part::OutputFolder: return QCoreApplication::translate(context, "Output folder");
    case Part::FileNames: return QCoreApplication::translate(context, "File names");
    case Part::PlaylistLimit: return QCoreApplication::translate(context, "Playlist limit");
    case Part::TimeLimits: return QCoreApplication::translate(context, "Time limits");
    case Part::YtDlp: return QCoreApplication::translate(context, "yt-dlp");
    case Part::SignIn: return QCoreApplication::translate(context, "Sign-in cookies");
    case Part::Retention: return QCoreApplication::translate(context, "Deleting finished MP3s");
    case Part::WebServer: return QCoreApplication::translate(context, "Web server");
    case Part::Language: return QCoreApplication::translate(context, "Language");
    }
    return {};
}

}  // namespace tunedrop
