#include "Error.h"

namespace tunedrop {

QString errorCategoryName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None: return QStringLiteral("none");
    case ErrorCategory::NotFound: return QStringLiteral("not-found");
    case ErrorCategory::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCategory::NoAudioStream: return QStringLiteral("no-audio");
    case ErrorCategory::Unsupported: return QStringLiteral("unsupported");
    case ErrorCategory::Corrupt: return QStringLiteral("corrupt");
    case ErrorCategory::DiskFull: return QStringLiteral("disk-full");
    case ErrorCategory::Network: return QStringLiteral("network");
    case ErrorCategory::TimedOut: return QStringLiteral("timed-out");
    case ErrorCategory::Cancelled: return QStringLiteral("cancelled");
    case ErrorCategory::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

ErrorCategory errorCategoryFromName(const QString &name)
{
    for (int c = int(ErrorCategory::None); c <= int(ErrorCategory::Internal); ++c)
        if (errorCategoryName(ErrorCategory(c)) == name)
            return ErrorCategory(c);
    return ErrorCategory::None;
}

}  // namespace tunedrop
