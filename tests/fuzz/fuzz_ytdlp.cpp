// What yt-dlp prints for a link (core/source/YtDlp): the `-J` answer (a site controls most of
// its fields) and the stderr text mapError() turns into a message.
#include "FuzzSupport.h"

#include "source/YtDlp.h"

using namespace tunedrop;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray out = fuzz::bytes(data, size);
    const ResolveResult all = YtDlp::parseResolve(out, 0);
    if (all.error.isError())
        FUZZ_CHECK(!all.isPlaylist && all.entries.isEmpty());
    if (all.isPlaylist) {
        const ResolveResult limited = YtDlp::parseResolve(out, 2);
        FUZZ_CHECK(limited.entries.size() == std::min<qsizetype>(2, all.entries.size()));
        for (const PlaylistEntry &e : all.entries)
            FUZZ_CHECK(!e.url.isEmpty());
    } else if (!all.error.isError()) {
        FUZZ_CHECK(all.media.durationSeconds >= 0 && all.media.filesize >= 0);
        all.media.isNativelyDownloadable();
    }
    YtDlp::mapError(QString::fromUtf8(out), 1);
    return 0;
}
