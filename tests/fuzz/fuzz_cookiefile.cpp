// cookies.txt as a user imports it (core/source/CookieFile): cookies::check, sameCookies and
// the --cookies-from-browser spec.
#include "FuzzSupport.h"

#include "source/CookieFile.h"

using namespace tunedrop;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = fuzz::bytes(data, size);
    const cookies::Check first = cookies::check(content);
    FUZZ_CHECK(first.error.isEmpty() != first.normalized.isEmpty());
    if (first.error.isEmpty()) {
        FUZZ_CHECK(first.count > 0);
        FUZZ_CHECK(first.normalized.startsWith("# Netscape HTTP Cookie File\n"));
        // What the vault keeps is checked again at every start: it must pass unchanged, with
        // the same cookies (yt-dlp reads exactly these lines).
        const cookies::Check again = cookies::check(first.normalized);
        FUZZ_CHECK(again.error.isEmpty());
        FUZZ_CHECK(again.count == first.count);
        FUZZ_CHECK(again.normalized == first.normalized);
        FUZZ_CHECK(cookies::sameCookies(first.normalized, again.normalized));
    }
    const qsizetype half = content.size() / 2;
    cookies::sameCookies(content.left(half), content.mid(half));
    cookies::checkBrowserSpec(QString::fromUtf8(content));
    return 0;
}
