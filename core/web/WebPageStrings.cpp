#include "WebPageStrings.h"

#include "WebText.h"

#include <QCoreApplication>

namespace tunedrop {

namespace {

struct Entry {
    const char *key;
    const char *source;
};

// QT_TRANSLATE_NOOP: lupdate collects these into the .ts files; WebText looks them up.
constexpr Entry kEntries[] = {
    {"label", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Links to convert to MP3")},
    {"placeholder", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Paste one or more links, one per line")},
    {"submit", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Download as MP3")},
    {"queue", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Queue")},
    {"empty", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Nothing here yet.")},
    {"download", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Download")},
    {"sending", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Sending…")},
    {"unreachable", QT_TRANSLATE_NOOP("tunedrop::WebPage", "TuneDrop did not answer. Check the connection and try again.")},
    {"lineRefused", QT_TRANSLATE_NOOP("tunedrop::WebPage", "“%1”: %2")},
    {"queued", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Waiting in the queue")},
    {"retrying", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Trying again in %1 (attempt %2 of %3)")},
    {"resolving", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Looking up the link…")},
    {"downloading", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Downloading")},
    {"downloadingStarted", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Downloading…")},
    {"converting", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Converting")},
    {"convertingStarted", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Converting…")},
    {"done", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Done")},
    {"failed", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Failed: %1")},
    {"failedNoReason", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Failed")},
    {"cancelled", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Cancelled")},
    {"expired", QT_TRANSLATE_NOOP("tunedrop::WebPage", "Expired: the MP3 has been deleted")},
    {"speedMB", QT_TRANSLATE_NOOP("tunedrop::WebPage", "%1 MB/s")},
    {"speedKB", QT_TRANSLATE_NOOP("tunedrop::WebPage", "%1 kB/s")},
    {"etaSeconds", QT_TRANSLATE_NOOP("tunedrop::WebPage", "about %1 s left")},
    {"etaMinutes", QT_TRANSLATE_NOOP("tunedrop::WebPage", "about %1 min left")},
    {"etaHours", QT_TRANSLATE_NOOP("tunedrop::WebPage", "about %1 h left")},
    // Why a job failed, by its errorCategory: the job's own message is written once, in the
    // desktop's language; a phone in another language reads this first.
    {"cause-not-found", QT_TRANSLATE_NOOP("tunedrop::WebPage", "the file or video was not found")},
    {"cause-permission-denied", QT_TRANSLATE_NOOP("tunedrop::WebPage", "access was refused")},
    {"cause-no-audio", QT_TRANSLATE_NOOP("tunedrop::WebPage", "there is no sound in it")},
    {"cause-unsupported", QT_TRANSLATE_NOOP("tunedrop::WebPage", "this kind of file cannot be converted")},
    {"cause-corrupt", QT_TRANSLATE_NOOP("tunedrop::WebPage", "the file is damaged")},
    {"cause-disk-full", QT_TRANSLATE_NOOP("tunedrop::WebPage", "the disk of the computer running TuneDrop is full")},
    {"cause-network", QT_TRANSLATE_NOOP("tunedrop::WebPage", "the connection failed")},
    {"cause-timed-out", QT_TRANSLATE_NOOP("tunedrop::WebPage", "it took too long")},
    {"cause-internal", QT_TRANSLATE_NOOP("tunedrop::WebPage", "something went wrong inside TuneDrop")},
    {"seconds", QT_TRANSLATE_NOOP("tunedrop::WebPage", "%1 s")},
    {"minutes", QT_TRANSLATE_NOOP("tunedrop::WebPage", "%1 min")},
};

}  // namespace

QJsonObject WebPageStrings::table(const WebText &text)
{
    QJsonObject o;
    for (const Entry &e : kEntries)
        o.insert(QLatin1String(e.key), text.page(e.source));
    return o;
}

QByteArray WebPageStrings::renderPage(const QByteArray &html, const WebText &text)
{
    QByteArray out = html;
    out.replace("{{lang}}", text.language().toUtf8());
    for (const Entry &e : kEntries)
        out.replace("{{" + QByteArray(e.key) + "}}", text.page(e.source).toHtmlEscaped().toUtf8());
    return out;
}

}  // namespace tunedrop
