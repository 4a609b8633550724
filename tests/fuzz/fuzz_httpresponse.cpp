// Response headers HttpDownloader reads from any server a link points at
// (core/source/HttpHelpers): Content-Type, Content-Length, Content-Range, ETag, Last-Modified,
// Content-Disposition (http::parseHead, http::dispositionFileName) and Retry-After.
//
// Input: a response head as a server sends it, "Name: value" lines (CRLF or LF).
#include "FuzzSupport.h"

#include "source/HttpHelpers.h"

#include <QNetworkReply>

using namespace tunedrop;

namespace {

// A reply that only carries headers: parseHead() reads nothing else.
class HeadersOnlyReply final : public QNetworkReply {
public:
    void setHeader(const QByteArray &name, const QByteArray &value) { setRawHeader(name, value); }
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

// Qt 6.4's own date parser for these headers (QNetworkHeadersPrivate::fromHttpDate, run by
// setRawHeader) reads past the value's terminating NUL when the value's first comma is its last
// character anywhere but index 3 ("," or "abcdef,"): it scans from the comma + 2. Found by this
// target on 2026-12-03 (heap-buffer-overflow, READ in strlen under sscanf, libQt6Network frames
// only). It is Qt's code and runs inside QNetworkAccessManager before TuneDrop sees a header, so
// nothing here can guard it; the harness leaves those values out so that it keeps testing ours
// (tests/fuzz/regressions/httpresponse/qt-fromhttpdate-trailing-comma keeps the input).
bool tripsQtDateParser(const QByteArray &name, const QByteArray &value)
{
    if (name.compare("Last-Modified", Qt::CaseInsensitive) != 0
        && name.compare("If-Modified-Since", Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype comma = value.indexOf(',');
    return comma >= 0 && comma == value.size() - 1 && comma != 3;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head = fuzz::bytes(data, size);
    HeadersOnlyReply reply;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!tripsQtDateParser(name, value))
            reply.setHeader(name, value);
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
            const int ms = http::parseRetryAfterMs(value);
            FUZZ_CHECK(ms >= 0 && ms <= 86400 * 1000);  // "at most a day"
        }
    }
    const http::ResponseHead parsed = http::parseHead(reply);
    // "without any directory part": the name becomes a file name in the work folder.
    FUZZ_CHECK(!parsed.fileName.contains(QLatin1Char('/')) && !parsed.fileName.contains(QLatin1Char('\\')));
    FUZZ_CHECK(parsed.rangeFrom >= -1 && parsed.rangeTotal >= -1);
    http::dispositionFileName(head);
    http::parseRetryAfterMs(head);
    return 0;
}
