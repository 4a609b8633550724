#include "ProcessRun.h"

#include "transcode/PauseGate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace tunedrop {

namespace {

constexpr int kPollMs = 100;

// Kills yt-dlp and everything it spawned (ffmpeg for HLS/DASH): it runs in its own process
// group, so one signal to the group reaches all of them.
void killTree(QProcess &process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(2000);
}

// Stops or continues the child and everything it spawned (its process group).
void signalTree(QProcess &process, bool stop)
{
#ifdef Q_OS_UNIX
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-static_cast<pid_t>(pid), stop ? SIGSTOP : SIGCONT);
#else
    Q_UNUSED(process);
    Q_UNUSED(stop);
#endif
}

}  // namespace

ProcessRun runProcess(const QString &program, const QStringList &args, const std::atomic_bool &cancel,
                      int timeoutMs, const LineHandler &onLine, const QStringList &unsetEnvironment,
                      const PauseGate *pause)
{
    ProcessRun run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));  // paths, titles
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));      // live progress
    for (const QString &name : unsetEnvironment)
        env.remove(name);
    process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process.start(program, args, QIODevice::ReadOnly);
    if (!process.waitForStarted(10000)) {
        run.exitCode = kExitNotStarted;
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.started = true;

    qsizetype outDone = 0, errDone = 0;
    const auto feed = [&onLine](const QByteArray &buffer, qsizetype &done, bool final) {
        if (!onLine)
            return;
        for (qsizetype nl; (nl = buffer.indexOf('\n', done)) >= 0; done = nl + 1)
            onLine(buffer.mid(done, nl - done));
        if (final && done < buffer.size()) {
            onLine(buffer.mid(done));
            done = buffer.size();
        }
    };
    const auto drain = [&](bool final) {
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        feed(run.out, outDone, final);
        feed(run.err, errDone, final);
    };

    QElapsedTimer clock;
    clock.start();
    bool stopped = false;
    const qint64 pausedBefore = pause ? pause->pausedMs() : 0;  // earlier pauses are not ours
    while (process.state() != QProcess::NotRunning) {
        run.cancelled = cancel.load();
        const qint64 pausedFor = pause ? pause->pausedMs() - pausedBefore : 0;
        run.timedOut = !run.cancelled && timeoutMs > 0 && clock.elapsed() - pausedFor > timeoutMs;
        if (run.cancelled || run.timedOut) {
            killTree(process);  // SIGKILL ends a stopped group too
            break;
        }
        if (const bool paused = pause && pause->isPaused(); paused != stopped) {
            signalTree(process, paused);
            stopped = paused;
        }
        QElapsedTimer waited;
        waited.start();
        // waitForReadyRead returns at once when stdout is closed but the process lives on;
        // waitForFinished then keeps the loop from spinning.
        if (!process.waitForReadyRead(kPollMs) && waited.elapsed() < kPollMs / 2
            && process.state() != QProcess::NotRunning)
            process.waitForFinished(kPollMs);
        drain(false);
    }
    drain(true);
    if (!run.cancelled && !run.timedOut)
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

std::optional<QString> versionOf(const QString &program)
{
    struct Known {
        QDateTime modified;
        qint64 size = 0;
        std::optional<QString> version;
    };
    static QMutex mutex;
    static QHash<QString, Known> cache;
    const QFileInfo exe(program);
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(program);
        if (it != cache.cend() && it->modified == exe.lastModified() && it->size == exe.size())
            return it->version;
    }
    const std::atomic_bool never{false};
    const ProcessRun run = runProcess(program, {QStringLiteral("--version")}, never, 5000);
    std::optional<QString> version;
    if (run.started)
        version = run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed()
                                    : QString();
    QMutexLocker lock(&mutex);
    cache.insert(program, Known{exe.lastModified(), exe.size(), version});
    return version;
}

}  // namespace tunedrop
