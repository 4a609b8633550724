#pragma once

#include "JsRuntime.h"
#include "YtDlp.h"

#include <QDate>
#include <QString>

namespace tunedrop {

// Which yt-dlp TuneDrop uses: the configured path, else the app-managed copy in the profile,
// else the one on PATH.
struct YtDlpChoice {
    enum class Origin { Configured, Managed, System, Missing };
    Origin origin = Origin::Missing;
    QString path;  // for Configured and Managed; System and Missing leave it to YtDlp (PATH)
};
YtDlpChoice chooseYtDlp(const QString &configuredPath, const QString &managedPath);

// What Settings and `tunedrop --version` show: which yt-dlp, its version and age, and the
// JavaScript runtime it gets.
struct YtDlpStatus {
    YtDlpChoice choice;
    YtDlp::Installation installation;
    int ageDays = -1;          // from the version's date; -1 when unknown
    bool stale = false;        // older than 60 days
    JsRuntimeSearch jsRuntime;

    static constexpr int kStaleDays = 60;
    static YtDlpStatus probe(const QString &configuredPath, const QString &managedPath, const QDate &today);

    QString summary() const;       // translated: "2025.11.12 — the copy TuneDrop manages (/path)"
    QString ageWarning() const;    // translated; empty unless stale
    QString jsRuntimeLine() const; // translated: the runtime, or that YouTube needs one
};

}  // namespace tunedrop
