#pragma once

#include "common/UserText.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace tunedrop {

// A JavaScript runtime yt-dlp can use to solve YouTube's player challenges (yt-dlp 2025.11.12
// and later need one for full YouTube support).
struct JsRuntime {
    QString name;             // "deno" or "node"
    QString path;             // absolute path of the executable
    QString version;          // "2.1.4", "20.11.1"; empty when it did not run
    bool supported = false;   // runs, and is at least the minimum version yt-dlp supports

    static QVersionNumber minimumVersion(const QString &name);  // deno 2.0.0, node 20.0.0
    // yt-dlp's option for it: {"--js-runtimes", "node:/usr/bin/node"}.
    QStringList ytDlpArgs() const;
};

// What a search for runtimes found: the first usable one (deno before node, as yt-dlp
// recommends) and any that were found but cannot be used (too old, or do not run).
struct JsRuntimeSearch {
    JsRuntime usable;
    QList<JsRuntime> unusable;

    bool found() const { return !usable.path.isEmpty(); }
    QString summary() const;     // translated: "node 22.3.0 (/usr/bin/node)" or why there is none
    static QString missingHint();  // translated: what to install for YouTube
    static UserText missingHintText();  // the same, untranslated (a job's error)
};

// Looks for deno, then node, in `searchPath` (directories; empty: the PATH of this process).
// Each candidate's `--version` is asked once per executable file (cached until it changes).
JsRuntimeSearch findJsRuntime(const QStringList &searchPath = {});

// yt-dlp learnt --js-runtimes in 2025.11.12; older versions refuse unknown options.
bool ytDlpSupportsJsRuntimes(const QString &ytDlpVersion);

}  // namespace tunedrop
