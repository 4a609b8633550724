#pragma once

#include "TranscodeError.h"

#include <QString>

namespace tunedrop {

// Private to core/transcode: turns FFmpeg/errno codes into categorised, readable errors.
namespace averror {

// FFmpeg's own text for an AVERROR code.
QString text(int averror);
// Failure to open or read the input.
TranscodeError forInput(int averror, const QString &input);
// Failure to write the output file (errno-style code, positive).
TranscodeError forOutputErrno(int err, const QString &path);

}  // namespace averror
}  // namespace tunedrop
