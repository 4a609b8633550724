#pragma once

#include "queue/Job.h"

#include <QCoreApplication>
#include <QString>

namespace tunedrop {

// What a job's row says about it, shared by the list model and the window's messages.
class JobRowText {
    Q_DECLARE_TR_FUNCTIONS(JobRowText)
public:
    // The job's title, else a short name for its link or file (LinkName), never the whole URL.
    static QString title(const Job &job);
    // The site's name; the host for yt-dlp's generic extractors ("HTML5MediaEmbed"); "Local file".
    static QString site(const Job &job);
    // "Artist · 3:45", what is known of the two; empty when neither is.
    static QString subtitle(const Job &job);
    // "3:45", "1:02:03": the length of a track, as players show it.
    static QString trackLength(double seconds);
};

}  // namespace tunedrop
