#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>

class QTcpSocket;

namespace tunedrop {

// The statuses TuneDrop's routes answer with (names as Qt's QHttpServerResponder had them).
enum class HttpStatus : int {
    Continue = 100,
    Ok = 200,
    Created = 201,
    SeeOther = 303,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    Conflict = 409,
    PayloadTooLarge = 413,
    UnsupportedMediaType = 415,
    ExpectationFailed = 417,
    MisdirectedRequest = 421,
    TooManyRequests = 429,
    RequestHeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    NotImplemented = 501,
    ServiceUnavailable = 503,
    HttpVersionNotSupported = 505,
};

// What a route handler answers with, for one request on one HttpConnection. Either send()
// exactly once (the connection then writes it in request order, adds Content-Length and, when
// the request asked to close, "Connection: close"), or takeOver() the socket to stream on it
// (FileStreamer, the event stream): the connection then parses nothing more on that socket.
class HttpResponder {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpResponder(QTcpSocket *socket, bool headOnly, bool closeAfter);

    void send(HttpStatus status, const Headers &headers, const QByteArray &body);
    QTcpSocket *takeOver();
    // The client's address: the socket's peer, or the one a trusted proxy forwarded for.
    QHostAddress peerAddress() const;
    void setClientAddress(const QHostAddress &address) { m_client = address; }

    bool hasResponded() const { return m_responded; }
    bool isTakenOver() const { return m_takenOver; }
    static QByteArray reasonPhrase(int status);

private:
    QPointer<QTcpSocket> m_socket;
    QHostAddress m_client;  // null: the socket's peer
    bool m_headOnly;
    bool m_closeAfter;
    bool m_responded = false;
    bool m_takenOver = false;
};

}  // namespace tunedrop
