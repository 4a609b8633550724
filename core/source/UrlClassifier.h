#pragma once

#include <QString>

namespace tunedrop {

// What kind of thing a submitted link or path is, decided without touching the network.
struct ClassifiedInput {
    enum class Kind {
        Invalid,      // not a link or path we can use; `error` says why
        LocalFile,    // a local path or file:// URL (desktop only, never from the web)
        DirectMedia,  // http(s) URL whose path ends in a media extension (.mp3 .m4a .webm ...), or .m3u8 (HLS)
        YouTube,      // a YouTube video or playlist link
        OtherSite,    // any other http(s) URL: yt-dlp decides (generic extractor included)
    };
    Kind kind = Kind::Invalid;
    QString input;         // as given, trimmed
    QString url;           // normalised URL (https://www.youtube.com/watch?v=ID for videos)
    QString localPath;     // LocalFile only: absolute path
    QString youtubeId;     // 11-character video id, empty for a pure playlist link
    QString playlistId;    // "list=" value when present
    bool isPlaylist = false;  // a playlist/channel to expand (YouTube list= without v=, /playlist)
    bool isHls = false;       // DirectMedia pointing at an .m3u8 playlist
    QString error;         // Invalid only: translated, user-readable
    // Invalid only: `error` untranslated (context "UrlClassifier") and its %1, so that the web
    // server can say it in the browser's language rather than the desktop's (WebText).
    const char *errorSource = nullptr;
    QString errorArg;
    bool plainText = false;  // Invalid only: words, neither a link nor a path ("not a link")
};

class UrlClassifier {
public:
    static ClassifiedInput classify(const QString &input);
    // The original service's rule: ^(https?://)?((www\.)?youtube\.com|youtu\.be)/.+$
    static bool matchesOriginalYouTubePattern(const QString &input);
    // Extracts the 11-character id from any YouTube link shape, or empty.
    static QString youtubeVideoId(const QString &url);
};

}  // namespace tunedrop
