// YtDlp: yt-dlp's stderr and exit code -> an error category and a plain message with the fix.
#include "YtDlp.h"
#include "ProcessRun.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace tunedrop {

namespace {

// ---- stderr -> error ------------------------------------------------------------------

// The first "ERROR:" line (else, after a failure, the last line: a Python traceback's
// exception), trimmed to ~200 characters, for the message tail.
QString diagnosisLine(const QString &stderrText, bool failed)
{
    const QStringList lines = stderrText.trimmed().split(QLatin1Char('\n'));
    auto it = std::find_if(lines.begin(), lines.end(),
                           [](const QString &l) { return l.trimmed().startsWith(QLatin1String("ERROR:")); });
    QString line = it != lines.end() ? it->trimmed().mid(6).trimmed() : failed ? lines.last().trimmed() : QString();
    // yt-dlp's "please report this issue" boilerplate is noise for TuneDrop's users.
    if (const auto cut = line.indexOf(QLatin1String("; please report this issue")); cut > 0)
        line.truncate(cut);
    return line.size() > 200 ? line.left(199) + QChar(0x2026) : line;
}

// yt-dlp's messages -> what TuneDrop says, first match wins. Geo before "Video unavailable"
// (YouTube's geo message starts with it); private/removed before sign-in ("Private video. Sign in
// if you've been granted access ... Use --cookies" is about a video the user cannot see); 404
// before network and "outdated" (yt-dlp adds "please report this issue" to its 404 line).
struct ErrorRule {
    ErrorCategory category;
    const char *pattern;  // case-insensitive regular expression
    const char *message;  // QT_TRANSLATE_NOOP'd in context "YtDlp"
};

const ErrorRule kErrorRules[] = {
    {ErrorCategory::PermissionDenied, "in your country|from your location|geo.?restrict",
     QT_TRANSLATE_NOOP("YtDlp", "This video is blocked in your country by the site, so it cannot be downloaded "
                                "from here.")},
    {ErrorCategory::NotFound,
     "video unavailable|private video|video is private|has been removed|no longer available|HTTP Error 4(04|10)",
     QT_TRANSLATE_NOOP("YtDlp", "This video is unavailable: it may be private or removed.")},
    {ErrorCategory::PermissionDenied,
     "sign in to confirm|confirm you're not a bot|members.only|login required|requires login|age.restricted|"
     "inappropriate for some users|use --cookies",
     QT_TRANSLATE_NOOP("YtDlp", "The site wants you to sign in (age check, bot check or members-only video). "
                                "Choose your browser's sign-in cookies in Settings, then try again.")},
    {ErrorCategory::PermissionDenied, "HTTP Error 403",
     QT_TRANSLATE_NOOP("YtDlp", "The site refused access. If it needs an account, choose your browser's sign-in "
                                "cookies in Settings; otherwise yt-dlp may be outdated: update it.")},
    {ErrorCategory::Network, "HTTP Error 429|too many requests",
     QT_TRANSLATE_NOOP("YtDlp", "The site is limiting requests right now: wait a while and try again.")},
    {ErrorCategory::Network,
     "HTTP Error 5\\d\\d|Unable to download (webpage|JSON|API)|Connection refused|timed out|"
     "Temporary failure in name resolution|Name or service not known|Network is unreachable|"
     "Connection reset|Remote end closed connection|IncompleteRead|giving up after|"
     "Did not get any data blocks|urlopen error",
     QT_TRANSLATE_NOOP("YtDlp", "Could not reach the site: check your internet connection and try again.")},
    {ErrorCategory::Unsupported, "Unsupported URL|No video formats found|no suitable formats",
     QT_TRANSLATE_NOOP("YtDlp", "TuneDrop cannot find any audio at this link.")},
    {ErrorCategory::Unsupported,
     "Unable to extract|please report this issue|nsig extraction failed|signature extraction failed|"
     "Requested format is not available|Failed to extract any player response",
     QT_TRANSLATE_NOOP("YtDlp", "yt-dlp could not read this site; yt-dlp may be outdated: update it "
                                "(`yt-dlp -U` or your package manager) and try again.")},
};

}  // namespace

Error YtDlp::notInstalledError()
{
    return Error::make(
        ErrorCategory::Unsupported,
        UserText::translate("YtDlp", "yt-dlp is not installed. Use Update yt-dlp in Settings "
                                             "(or run `tunedrop --update-yt-dlp`), install it with your "
                                             "package manager, or set its path in Settings."));
}

Error YtDlp::mapError(const QString &stderrText, int exitCode)
{
    if (exitCode == 0 && !stderrText.contains(QLatin1String("ERROR:")))
        return {};
    const QString errorLine = diagnosisLine(stderrText, exitCode != 0);
    if (exitCode == kExitNotStarted || exitCode < -1
        || stderrText.contains(QLatin1String("No module named 'yt_dlp'")))
        return YtDlp::notInstalledError();

    // Judge the ERROR lines when there are any: warnings (e.g. nsig throttling) are not why
    // it failed. Curly apostrophes (YouTube's bot check) are folded to straight ones.
    static const QRegularExpression errorPrefix(QStringLiteral("^\\s*ERROR:"));
    const QStringList errorLines = stderrText.split(QLatin1Char('\n')).filter(errorPrefix);
    QString text = errorLines.isEmpty() ? stderrText : errorLines.join(QLatin1Char('\n'));
    text.replace(QChar(0x2019), QLatin1Char('\''));

    ErrorCategory category = ErrorCategory::Internal;
    UserText message = UserText::translate("YtDlp", "yt-dlp could not process this link (exit code %1).")
                          .arg(exitCode);
    const ErrorRule *matched = nullptr;
    for (const ErrorRule &rule : kErrorRules) {
        const QRegularExpression re(QLatin1String(rule.pattern), QRegularExpression::CaseInsensitiveOption);
        if (text.contains(re)) {
            matched = &rule;
            category = rule.category;
            message = UserText::translate("YtDlp", rule.message);
            break;
        }
    }
    // yt-dlp 2025.11+ warns when it has no JavaScript runtime; YouTube then fails with missing
    // formats, 403s or challenge errors. Those failures get the real fix, not "update yt-dlp".
    static const QRegularExpression noRuntime(
        QStringLiteral("No supported JavaScript runtime|JavaScript runtime could not|challenge solving failed|"
                       "--js-runtimes"),
        QRegularExpression::CaseInsensitiveOption);
    const bool runtimeShaped = !matched || matched->category == ErrorCategory::Unsupported
        || QLatin1String(matched->pattern) == QLatin1String("HTTP Error 403");
    if (runtimeShaped && stderrText.contains(noRuntime)) {
        category = ErrorCategory::Unsupported;
        message = JsRuntimeSearch::missingHintText();
    }
    // The first ERROR line stays visible for diagnosis.
    if (!errorLine.isEmpty())
        message = UserText::translate("YtDlp", "%1 (yt-dlp: %2)").arg(message, errorLine);
    return Error::make(category, message);
}

}  // namespace tunedrop
