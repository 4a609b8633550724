#include "SettingsReport.h"

#include "ServiceConfigs.h"

#include <QCoreApplication>
#include <QStringList>


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

QString SettingsReport::statusLine(const QString &outputDir, const QString &webAddress) const
{
    QString status = QCoreApplication::translate("SettingsReport", "MP3s are saved to %1").arg(outputDir);
    if (applied) {  // at start-up the address is in the status bar already
        if (!webError.isEmpty())
            status = webError;
        else if (!webAddress.isEmpty())
            status += QStringLiteral(" · ") + QCoreApplication::translate("SettingsReport", "Web page: %1").arg(webAddress);
    }
    const auto names = [](const QList<Part> &parts) {
        QStringList out;
        for (const Part part : parts)
            out << partName(part);
        return out.join(QStringLiteral(", "));
    };
    if (!nextStart.isEmpty())
        status += QStringLiteral(" · ") + QCoreApplication::translate("SettingsReport", "From the next start: %1").arg(names(nextStart));
    if (!commandLine.isEmpty())
        status += QStringLiteral(" · ")
            + QCoreApplication::translate("SettingsReport", "The command line decides for this run: %1").arg(names(commandLine));
    return status;
}

QString SettingsReport::partName(Part part)
{
    switch (part) {
    case Part::Workers: return QCoreApplication::translate("SettingsReport", "Simultaneous conversions");
    case Part::Quality: return QCoreApplication::translate("SettingsReport", "MP3 quality");
    case Part::OutputFolder: return QCoreApplication::translate("SettingsReport", "Output folder");
    case Part::FileNames: return QCoreApplication::translate("SettingsReport", "File names");
    case Part::PlaylistLimit: return QCoreApplication::translate("SettingsReport", "Playlist limit");
    case Part::TimeLimits: return QCoreApplication::translate("SettingsReport", "Time limits");
    case Part::YtDlp: return QCoreApplication::translate("SettingsReport", "yt-dlp");
    case Part::SignIn: return QCoreApplication::translate("SettingsReport", "Sign-in cookies");
    case Part::Retention: return QCoreApplication::translate("SettingsReport", "Deleting finished MP3s");
    case Part::WebServer: return QCoreApplication::translate("SettingsReport", "Web server");
    case Part::Language: return QCoreApplication::translate("SettingsReport", "Language");
    }
    return {};
}

}  // namespace tunedrop
