#pragma once

// Private to core/transcode: the no-re-encode path for MP3 sources.

#include "TranscodeError.h"

#include <QString>

#include <atomic>
#include <functional>

namespace tunedrop {

class OutputFile;

// Copies the MPEG audio frames of a local MP3 byte for byte, from its first frame (which
// keeps the source's own Xing/LAME header, so duration and gapless data stay exact) to the
// end of its last frame. Tags before and after (ID3v2, ID3v1, APE) are left behind: the
// transcoder writes its own ID3v2 tag first.
class Mp3StreamCopier {
public:
    static TranscodeError copy(const QString &path, OutputFile &out, const std::atomic_bool &cancel,
                               const std::function<void(double)> &progress);
};

}  // namespace tunedrop
