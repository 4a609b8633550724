#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace tunedrop {

class PauseGate;

// Exit code for "could not be started" (as shells do for a missing command). YtDlp::mapError()
// reads it, and any code below -1 (callers that never started it), as "not installed"; -1 is a
// crash or a kill.
constexpr int kExitNotStarted = 127;

// What one helper-program run (yt-dlp, a JavaScript runtime's --version) produced.
struct ProcessRun {
    bool started = false, cancelled = false, timedOut = false;
    int exitCode = -1;  // -1 when it crashed or was killed
    QByteArray out, err;
};

using LineHandler = std::function<void(const QByteArray &)>;

// Runs `program args` without an event loop (worker threads), polling the pipes and `cancel`
// every ~100 ms, in its own process group so a cancel kills it and everything it spawned.
// `timeoutMs` <= 0 means no deadline. Complete lines of both streams go to `onLine` as they
// arrive (progress); the whole output is kept in the result too.
// `unsetEnvironment` names variables the child must not inherit (e.g. no_proxy, which would let
// yt-dlp bypass the proxy it is given). While `pause` (may be null) is closed, the whole process
// group is stopped (SIGSTOP) and then continued (SIGCONT); the paused time does not count
// against `timeoutMs`, and a cancel still kills it.
ProcessRun runProcess(const QString &program, const QStringList &args, const std::atomic_bool &cancel,
                      int timeoutMs, const LineHandler &onLine = {}, const QStringList &unsetEnvironment = {},
                      const PauseGate *pause = nullptr);

// The first line `program --version` prints (empty when it exits non-zero), or nullopt when it
// cannot be started. Asked once per executable file and remembered until the file changes: a
// Python or Node start costs 40-300 ms and every job asks.
std::optional<QString> versionOf(const QString &program);

}  // namespace tunedrop
