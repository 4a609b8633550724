#pragma once

#include "common/ByteSource.h"

#include <QFile>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace tunedrop {

// What a download shares with the readers of the file it is writing. One writer thread
// updates it under `mutex` and wakes `changed` on every write, finish and failure.
// std::mutex and std::condition_variable rather than QMutex/QWaitCondition: they go through
// pthreads, which ThreadSanitizer sees, while QWaitCondition unlocks the mutex inside Debian's
// uninstrumented Qt and makes TSan report the next lock as a double lock.
struct GrowingFileState {
    mutable std::mutex mutex;
    std::condition_variable changed;
    QString path;
    // Bytes at the start of the file that readers may read. It never goes down while the
    // download runs: when a server answers 200 to a Range request, the download restarts at
    // offset 0 and overwrites the file in place, but readers keep being served the bytes below
    // the highest offset written so far. That is safe because it is the same entity (If-Range
    // carried its validator when we had one), so those bytes are rewritten with identical
    // content. The file is cut to the final size at the end.
    qint64 readable = 0;
    qint64 total = -1;     // expected size, -1 when unknown
    bool finished = false;
    Error error;  // set with finished; None on success
    QString nameHint;
};

// A ByteSource over a file that is still being written (see GrowingFileState). Each reader
// has its own file handle; readAt() blocks until `readable` covers the position, the
// download finishes (0 at the end) or fails (-1), or abort() is called (-1, Cancelled).
class GrowingFileReader final : public ByteSource {
public:
    explicit GrowingFileReader(std::shared_ptr<GrowingFileState> state);

    qint64 readAt(qint64 pos, char *data, qint64 maxSize) override;
    qint64 size() const override;
    void abort() override;
    Error error() const override;
    QString nameHint() const override;

private:
    std::shared_ptr<GrowingFileState> m_state;
    bool m_aborted = false;  // guarded by m_state->mutex
    bool m_ioFailed = false; // guarded by m_state->mutex
    std::mutex m_fileMutex;  // readAt() may be called from several threads
    QFile m_file;
};

}  // namespace tunedrop
