#pragma once

#include "EncoderSettings.h"
#include "TranscodeRequest.h"
#include "TranscodeResult.h"

#include <atomic>
#include <functional>

namespace tunedrop {

// Converts one input (local file or URL) to a tagged MP3: FFmpeg demux/decode/resample on a
// decoding thread, LAME on the calling thread, TagLib for the ID3v2 tag written up front.
// run() blocks; call it from a worker thread. cancel() is safe from any thread and takes
// effect within a few milliseconds (also during blocking network reads, and while paused at the
// request's PauseGate). Instances share
// no state, so any number can run in parallel.
class Transcoder {
public:
    using ProgressFn = std::function<void(double fraction)>;

    explicit Transcoder(TranscodeRequest request);

    TranscodeResult run(const ProgressFn &progress = {});
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }

    // The stream-copy rule (documented in docs/ARCHITECTURE.md): an MP3 source is copied
    // without re-encoding when copying is allowed, the input is a local file, and its average
    // bitrate is at most the target's nominal bitrate (+3 %): re-encoding cannot add quality,
    // only lose it. A higher-bitrate source is re-encoded to honour the size the user chose.
    static bool shouldStreamCopy(const EncoderSettings &settings, bool sourceIsMp3, bool isLocal,
                                 qint64 sourceBitRate);

    // Local or not is InputLocation::isLocal (common), the rule UrlClassifier uses too.
    static QString localPath(const QString &input);

private:
    TranscodeRequest m_request;
    std::atomic_bool m_cancel{false};
};

}  // namespace tunedrop
