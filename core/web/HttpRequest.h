#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace tunedrop {

// One parsed HTTP/1.x request as HttpRequestParser accepted it: every field has passed the
// parser's strict checks (token method, origin-form target, one Host, one body length).
struct HttpRequest {
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray methodName;  // "GET", "POST", ... (case-sensitive, as RFC 9110 says)
    QByteArray target;      // the request-target as sent ("/api/jobs?x=1")
    int minorVersion = 1;   // HTTP/1.0 or HTTP/1.1
    Headers headerList;     // names as sent, values without surrounding whitespace
    QByteArray content;     // the body (Content-Length or de-chunked)
    bool keepAlive = true;  // false: close after the response (Connection: close, HTTP/1.0)
    bool expectsContinue = false;  // Expect: 100-continue (HTTP/1.1 only)

    // Filled by the server: who sent it, and the router's <arg> captures (decoded).
    QHostAddress peer;
    QStringList args;

    const QByteArray &method() const { return methodName; }
    bool isHead() const { return methodName == "HEAD"; }
    QUrl url() const { return QUrl::fromEncoded(target); }
    const Headers &headers() const { return headerList; }
    const QByteArray &body() const { return content; }
    QString arg(int i) const { return args.value(i); }
    // The first header of that name (case-insensitive), empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headerList)
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

}  // namespace tunedrop
