#pragma once

#include "transcode/TranscodeError.h"

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

// Pieces of HttpDownloader that do not need its state: parsing response headers and turning
// failures into user-readable errors that name the server (translation context
// "HttpDownloader").
namespace tunedrop::http {

QString hostOf(const QUrl &url);
bool isHttpUrl(const QUrl &url);  // valid, with a host, http or https

// A GET request with TuneDrop's User-Agent and the caller's extra headers.
QNetworkRequest baseRequest(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers);

// 404/410 not-found, 401/403 permission-denied, 429 and 5xx network (transient), any other
// status unsupported (permanent).
TranscodeError statusError(int status, const QUrl &url);

// Connection refused, host not found, timed out, TLS failure...: always Network.
TranscodeError connectionError(QNetworkReply::NetworkError code, const QUrl &url, const QString &detail);

// A failed open/write of the output file: ENOSPC/EDQUOT disk-full, EACCES/EPERM/EROFS
// permission-denied, anything else internal.
TranscodeError diskError(int errnoValue, QFileDevice::FileError fileError, const QString &detail,
                         const QUrl &url, const QString &path);

// "The file is larger than the limit of N MB": unsupported (permanent).
TranscodeError sizeError(qint64 maxBytes, const QUrl &url);

// Retry-After as delay-seconds or an HTTP date, in ms from now (0 when absent or invalid,
// at most a day).
int parseRetryAfterMs(const QByteArray &value);

// The file name of a Content-Disposition header (filename*= preferred), without any
// directory part; empty when there is none.
QString dispositionFileName(const QByteArray &header);

}  // namespace tunedrop::http
