#include "HttpRequestParser.h"

#include <utility>

namespace tunedrop {

namespace {

// RFC 9110 5.6.2: token characters (methods and header names).
bool isTchar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s)
        if (!isTchar(c))
            return false;
    return true;
}

// Field values: visible ASCII, space, tab and obs-text; never CR, LF, NUL or other controls.
bool isFieldValue(QByteArrayView s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

// Digits only (no sign, no spaces, no comma list), short enough never to overflow.
bool parseLength(QByteArrayView s, qint64 *value)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype comma = list.indexOf(',', start);
        if (comma < 0)
            comma = list.size();
        if (trimmedOws(list.sliced(start, comma - start)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = comma + 1;
    }
    return false;
}

constexpr qsizetype kMaxChunkLine = 256;  // hex size plus extensions: anything longer is abuse

}  // namespace

HttpRequestParser::Status HttpRequestParser::fail(int status)
{
    m_phase = Phase::Failed;
    m_error = status;
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &input)
{
    switch (m_phase) {
    case Phase::Failed:
        return Status::Failed;
    case Phase::Done:
        return Status::Complete;
    case Phase::Head:
        return parseHead(input);
    case Phase::Body:
        if (!takeBody(input))
            return Status::NeedMore;
        m_phase = Phase::Done;
        return Status::Complete;
    default:
        return parseChunked(input);
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest out = std::exchange(m_request, HttpRequest());
    if (m_phase == Phase::Done) {
        m_phase = Phase::Head;
        m_scanned = 0;
        m_remaining = 0;
        m_trailerBytes = 0;
    }
    return out;
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray &input)
{
    // RFC 9112 2.2: empty lines before a request line are ignored (clients add one after a body).
    // Only ever at the front of the head, so the same however the bytes are split.
    while (input.startsWith("\r\n")) {
        input.remove(0, 2);
        m_scanned = std::max<qsizetype>(0, m_scanned - 2);
    }
    const qsizetype end = input.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_scanned - 3));
    if (end < 0) {
        // The limit applies while the head arrives: no end within the budget is already too much.
        m_scanned = input.size();
        if (input.size() >= m_limits.maxHeadBytes)
            return fail(431);
        return Status::NeedMore;
    }
    if (end + 4 > m_limits.maxHeadBytes)
        return fail(431);
    const QByteArrayView head(input.constData(), end);
    qsizetype lineStart = 0;
    bool first = true;
    int count = 0;
    while (lineStart <= head.size()) {
        qsizetype lineEnd = head.indexOf("\r\n", lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 2;
        // A lone CR or LF is a line break to some parsers and not to others: refuse both.
        if (line.contains('\r') || line.contains('\n'))
            return fail(400);
        if (first) {
            first = false;
            if (!parseRequestLine(line))
                return fail(m_error ? m_error : 400);
            continue;
        }
        if (++count > m_limits.maxHeaders)
            return fail(431);
        if (const int status = parseHeaderLine(line))
            return fail(status);
    }
    input.remove(0, end + 4);
    m_scanned = 0;
    if (const int status = checkFraming())
        return fail(status);
    return m_phase == Phase::Done ? Status::Complete : Status::HeadReady;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces, nothing else.
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return false;
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method) || target.isEmpty() || target.front() != '/')
        return false;  // origin-form only: no absolute-form, no '*'
    for (const char c : target)
        if (c <= 0x20 || c >= 0x7f)
            return false;
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return false;
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1')) {
        m_error = 505;
        return false;
    }
    m_request.methodName = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.minorVersion = version[7] - '0';
    return true;
}

int HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    // field-name ":" OWS field-value OWS. Whitespace before the colon (or a line starting with
    // whitespace: obs-fold) fails the token check.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return 400;
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (!isFieldValue(value))
        return 400;
    if (m_phase == Phase::Head)
        m_request.headerList.append({line.first(colon).toByteArray(), value.toByteArray()});
    return 0;
}

int HttpRequestParser::checkFraming()
{
    HttpRequest &r = m_request;
    int hosts = 0, encodings = 0;
    qint64 length = -1;
    QByteArray connection;
    for (const auto &[name, value] : std::as_const(r.headerList)) {
        const QByteArrayView n(name);
        if (n.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (n.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            qint64 v = 0;
            if (!parseLength(value, &v) || (length >= 0 && v != length))
                return 400;
            length = v;
        } else if (n.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            ++encodings;
            if (QByteArrayView(value).compare("chunked", Qt::CaseInsensitive) != 0)
                return 501;  // gzip, "xchunked", "chunked, identity"...: not understood
        } else if (n.compare("Expect", Qt::CaseInsensitive) == 0) {
            if (QByteArrayView(value).compare("100-continue", Qt::CaseInsensitive) != 0)
                return 417;
            r.expectsContinue = r.minorVersion == 1;  // HTTP/1.0 clients never wait for it
        } else if (n.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection += value + ',';
        }
    }
    if (hosts > 1 || (hosts == 0 && r.minorVersion == 1))
        return 400;
    if (encodings > 1 || (encodings == 1 && (length >= 0 || r.minorVersion == 0)))
        return 400;
    r.keepAlive = !hasToken(connection, "close") && (r.minorVersion == 1 || hasToken(connection, "keep-alive"));
    if (length > m_limits.maxBody)
        return 413;  // from the head: not one byte of such a body is read
    if (encodings == 1) {
        m_phase = Phase::ChunkSize;
    } else if (length > 0) {
        m_phase = Phase::Body;
        m_remaining = length;
        r.content.reserve(length);
    } else {
        m_phase = Phase::Done;
        r.expectsContinue = false;  // nothing to continue with
    }
    return 0;
}

bool HttpRequestParser::takeBody(QByteArray &input)
{
    const qsizetype n = std::min(m_remaining, input.size());
    m_request.content.append(input.constData(), n);
    input.remove(0, n);
    m_remaining -= n;
    return m_remaining == 0;
}

HttpRequestParser::Status HttpRequestParser::parseChunked(QByteArray &input)
{
    for (;;) {
        switch (m_phase) {
        case Phase::ChunkSize: {
            const qsizetype eol = input.indexOf("\r\n");
            if (eol < 0)
                return input.size() > kMaxChunkLine + 1 ? fail(400) : Status::NeedMore;  // +1: a CR awaiting its LF
            if (eol > kMaxChunkLine)
                return fail(400);
            const QByteArrayView line(input.constData(), eol);
            qsizetype i = 0;
            qint64 size = 0;
            for (; i < line.size(); ++i) {
                const char c = line[i];
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                if (digit < 0)
                    break;
                size = size * 16 + digit;
                // Counted as the chunks arrive: a body growing past the limit stops here.
                if (size > m_limits.maxBody - m_request.content.size())
                    return fail(413);
            }
            if (i == 0)
                return fail(400);
            const QByteArrayView rest = trimmedOws(line.sliced(i));
            if (!rest.isEmpty() && (rest.front() != ';' || !isFieldValue(rest)))
                return fail(400);  // only ";extension" may follow the size (and is ignored)
            input.remove(0, eol + 2);
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailer : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData:
            if (!takeBody(input))
                return Status::NeedMore;
            m_phase = Phase::ChunkEnd;
            break;
        case Phase::ChunkEnd:
            if (input.size() < 2)
                return Status::NeedMore;
            if (!input.startsWith("\r\n"))
                return fail(400);
            input.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailer: {
            // Trailer fields are checked for syntax and dropped; they count against the head budget.
            const qsizetype eol = input.indexOf("\r\n");
            if (eol < 0)
                return m_trailerBytes + input.size() >= m_limits.maxHeadBytes ? fail(431) : Status::NeedMore;
            m_trailerBytes += eol + 2;
            if (m_trailerBytes > m_limits.maxHeadBytes)
                return fail(431);
            const QByteArrayView line(input.constData(), eol);
            if (line.isEmpty()) {
                input.remove(0, 2);
                m_phase = Phase::Done;
                return Status::Complete;
            }
            if (line.contains('\r') || line.contains('\n') || parseHeaderLine(line) != 0)
                return fail(400);
            input.remove(0, eol + 2);
            break;
        }
        default:
            return Status::Failed;
        }
    }
}

}  // namespace tunedrop
