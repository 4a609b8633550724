#pragma once

#include "UserText.h"

#include <QString>

namespace tunedrop {

// Why a conversion failed, in a form the UI can both show and act on.
enum class ErrorCategory {
    None,
    NotFound,          // the input does not exist (file or URL 404)
    PermissionDenied,  // input unreadable or output folder not writable
    NoAudioStream,     // a valid media file with nothing to hear
    Unsupported,       // not a media file, or a codec we cannot decode
    Corrupt,           // damaged data with nothing decodable
    DiskFull,          // the output disk ran out of space
    Network,           // connection failed, timed out, server error
    TimedOut,          // a job time limit ran out (transient: retried)
    Cancelled,         // the user (or shutdown) stopped the job
    Internal,          // a bug or a library failure we did not expect
};

// Stable lower-case name, used in logs, the CLI and (later) the JSON API.
QString errorCategoryName(ErrorCategory category);
ErrorCategory errorCategoryFromName(const QString &name);

struct Error {
    ErrorCategory category = ErrorCategory::None;
    UserText message;  // user-readable; shown in the desktop's or a web page's language

    bool isError() const { return category != ErrorCategory::None; }
    // Worth an automatic retry: the same request may well succeed later.
    bool isTransient() const
    {
        return category == ErrorCategory::Network || category == ErrorCategory::TimedOut;
    }
    static Error make(ErrorCategory c, const UserText &m) { return {c, m}; }
    QString text() const { return message.toString(); }  // in the desktop's language
};

}  // namespace tunedrop
