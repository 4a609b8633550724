#pragma once

#include "HttpRequest.h"

#include <QByteArray>

namespace tunedrop {

// What one request may make the server hold (WebServer passes its kMax* constants).
struct HttpRequestLimits {
    qsizetype maxHeadBytes = 8 * 1024;  // request line + headers, CRLFs included
    int maxHeaders = 100;
    qsizetype maxBody = 64 * 1024;
};

// An incremental, strict HTTP/1.1 request parser (RFC 9112) with no I/O, so that tests and the
// fuzz target (tests/fuzz/fuzz_httpparser.cpp) reach it without a socket. The connection feeds
// it what arrived; it consumes from the front of that buffer and never holds more than the
// limits: a head (request line + headers) of at most maxHeadBytes, refused with 431 as soon as
// that many bytes arrived without its end, and a body of at most maxBody, refused with 413 from
// the head's Content-Length before any body byte is read, or as a chunked body grows past it.
//
// What is refused, and why (each would let a proxy in front and this server disagree about
// where a request ends, i.e. request smuggling, or would let a client make it hold memory):
//   400  malformed request line or header line, bare CR or LF, obs-fold, whitespace before ':',
//        control bytes in a value, a missing (HTTP/1.1) or second Host, a Content-Length that
//        is not all digits or whose copies differ, Content-Length with Transfer-Encoding,
//        Transfer-Encoding in HTTP/1.0 or twice, a malformed chunk
//   413  a body over maxBody          431  a head over maxHeadBytes or more than maxHeaders
//   417  an Expect other than 100-continue
//   501  a Transfer-Encoding other than exactly "chunked"     505  not HTTP/1.0 or HTTP/1.1
// After Failed the connection answers errorStatus() and closes: the stream cannot be trusted.
class HttpRequestParser {
public:
    using Limits = HttpRequestLimits;
    enum class Status {
        NeedMore,   // everything given was consumed or is an incomplete head: feed more
        HeadReady,  // the head was accepted (once per request, before its body): 100 Continue
        Complete,   // takeRequest() has the request; parse() again for a pipelined next one
        Failed,     // errorStatus(); the parser stays failed
    };

    explicit HttpRequestParser(Limits limits = Limits()) : m_limits(limits) {}

    // Consumes from the front of `input` (what the connection read and did not parse yet).
    Status parse(QByteArray &input);
    HttpRequest takeRequest();
    int errorStatus() const { return m_error; }
    // After HeadReady: the client sent "Expect: 100-continue" and waits for it before the body.
    bool wantsContinue() const
    {
        return m_request.expectsContinue && (m_phase == Phase::Body || m_phase == Phase::ChunkSize);
    }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Done, Failed };

    Status fail(int status);
    Status parseHead(QByteArray &input);
    bool parseRequestLine(QByteArrayView line);
    int parseHeaderLine(QByteArrayView line);  // 0 when accepted, else the status to refuse with
    int checkFraming();                        // Host, Content-Length, Transfer-Encoding, Expect
    Status parseChunked(QByteArray &input);
    // Moves up to m_remaining bytes of `input` into the body; true when none remain.
    bool takeBody(QByteArray &input);

    Limits m_limits;
    Phase m_phase = Phase::Head;
    int m_error = 0;
    qsizetype m_scanned = 0;   // head bytes already searched for the blank line
    qsizetype m_remaining = 0; // body or chunk bytes still to come
    qsizetype m_trailerBytes = 0;
    HttpRequest m_request;
};

}  // namespace tunedrop
