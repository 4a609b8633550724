#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>

class QMimeData;

namespace tunedrop {

// Finds the links and media files in what a user pastes or drops: free text with several
// links (one per line or mixed with prose), text/uri-list, a browser's text/x-moz-url or
// text/html, local files. Order is kept, duplicates dropped. It only finds candidates: the
// queue still classifies and may refuse each one.
class LinkExtractor {
public:
    static QStringList fromText(const QString &text);
    static QStringList fromUrls(const QList<QUrl> &urls);
    static QStringList fromMimeData(const QMimeData *mime);
    // Whether a drag carries anything fromMimeData could use.
    static bool canUse(const QMimeData *mime);
};

}  // namespace tunedrop
