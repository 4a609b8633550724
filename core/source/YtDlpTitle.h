#pragma once

#include <QString>

namespace tunedrop {

// yt-dlp's generic extractors ("Generic", "HTML5MediaEmbed") fill "title" with what they can
// find, which is often not a title: "<page> (1)" for the only player on a page, "(1)" for a page
// without a name, "video" or "videoplayback". And their "upload_date" is the server's
// Last-Modified, usually the day of the download, not when the music came out.
class YtDlpTitle {
public:
    static bool isGenericExtractor(const QString &extractorKey);
    // The title to show and tag. `numbered`: an entry of a page with several players, whose
    // " (2)" tells it from its siblings; otherwise a lone " (1)" is dropped. Empty, numbers-only
    // and placeholder titles become the media file's name, else the page's.
    static QString clean(const QString &title, const QString &extractorKey, const QString &mediaUrl,
                         const QString &pageUrl, bool numbered = false);
};

}  // namespace tunedrop
