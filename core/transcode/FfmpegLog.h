#pragma once

namespace tunedrop {

// FFmpeg prints decoder complaints ("Header missing") straight to stderr. Each failure
// already reaches the user as a Error, so route FFmpeg's own log into the Qt
// logging category "tunedrop.ffmpeg" (off unless QT_LOGGING_RULES="tunedrop.ffmpeg=true").
// Installs once per process; safe to call from any thread, any number of times.
void routeFfmpegLogToQt();

}  // namespace tunedrop
