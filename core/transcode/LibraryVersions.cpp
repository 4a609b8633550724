#include "LibraryVersions.h"

#include <QtGlobal>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
}
#include <lame/lame.h>
#include <taglib/taglib.h>

namespace tunedrop {

namespace {
QString avVersion(unsigned v)
{
    return QStringLiteral("%1.%2.%3").arg(AV_VERSION_MAJOR(v)).arg(AV_VERSION_MINOR(v)).arg(AV_VERSION_MICRO(v));
}
}  // namespace

QList<QPair<QString, QString>> componentVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("FFmpeg"), QStringLiteral("libavformat %1, libavcodec %2, libswresample %3")
                                       .arg(avVersion(avformat_version()), avVersion(avcodec_version()),
                                            avVersion(swresample_version()))},
        {QStringLiteral("LAME"), QString::fromLatin1(get_lame_version())},
        {QStringLiteral("TagLib"),
         QStringLiteral("%1.%2.%3").arg(TAGLIB_MAJOR_VERSION).arg(TAGLIB_MINOR_VERSION).arg(TAGLIB_PATCH_VERSION)},
        {QStringLiteral("QtKeychain"), QStringLiteral(TUNEDROP_QTKEYCHAIN_VERSION)},  // from CMake's package
    };
}

QStringList libraryVersions()
{
    QStringList lines;
    for (const auto &[name, version] : componentVersions())
        lines << name + QLatin1Char(' ') + version;
    return lines;
}

}  // namespace tunedrop
