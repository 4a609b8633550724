// What GuardedProxy reads from others (core/source): a client's proxy request head (from any
// local program that connects), an origin server's response head (rewritten to close), and
// the host of a link as the SSRF checks canonicalise it (OwnAddress.h).
//
// Input: a request or response head, or a host name; every parser gets every input.
#include "FuzzSupport.h"

#include "source/GuardedProxyConnection.h"
#include "source/OwnAddress.h"

using namespace tunedrop;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    GuardedProxyConnection::Request request;
    if (GuardedProxyConnection::parseRequest(input, request)) {
        FUZZ_CHECK(!request.method.isEmpty() && !request.target.isEmpty());
        FUZZ_CHECK(request.version.startsWith("HTTP/1."));
        for (const auto &h : request.headers)
            FUZZ_CHECK(!h.first.isEmpty());
    }

    // The relayed head always ends the connection, whatever the server said.
    const QByteArray head = GuardedProxyConnection::closingResponseHead(input);
    FUZZ_CHECK(head.endsWith("Connection: close\r\n\r\n"));
    FUZZ_CHECK(("\n" + head.toLower()).count("\nconnection:") == 1);  // a line's start, the first too

    const QString host = QString::fromUtf8(input);
    const QHostAddress literal = literalHostAddress(host);
    // A literal this machine owns is refused by the host check as well.
    if (!literal.isNull() && isOwnMachineAddress(literal) && !host.contains(QLatin1Char('%')))
        FUZZ_CHECK(isOwnMachineHost(host));
    return 0;
}
