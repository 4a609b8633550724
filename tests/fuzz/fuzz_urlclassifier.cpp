// Every link or path a user or a web client submits (core/source/UrlClassifier), and the web
// server's refusal rule on top of it (WebServer::refusalFor).
#include "FuzzSupport.h"

#include "source/UrlClassifier.h"
#include "web/WebServer.h"

#include <QDir>
#include <QUrl>

using namespace tunedrop;
using Kind = ClassifiedInput::Kind;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    const ClassifiedInput c = UrlClassifier::classify(input);
    FUZZ_CHECK(c.input == input.trimmed());
    FUZZ_CHECK((c.kind == Kind::Invalid) == !c.error.isEmpty());
    switch (c.kind) {
    case Kind::Invalid:
        // Nothing half-parsed leaks into a refusal.
        FUZZ_CHECK(c.url.isEmpty() && c.localPath.isEmpty() && c.youtubeId.isEmpty());
        break;
    case Kind::LocalFile:
        FUZZ_CHECK(QDir::isAbsolutePath(c.localPath));
        break;
    case Kind::YouTube:
        if (!c.isPlaylist) {
            FUZZ_CHECK(c.youtubeId.size() == 11);
            FUZZ_CHECK(c.url == QLatin1String("https://www.youtube.com/watch?v=") + c.youtubeId);
        }
        FUZZ_CHECK(c.url.startsWith(QLatin1String("https://www.youtube.com/")));
        Q_FALLTHROUGH();
    case Kind::DirectMedia:
    case Kind::OtherSite: {
        const QUrl url(c.url);
        FUZZ_CHECK(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
        // The normalised URL is the queue's duplicate key: classifying it again changes nothing.
        const ClassifiedInput again = UrlClassifier::classify(c.url);
        FUZZ_CHECK(again.kind == c.kind);
        FUZZ_CHECK(again.url == c.url);
        FUZZ_CHECK(again.youtubeId == c.youtubeId);
        break;
    }
    }
    UrlClassifier::matchesOriginalYouTubePattern(input);
    WebServer::refusalFor(input, false);
    return 0;
}
