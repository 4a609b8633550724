// Request headers the embedded web server reads (core/web): Range, If-Range, If-None-Match,
// If-Modified-Since (FileStreamer), Cookie (the session cookie), Authorization, Host and
// Origin/Referer (WebAuth); and the one header it builds from a site's text, the download's
// Content-Disposition (the file name comes from the track's title).
//
// Input: one byte choosing the header (its value modulo 16: '0' Range, '1' If-Range,
// '2' If-None-Match, '3' If-Modified-Since, '4' Cookie, '5' Authorization, '6' Host, '7' Origin,
// '8' a download name for Content-Disposition; anything else tries every one), then the value.
#include "FuzzSupport.h"

#include "web/FileStreamer.h"
#include "web/WebAuth.h"
#include "web/WebReplies.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTimeZone>

#include <limits>

using namespace tunedrop;

namespace {

enum Header : uint8_t { Range, IfRange, IfNoneMatch, IfModifiedSince, Cookie, Authorization, Host, Origin, Disposition, Count };

const QByteArray kEtag = "\"2a-18c5a6b3e00-1f\"";
const QDateTime kModified(QDate(2024, 5, 17), QTime(8, 49, 37), QTimeZone::utc());

void range(const QByteArray &value)
{
    static const qint64 kSizes[] = {0, 1, 42, 1000, qint64(1) << 40, std::numeric_limits<qint64>::max()};
    for (const qint64 size : kSizes) {
        bool unsatisfiable = true;
        const std::optional<ByteRange> r = FileStreamer::parseRange(value, size, &unsatisfiable);
        if (r) {
            // What Stream::start seeks to and sends must lie inside the file.
            FUZZ_CHECK(!unsatisfiable);
            FUZZ_CHECK(r->first >= 0 && r->first <= r->last && r->last < size);
            FUZZ_CHECK(r->length() > 0 && r->length() <= size);
        }
        FUZZ_CHECK(!unsatisfiable || !r);
    }
}

void dates(const QByteArray &value)
{
    FileStreamer::ifRangeHolds(value, kEtag, kModified);
    const QDateTime date = FileStreamer::parseHttpDate(value);
    if (date.isValid()) {
        // Our own Last-Modified must read back as the same instant.
        FUZZ_CHECK(FileStreamer::parseHttpDate(FileStreamer::httpDate(date)) == date);
    }
}

void auth(const QByteArray &value)
{
    static WebAuth webAuth([](const QString &) { return false; }, nullptr);
    webAuth.checkBearer(value);
    webAuth.session(webdetail::sessionCookieFromHeader(value));
}

const QStringList kServerNames{QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("::1"),
                               QStringLiteral("192.168.1.20"), QStringLiteral("fe80::1%eth0"),
                               QStringLiteral("tunedrop-box")};

void run(uint8_t which, const QByteArray &value)
{
    switch (which) {
    case Range:
        range(value);
        break;
    case IfRange:
    case IfModifiedSince:
        dates(value);
        break;
    case IfNoneMatch:
        FileStreamer::noneMatchHits(value, kEtag);
        break;
    case Cookie: {
        const QByteArray session = webdetail::sessionCookieFromHeader(value);
        FUZZ_CHECK(!session.contains(';'));
        auth(value);
        break;
    }
    case Authorization:
        auth(value);
        break;
    case Host:
        for (const quint16 port : {quint16(80), quint16(8080)})
            WebAuth::hostAllowed(value, kServerNames, port);
        break;
    case Origin:
        for (const quint16 port : {quint16(80), quint16(443), quint16(8080)})
            WebAuth::sameOrigin(value, kServerNames, port);
        break;
    case Disposition: {
        // Written into the response head: a CR, LF or any other control byte would let a
        // title inject headers.
        const QByteArray header = FileStreamer::contentDisposition(QString::fromUtf8(value));
        for (const char c : header)
            FUZZ_CHECK(c >= 0x20 && c < 0x7f);
        break;
    }
    default:
        for (uint8_t h = 0; h < Count; ++h)
            run(h, value);
        break;
    }
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
    run(data[0] % 16, fuzz::bytes(data + 1, size - 1));
    return 0;
}
