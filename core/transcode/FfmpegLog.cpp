#include "FfmpegLog.h"

#include <QLoggingCategory>

extern "C" {
#include <libavutil/log.h>
}

#include <cstdio>
#include <mutex>

Q_LOGGING_CATEGORY(lcFfmpeg, "tunedrop.ffmpeg", QtCriticalMsg)

namespace tunedrop {

namespace {
void forward(void *avcl, int level, const char *fmt, va_list args)
{
    if (level > AV_LOG_WARNING || !lcFfmpeg().isDebugEnabled())
        return;
    char line[1024];
    int prefix = 1;
    av_log_format_line2(avcl, level, fmt, args, line, sizeof line, &prefix);
    qCDebug(lcFfmpeg, "%s", line);
}
}  // namespace

void routeFfmpegLogToQt()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(forward); });
}

}  // namespace tunedrop
