#pragma once

#include "common/Error.h"

#include <QString>

namespace tunedrop {

// Bytes the transcoder reads while they are still arriving (a download in progress).
// Implementations are thread-safe: one thread writes/downloads, the transcoder's decoding
// thread reads, and any thread may abort.
class ByteSource {
public:
    virtual ~ByteSource() = default;

    // Blocks until bytes at `pos` are available, the data ends, fails or is aborted.
    // Returns the number of bytes copied (> 0), 0 at the end of the data, -1 on failure or
    // abort (error() says why).
    virtual qint64 readAt(qint64 pos, char *data, qint64 maxSize) = 0;
    // Total size when known (Content-Length), else -1.
    virtual qint64 size() const = 0;
    // Wakes every blocked readAt(), which then returns -1 with a Cancelled error.
    virtual void abort() = 0;
    virtual Error error() const = 0;
    // A file name for messages and format probing ("song.webm"), may be empty.
    virtual QString nameHint() const = 0;
};

}  // namespace tunedrop
