#pragma once

// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp): one QCoreApplication for the whole
// process, as the app has, Qt's warnings kept out of libFuzzer's output (set
// TUNEDROP_FUZZ_VERBOSE=1 to see them when replaying a crash), and FUZZ_CHECK for the
// documented guarantees a parser must keep whatever it is fed.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tunedrop::fuzz {

// TUNEDROP_FUZZ_VERBOSE=1: Qt's messages and the targets' own notes go to stderr.
inline bool verbose()
{
    static const bool on = !qEnvironmentVariableIsEmpty("TUNEDROP_FUZZ_VERBOSE");
    return on;
}

inline void dropMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
}

// Call from LLVMFuzzerInitialize.
inline void initQt()
{
    static int argc = 1;
    static char name[] = "tunedrop-fuzz";
    static char *argv[] = {name, nullptr};
    if (!verbose())
        qInstallMessageHandler(dropMessages);
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);  // never deleted: it lives as long as the process
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits `data` at every 0x1e (ASCII record separator): multi-part inputs stay easy to write
// by hand (printf 'a\x1eb').
inline QList<QByteArray> parts(const QByteArray &data)
{
    return data.split('\x1e');
}

}  // namespace tunedrop::fuzz

// A broken guarantee is a finding like a crash: abort, so that libFuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                   \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (0)
