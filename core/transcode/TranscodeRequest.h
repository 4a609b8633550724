#pragma once

#include "EncoderSettings.h"
#include "common/TrackMetadata.h"

#include <QString>

#include <functional>

namespace tunedrop {

class ByteSource;
class PauseGate;

struct TranscodeRequest {
    QString input;          // local path, file:// URL or any URL FFmpeg can open
    QString outputDir;      // destination folder (created if missing)
    QString outputBaseName; // file name without ".mp3"; when empty, fileNameTemplate names it
    // "{artist} - {title}" style (FileNaming::fromTemplate), applied to the FINAL tags: the
    // caller's merged over the source's own, with the title taken from the input's name when
    // neither has one. Empty: FileNaming::defaultTemplate().
    QString fileNameTemplate;
    EncoderSettings encoder;
    // Tags supplied by the caller (e.g. from yt-dlp); they win over the source's own tags.
    TrackMetadata metadata;
    // Carry the source's own tags and embedded cover over (local files).
    bool copySourceTags = true;
    // Network I/O timeout for URL inputs, in milliseconds.
    int networkTimeoutMs = 30000;
    // When set, the audio is read from this (e.g. a download still in progress) and `input`
    // only names it (messages, file name). Not owned; must outlive run().
    ByteSource *stream = nullptr;
    // The input came from the web (a web job): FFmpeg may open only the input itself, and for
    // a URL only http/https through `httpProxy` (a GuardedProxy URL), nested opens included
    // (HLS segments and keys). Custom-AVIO inputs (`stream`) may open nothing nested at all,
    // web job or not. See AudioSource::open.
    bool untrusted = false;
    QString httpProxy;
    // Called on the worker thread as soon as the ".part" file exists, so a crash can be
    // cleaned up after (the job store records the path).
    std::function<void(const QString &partPath)> partFileCreated;
    // "Pause Queue": while it is closed the encoder and the stream copier wait at it (the
    // decoder stops once the chunk queue is full); cancel() still works. Not owned.
    PauseGate *pauseGate = nullptr;
};

}  // namespace tunedrop
