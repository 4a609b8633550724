// HttpRequestParser (core/web): every byte a client sends the embedded web server.
//
// Input: byte 0 picks how the stream is cut into reads (its value + 1 bytes per read; 255:
// all at once), then the bytes as a client would send them (pipelined requests welcome).
// Besides sanitizer errors it checks the parser's promises: the same requests and the same
// refusal however the bytes are split; never more held than the limits; only the documented
// statuses; nothing accepted that would let a header or a second request be smuggled.
#include "FuzzSupport.h"

#include "web/HttpRequestParser.h"

using namespace tunedrop;

namespace {

const HttpRequestParser::Limits kLimits{1024, 20, 4096};  // small, so the mutator reaches them

struct Result {
    QList<QByteArray> requests;  // a digest of each complete request
    int status = 0;
};

QByteArray digest(const HttpRequest &r)
{
    QByteArray d = r.method() + ' ' + r.target + ' ' + QByteArray::number(r.minorVersion) + (r.keepAlive ? " k" : " c");
    for (const auto &[name, value] : r.headers())
        d += '\n' + name + ':' + value;
    return d + "\n\n" + r.body();
}

void checkRequest(const HttpRequest &r)
{
    FUZZ_CHECK(r.body().size() <= kLimits.maxBody);
    FUZZ_CHECK(r.headers().size() <= kLimits.maxHeaders);
    FUZZ_CHECK(r.target.startsWith('/'));
    FUZZ_CHECK(r.minorVersion == 0 || r.minorVersion == 1);
    int hosts = 0;
    for (const auto &[name, value] : r.headers()) {
        FUZZ_CHECK(!name.isEmpty());
        for (const char c : name + value)
            FUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');
        hosts += name.compare("host", Qt::CaseInsensitive) == 0;
    }
    FUZZ_CHECK(hosts <= 1 && (hosts == 1 || r.minorVersion == 0));
}

Result run(const QByteArray &stream, qsizetype step)
{
    HttpRequestParser parser(kLimits);
    QByteArray buffer;
    Result out;
    for (qsizetype fed = 0; fed < stream.size();) {
        const qsizetype n = std::min(step, stream.size() - fed);
        buffer += stream.mid(fed, n);
        fed += n;
        for (;;) {
            const HttpRequestParser::Status st = parser.parse(buffer);
            if (st == HttpRequestParser::Status::HeadReady)
                continue;
            if (st == HttpRequestParser::Status::Complete) {
                const HttpRequest r = parser.takeRequest();
                checkRequest(r);
                out.requests << digest(r);
                continue;
            }
            if (st == HttpRequestParser::Status::Failed) {
                out.status = parser.errorStatus();
                static const QList<int> documented{400, 413, 417, 431, 501, 505};
                FUZZ_CHECK(documented.contains(out.status));
                return out;
            }
            break;  // NeedMore
        }
        // What waits unparsed is at most an incomplete head (plus the read that just came).
        FUZZ_CHECK(buffer.size() < kLimits.maxHeadBytes + n);
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray stream = fuzz::bytes(data + 1, size - 1);
    const Result whole = run(stream, std::max<qsizetype>(1, stream.size()));
    if (data[0] != 255) {
        const Result split = run(stream, qsizetype(data[0]) + 1);
        FUZZ_CHECK(split.status == whole.status);
        FUZZ_CHECK(split.requests == whole.requests);
    }
    return 0;
}
