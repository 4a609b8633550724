#pragma once

// Private to core/transcode: finds the MPEG audio frames of a local MP3 that can be copied.

#include "Mp3FrameHeader.h"
#include "common/Error.h"
#include "XingTag.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tunedrop {

// A frame is taken only when it is complete and the bytes right after it are the next frame
// of the same stream (or the end of the audio): junk that happens to contain a sync word, and
// the frame a junk block was spliced into, are left out. After a gap the scanner resynchronises
// only on a chain of three frames. Tags around the audio (ID3v2, ID3v1, APE, Lyrics3) are not
// audio and not junk.
class Mp3FrameScanner {
public:
    struct Result {
        Error error;                 // the file could not be read, or cancelled
        std::optional<XingTag> sourceTag;     // the source's own Xing/Info/VBRI frame, if any
        std::vector<uint8_t> sourceTagFrame;  // ... byte for byte
        std::optional<Mp3FrameHeader> first;  // the first music frame
        std::vector<qint64> offsets;          // the music frames, in order
        std::vector<uint16_t> lengths;
        qint64 musicBytes = 0;
        uint16_t musicCrc = 0;                // LAME's CRC-16 over the music frames
        qint64 junkBytes = 0;                 // audio-region bytes that are neither frames nor tags
        qint64 partialFrameBytes = 0;         // an incomplete last frame (a truncated file)
        bool mixedStreams = false;            // frames of another MPEG version, rate or channel mode
        bool constantBitrate = true;
        bool reachesAudioEnd = false;         // the last frame taken is the last of the audio
    };

    static Result scan(const QString &path, const std::atomic_bool &cancel,
                       const std::function<void(double)> &progress);
};

}  // namespace tunedrop
