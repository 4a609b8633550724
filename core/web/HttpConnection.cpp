#include "HttpConnection.h"

#include "HttpResponder.h"
#include "ServeTimings.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace tunedrop {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, Handler handler, ErrorHandler onError)
    : QObject(socket), m_socket(socket), m_parser(limits), m_handler(std::move(handler)), m_onError(std::move(onError))
{
    // Qt stops reading from the kernel once this much waits unread: the kernel's own buffer
    // then fills and TCP flow control slows the client down.
    m_socket->setReadBufferSize(kReadBuffer);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_state == State::Draining)
            drain();
        else
            pump();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Closing && m_socket->bytesToWrite() == 0)
            shutDownWrite();
        else if (m_state == State::Reading)
            pump();  // answers drained: the next pipelined request may be read
    });
    QTimer::singleShot(0, this, &HttpConnection::pump);  // bytes may have arrived before us
}

void HttpConnection::pump()
{
    const QPointer<HttpConnection> alive(this);
    while (alive && m_state == State::Reading && m_socket->state() == QAbstractSocket::ConnectedState) {
        // Back-pressure on answers: a client that does not read gets nothing more parsed.
        if (m_socket->bytesToWrite() > kMaxUnsent)
            return;
        if (m_input.size() < kReadBuffer && m_socket->bytesAvailable() > 0)
            m_input += m_socket->read(kReadBuffer - m_input.size());
        switch (m_parser.parse(m_input)) {
        case HttpRequestParser::Status::NeedMore:
            if (m_socket->bytesAvailable() > 0 && m_input.size() < kReadBuffer)
                continue;
            return;
        case HttpRequestParser::Status::HeadReady:
            // RFC 9110 10.1.1: the head is acceptable, so ask for the body. (A refused head got
            // its final status instead, and the body is never read.)
            if (!m_continueSent && m_parser.wantsContinue()) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            continue;
        case HttpRequestParser::Status::Complete:
            m_continueSent = false;
            dispatch(m_parser.takeRequest());
            continue;
        case HttpRequestParser::Status::Failed:
            return refuse(m_parser.errorStatus());
        }
    }
}

void HttpConnection::dispatch(HttpRequest request)
{
    request.peer = m_socket->peerAddress();
    const bool keepAlive = request.keepAlive;
    HttpResponder responder(m_socket, request.isHead(), !keepAlive);
    const QPointer<HttpConnection> alive(this);
    {
        const ServeTimings::Scope timing(m_timings, m_socket->socketDescriptor());
        m_handler(request, responder);
    }
    if (!alive)
        return;
    if (responder.isTakenOver()) {
        // The handler streams on the socket now (and closes it when done): hands off.
        m_state = State::TakenOver;
        m_input.clear();
        disconnect(m_socket, nullptr, this, nullptr);
        return;
    }
    if (!responder.hasResponded()) {
        HttpResponder fallback(m_socket, false, true);
        m_onError(500, fallback);
        return closeGracefully();
    }
    if (!keepAlive)
        closeGracefully();
}

void HttpConnection::refuse(int status)
{
    HttpResponder responder(m_socket, false, true);
    m_onError(status, responder);
    closeGracefully();
}

void HttpConnection::closeGracefully()
{
    m_state = State::Closing;
    m_input.clear();
    if (m_socket->bytesToWrite() == 0)
        shutDownWrite();
}

void HttpConnection::shutDownWrite()
{
#ifdef Q_OS_UNIX
    // FIN after the answer, then keep reading for a moment: closing a socket that still has
    // unread input makes the kernel send a reset, which can destroy the answer in flight.
    m_state = State::Draining;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_drainTimer = new QTimer(this);
    m_drainTimer->setSingleShot(true);
    connect(m_drainTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    m_drainTimer->start(kDrainMs);
    drain();
#else
    m_state = State::Draining;
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::drain()
{
    static char scratch[16 * 1024];  // dropped bytes: never looked at, so one buffer serves all
    while (m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(scratch, sizeof scratch);
        if (n <= 0)
            break;
        m_drained += n;
        if (m_drained > kMaxDrained) {
            m_socket->abort();  // still sending after the final answer: enough
            return;
        }
    }
}

}  // namespace tunedrop
