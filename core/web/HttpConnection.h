#pragma once

#include "HttpRequestParser.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace tunedrop {

class HttpResponder;
class ServeTimings;

// One client socket of the HTTP server. It reads only as much as it can parse: at most
// kReadBuffer bytes wait in Qt's socket buffer and kReadBuffer in its own, so a client that
// sends faster than it is answered meets TCP back-pressure instead of growing the server.
// Requests are handled one at a time, in order: a pipelined next request is parsed only once
// the previous answer has been queued and the queued answers (bytesToWrite) are below
// kMaxUnsent, so a client that sends and never reads makes the server hold at most that much.
// Keep-alive follows the request (Connection: close, HTTP/1.0); a refused request is answered
// and the connection closed. Closing is graceful: the answer is flushed, the write side shut
// down, and what the client still sends is read and dropped for a moment (bounded), so that
// closing with unread input does not reset the connection before the client read the answer.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(HttpRequest &request, HttpResponder &responder)>;
    // Answers a request the parser refused (status 400, 413, 431, ...) or that no handler
    // answered; the connection closes after it.
    using ErrorHandler = std::function<void(int status, HttpResponder &responder)>;

    static constexpr qint64 kReadBuffer = 16 * 1024;
    static constexpr qint64 kMaxUnsent = 256 * 1024;
    static constexpr qint64 kMaxDrained = 1024 * 1024;  // read and dropped while closing, at most
    static constexpr int kDrainMs = 2000;

    HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, Handler handler, ErrorHandler onError);
    void setTimings(ServeTimings *timings) { m_timings = timings; }  // the server's, or none

private:
    enum class State { Reading, Closing, Draining, TakenOver };

    void pump();
    void dispatch(HttpRequest request);
    void refuse(int status);
    void closeGracefully();
    void shutDownWrite();
    void drain();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    Handler m_handler;
    ErrorHandler m_onError;
    QByteArray m_input;
    State m_state = State::Reading;
    bool m_continueSent = false;
    qint64 m_drained = 0;
    QTimer *m_drainTimer = nullptr;
    ServeTimings *m_timings = nullptr;
};

}  // namespace tunedrop
