#include "HttpHelpers.h"

#include "HttpDownloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHostInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace tunedrop::http {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QNetworkRequest baseRequest(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", "Mozilla/5.0 (compatible; TuneDrop)");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toDisplayString() : url.host();
}

Error statusError(int status, const QUrl &url)
{
    const QString host = hostOf(url);
    if (status == 404 || status == 410)
        return {ErrorCategory::NotFound, UserText::translate("HttpDownloader",
                    "The file was not found on %1 (HTTP %2).").arg(host).arg(status)};
    if (status == 401 || status == 403)
        return {ErrorCategory::PermissionDenied, UserText::translate("HttpDownloader",
                    "%1 refused access to the file (HTTP %2). The link may have expired or need a login.")
                    .arg(host).arg(status)};
    if (status == 429)
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "%1 is limiting downloads right now (HTTP 429). Try again later.").arg(host)};
    if (status >= 500 && status <= 599)
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "%1 has a server problem (HTTP %2). Try again later.").arg(host).arg(status)};
    if (status >= 400 && status <= 499)
        return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                    "%1 refused the request (HTTP %2).").arg(host).arg(status)};
    return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                "%1 sent an unexpected answer (HTTP %2).").arg(host).arg(status)};
}

Error connectionError(QNetworkReply::NetworkError code, const QUrl &url, const QString &detail)
{
    const QString host = hostOf(url);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "%1 refused the connection. The server may be down.").arg(host)};
    case QNetworkReply::HostNotFoundError:
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "The server %1 could not be found. Check the link and the internet connection.").arg(host)};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // our own timeout
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "%1 did not answer in time.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "A secure connection to %1 could not be established.").arg(host)};
    default:
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "The connection to %1 failed: %2").arg(host, detail)};
    }
}

Error diskError(int errnoValue, QFileDevice::FileError fileError, const QString &detail,
                         const QUrl &url, const QString &path)
{
    const QString host = hostOf(url);
    if (errnoValue == ENOSPC || errnoValue == EDQUOT || fileError == QFileDevice::ResourceError)
        return {ErrorCategory::DiskFull, UserText::translate("HttpDownloader",
                    "The disk is full: the download from %1 cannot be saved.").arg(host)};
    if (errnoValue == EACCES || errnoValue == EPERM || errnoValue == EROFS)
        return {ErrorCategory::PermissionDenied, UserText::translate("HttpDownloader",
                    "No permission to save the download from %1 as %2.").arg(host, path)};
    return {ErrorCategory::Internal, UserText::translate("HttpDownloader",
                "The download from %1 cannot be saved as %2: %3").arg(host, path, detail)};
}

Error failure(Failure kind, const QUrl &url, int number)
{
    const QString host = hostOf(url);
    switch (kind) {
    case Failure::NotWebAddress:
        return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                    "This is not a web address that can be downloaded: %1").arg(url.toDisplayString())};
    case Failure::WebPage:
        return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                    "The link leads to a web page, not to a media file (%1).").arg(host)};
    case Failure::RedirectRefused:
        return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                    "%1 redirected the download to an address that is not followed (not http/https, "
                    "or no longer encrypted).").arg(host)};
    case Failure::RedirectLoop:
        return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                    "The server keeps redirecting (loop): %1").arg(host)};
    case Failure::TooManyRedirects:
        return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                    "The server keeps redirecting (more than %1 times): %2").arg(number).arg(host)};
    case Failure::BadPartial:
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "%1 sent a part of the file that does not fit.").arg(host)};
    case Failure::GaveUp:
        return {ErrorCategory::Network, UserText::translate("HttpDownloader",
                    "The connection to %1 kept breaking off; gave up after %n retries.", nullptr, number)
                    .arg(host)};
    case Failure::Cancelled:
        break;
    }
    return {ErrorCategory::Cancelled, UserText::translate("HttpDownloader",
                "The download from %1 was cancelled.").arg(host)};
}

Error sizeError(qint64 maxBytes, const QUrl &url)
{
    constexpr qint64 kMiB = 1024 * 1024;
    const QString limit = QString::number(double(maxBytes) / double(kMiB), 'f', maxBytes % kMiB ? 1 : 0);
    return {ErrorCategory::Unsupported, UserText::translate("HttpDownloader",
                "The file is larger than the limit of %1 MB (%2).").arg(limit, hostOf(url))};
}

int parseRetryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    qint64 ms = 0;
    if (isNumber) {
        ms = std::clamp<qint64>(seconds, 0, 86400) * 1000;  // no overflow on INT64_MIN (fuzz_httpresponse)
    } else {  // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        const QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(v),
                                                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (parsed.isValid())
            ms = QDateTime::currentDateTimeUtc().msecsTo(QDateTime(parsed.date(), parsed.time(), Qt::UTC));
    }
    return int(std::clamp<qint64>(ms, 0, qint64(86400) * 1000));
}

QString dispositionFileName(const QByteArray &header)
{
    static const QRegularExpression extended(QStringLiteral("filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(QStringLiteral("filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression escaped(QStringLiteral("\\\\(.)"));
    const QString h = QString::fromLatin1(header);
    QString name;
    if (const auto m = extended.match(h); m.hasMatch()) {
        const QByteArray raw = QByteArray::fromPercentEncoding(m.captured(2).toLatin1());
        name = m.captured(1).compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0 ? QString::fromUtf8(raw)
                                                                                        : QString::fromLatin1(raw);
    } else if (const auto p = plain.match(h); p.hasMatch()) {
        name = p.captured(1).isNull() ? p.captured(2) : p.captured(1);
        name.replace(escaped, QStringLiteral("\\1"));
        const QString utf8 = QString::fromUtf8(name.toLatin1());  // servers often send raw UTF-8
        if (!utf8.contains(QChar::ReplacementCharacter))
            name = utf8;
    }
    return name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).trimmed();
}

ResponseHead parseHead(const QNetworkReply &reply)
{
    ResponseHead head;
    head.contentType = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    const QString mime = head.contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    head.isWebPage = mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml");
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    head.contentLength = length.isValid() ? length.toLongLong() : -1;
    static const QRegularExpression rangeRe(QStringLiteral("^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"));
    const auto m = rangeRe.match(QString::fromLatin1(reply.rawHeader("Content-Range").trimmed()));
    if (m.hasMatch()) {
        head.rangeFrom = m.captured(1).toLongLong();
        head.rangeTotal = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
    }
    const QByteArray etag = reply.rawHeader("ETag").trimmed();
    head.validator = !etag.isEmpty() && !etag.startsWith("W/") ? etag : reply.rawHeader("Last-Modified");
    head.fileName = dispositionFileName(reply.rawHeader("Content-Disposition"));
    return head;
}

HostLookup lookupHost(const QString &host, int timeoutMs, const std::atomic_bool *cancel, const LookupStart &start)
{
    HostLookup result;
    if (const QHostAddress literal(host); !literal.isNull()) {
        result.addresses << literal;  // QHostInfo would do a reverse lookup instead
        return result;
    }
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    // The context lives on this thread, so the answer arrives in the loop below; destroyed
    // on the way out, it drops an answer that comes too late.
    const auto context = std::make_unique<QObject>();
    QEventLoop loop;
    bool answered = false;
    const auto done = [&](const QHostInfo &info) {
        answered = true;
        if (info.error() == QHostInfo::NoError)
            result.addresses = info.addresses();
        loop.quit();
    };
    const int id = start ? start(host, context.get(), done) : QHostInfo::lookupHost(host, context.get(), done);
    QTimer poll;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            loop.quit();
        }
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    poll.start(kCancelPollMs);
    if (timeoutMs >= 0)
        deadline.start(timeoutMs);
    if (!answered)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!answered) {
        result.addresses.clear();
        if (id >= 0 && !start)
            QHostInfo::abortHostLookup(id);
    }
    return result;
}

void SpeedMeter::restart(qint64 nowMs)
{
    m_samples.clear();
    m_bytes = 0;
    m_sinceMs = nowMs;
}

void SpeedMeter::add(qint64 nowMs, qint64 bytes)
{
    m_samples.emplace_back(nowMs, bytes);
    m_bytes += bytes;
}

double SpeedMeter::bytesPerSecond(qint64 nowMs)
{
    while (!m_samples.empty() && m_samples.front().first < nowMs - m_windowMs) {
        m_bytes -= m_samples.front().second;
        m_samples.pop_front();
    }
    const qint64 spanMs = std::max<qint64>(std::min(nowMs - m_sinceMs, m_windowMs), 100);
    return double(m_bytes) * 1000.0 / double(spanMs);
}

}  // namespace tunedrop::http

namespace tunedrop {

// Declared in HttpDownloader.h; lives here because it shares nothing with the streaming download.
std::optional<QByteArray> HttpDownloader::fetchBytes(const QUrl &url, qint64 maxBytes, int timeoutMs,
                                                     Error *error, const std::atomic_bool *cancel,
                                                     const QNetworkProxy *proxy)
{
    const auto fail = [error](Error e) -> std::optional<QByteArray> {
        if (error)
            *error = std::move(e);
        return std::nullopt;
    };
    if (!http::isHttpUrl(url))
        return fail(http::failure(http::Failure::NotWebAddress, url));
    if (cancel && cancel->load())
        return fail(http::failure(http::Failure::Cancelled, url));
    // A private manager and event loop on the calling thread: works on any QThread or std::thread.
    QNetworkAccessManager nam;
    if (proxy)
        nam.setProxy(*proxy);
    QNetworkRequest request = http::baseRequest(url, {});
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    const std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QByteArray body;
    bool tooBig = false, timedOut = false, cancelled = false;
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes && !tooBig) {
            tooBig = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QIODevice::readyRead, &loop, [&] {
        if (tooBig)
            return;
        body += reply->readAll();
        if (body.size() > maxBytes) {
            tooBig = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    // The caller's cancel flag is plain memory: look at it now and then.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load() && !cancelled) {
            cancelled = true;
            reply->abort();
        }
    });
    if (cancel)
        poll.start(http::kCancelPollMs);
    if (timeoutMs >= 0)
        timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (cancelled)
        return fail(http::failure(http::Failure::Cancelled, url));
    if (tooBig)
        return fail(http::sizeError(maxBytes, url));
    if (timedOut)
        return fail(http::connectionError(QNetworkReply::TimeoutError, url, {}));
    body += reply->readAll();
    if (body.size() > maxBytes)
        return fail(http::sizeError(maxBytes, url));
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return fail(http::connectionError(reply->error(), url, reply->errorString()));
    if (status.toInt() < 200 || status.toInt() > 299)
        return fail(http::statusError(status.toInt(), reply->url()));
    if (reply->error() != QNetworkReply::NoError)
        return fail(http::connectionError(reply->error(), url, reply->errorString()));
    if (error)
        *error = {};
    return body;
}

}  // namespace tunedrop
