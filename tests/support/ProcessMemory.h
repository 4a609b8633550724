#pragma once

#include <QByteArray>
#include <QFile>

namespace tunedrop::test {

// This process's resident memory (VmRSS) in KiB, or -1 where /proc is missing.
inline qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// AddressSanitizer keeps freed memory in quarantine and adds shadow pages, so RSS says nothing
// about the code under test there: memory bounds hold in the other builds, every other
// assertion everywhere.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kRssMeaningful = false;
#elif defined(__has_feature)
constexpr bool kRssMeaningful = !__has_feature(address_sanitizer);
#else
constexpr bool kRssMeaningful = true;
#endif

}  // namespace tunedrop::test
