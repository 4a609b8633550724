#pragma once

#include "common/Error.h"

#include <QString>

namespace tunedrop {

// Private to core/transcode: turns FFmpeg/errno codes into categorised, readable errors.
namespace averror {

// FFmpeg's own text for an AVERROR code.
QString text(int averror);
// Failure to open or read the input. For a local file, read errors (EIO: FFmpeg's answer to a
// file cut short) mean a damaged file, never a network failure: retrying cannot help.
Error forInput(int averror, const QString &input, bool isLocal = false);
// Failure to write the output file (errno-style code, positive).
Error forOutputErrno(int err, const QString &path);

}  // namespace averror
}  // namespace tunedrop
