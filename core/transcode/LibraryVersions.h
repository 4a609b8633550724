#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace tunedrop {

// The libraries TuneDrop links, with the versions running: {"Qt", "6.4.2"}, {"FFmpeg",
// "libavformat 59.27.100, ..."}, {"LAME", "3.100"}, {"TagLib", "1.13.0"}, {"QtKeychain", "0.13.2"}.
QList<QPair<QString, QString>> componentVersions();

// The same as "name version" lines, for --version.
QStringList libraryVersions();

}  // namespace tunedrop
