#pragma once

#include <QList>
#include <QString>

namespace tunedrop {

struct ServiceConfigs;

// What a settings change did (CompositionRoot::applySettings): each part of the settings that
// changed, and whether it is in effect now, only from the next start, or decided by this
// run's command line (the setting is stored and used once the option is not given).
struct SettingsReport {
    enum class Part {
        Workers, Quality, OutputFolder, FileNames, PlaylistLimit, TimeLimits, YtDlp, SignIn,
        Retention, WebServer, Language
    };
    QList<Part> live;
    QList<Part> nextStart;
    QList<Part> commandLine;
    bool applied = false;        // from applySettings() (not the start-up configuration)
    bool webRestarted = false;   // the web server was started, restarted or stopped
    QString webError;            // it is wanted but could not start (translated)

    bool changed(Part part) const { return live.contains(part) || nextStart.contains(part) || commandLine.contains(part); }
    // The status bar's line after a change: where MP3s go, the web page (`webAddress`, empty
    // when the server does not run) or why it could not start, and what waits for the next
    // start or is decided by the command line. Translated.
    QString statusLine(const QString &outputDir, const QString &webAddress) const;
    // The window's words for a part ("Language"), translated.
    static QString partName(Part part);
    // The parts that differ between two configurations (stored values: `before`/`after`
    // mapped without command-line overrides; this run's: `effectiveBefore`/`effectiveAfter`).
    static SettingsReport compare(const ServiceConfigs &before, const ServiceConfigs &after,
                                  const ServiceConfigs &effectiveBefore, const ServiceConfigs &effectiveAfter);
};

}  // namespace tunedrop
