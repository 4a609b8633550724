#pragma once

#include <QString>

namespace tunedrop {

// A short, human name for a link or file before anything better is known: the last path
// segment, percent-decoded ("Blue in Green.mp3"), the video id of a "watch?v=" link, or the
// host when the path says nothing; a local file's name. Never the whole URL: five rows of
// "http://127.0.0.1:8765/…" cannot be told apart.
class LinkName {
public:
    static QString of(const QString &input);
    // The same without a file extension ("Blue in Green"), for titles.
    static QString withoutExtension(const QString &input);
};

}  // namespace tunedrop
