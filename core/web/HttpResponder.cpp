#include "HttpResponder.h"

#include <QTcpSocket>

namespace tunedrop {

HttpResponder::HttpResponder(QTcpSocket *socket, bool headOnly, bool closeAfter)
    : m_socket(socket), m_headOnly(headOnly), m_closeAfter(closeAfter)
{
}

QByteArray HttpResponder::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 421: return "Misdirected Request";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

void HttpResponder::send(HttpStatus status, const Headers &headers, const QByteArray &body)
{
    if (m_responded || m_takenOver || !m_socket)
        return;
    m_responded = true;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(int(status)) + ' ' + reasonPhrase(int(status)) + "\r\n";
    for (const auto &[name, value] : headers) {
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n'))
            continue;  // never let a header split the response
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (m_closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!m_headOnly)  // HEAD: the same head, no body (RFC 9110 9.3.2)
        out += body;
    m_socket->write(out);
}

QTcpSocket *HttpResponder::takeOver()
{
    if (m_responded)
        return nullptr;
    m_takenOver = true;
    return m_socket;
}

QHostAddress HttpResponder::peerAddress() const
{
    if (!m_client.isNull())
        return m_client;
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

}  // namespace tunedrop
