#pragma once

#include <QStringList>

namespace tunedrop {

// "FFmpeg libavcodec 59.37.100", "LAME 3.100", ... for --version and the About dialog.
QStringList libraryVersions();

}  // namespace tunedrop
