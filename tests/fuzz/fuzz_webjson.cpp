// Bodies the embedded web server parses (core/web): POST /submit {"video_url": ...},
// POST /api/jobs {"links": [...]}, POST /login password=..., and the refusal rule every
// submitted link passes (WebServer::refusalFor).
#include "FuzzSupport.h"

#include "web/WebReplies.h"
#include "web/WebServer.h"

using namespace tunedrop;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QString link = webdetail::submittedLink(body);
    FUZZ_CHECK(link == link.trimmed());
    if (!link.isEmpty() && link.size() <= 4096)
        WebServer::refusalFor(link, false);

    const QStringList links = webdetail::submittedLinks(body);
    // The handler refuses more than kMaxLinksPerRequest before looking at any.
    for (qsizetype i = 0; i < links.size() && i < WebServer::kMaxLinksPerRequest; ++i) {
        FUZZ_CHECK(links.at(i) == links.at(i).trimmed());
        WebServer::refusalFor(links.at(i), false);
        WebServer::refusalFor(links.at(i), true);
    }
    webdetail::loginPassword(body);
    return 0;
}
