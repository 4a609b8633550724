#include "web/FileStreamer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <limits>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace tunedrop {
namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString kDateFormat = QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'");  // IMF-fixdate

// Every value of a request header (name case-insensitive), comma-joined as RFC 9110 allows.
QByteArray headerValue(const Headers &headers, QByteArrayView name) {
    QByteArray out;
    for (const auto &[key, value] : headers) {
        if (key.trimmed().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!out.isEmpty())
            out += ", ";
        out += value.trimmed();
    }
    return out;
}

// A non-negative decimal; saturates instead of overflowing. nullopt unless digits only.
std::optional<qint64> parseNumber(const QByteArray &text) {
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value > (kMax - 9) / 10 ? kMax : value * 10 + (c - '0');
    }
    return value;
}

QByteArray stripWeak(QByteArray tag) {
    tag = tag.trimmed();
    return tag.startsWith("W/") ? tag.mid(2) : tag;
}

// One response on one socket: writes the head, then the body in chunks as the socket drains.
class Stream : public QObject {
public:
    Stream(FileStreamer *owner, QTcpSocket *socket) : QObject(owner), m_owner(owner), m_socket(socket) {}

    void start(const QString &path, const QString &downloadName, const FileStreamer::Request &request,
               const QByteArray &contentType, const Headers &extraHeaders);
    void pump();
    void socketGone();

private:
    QByteArray head(int status, QByteArrayView reason) const;
    void respond(const QByteArray &head, const QByteArray &body = {});
    void complete();
    void fail(const char *why);
    void finish();

    FileStreamer *m_owner;
    QTcpSocket *m_socket;
    Headers m_extra;
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_remaining = 0;
    qint64 m_sent = 0;
    bool m_done = false;
};

QByteArray Stream::head(int status, QByteArrayView reason) const {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray() + "\r\n";
    out += "Date: " + FileStreamer::httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    return out;
}

// Finishes a head with the headers every answer carries, then queues it (and a small body).
void Stream::respond(const QByteArray &headPart, const QByteArray &body) {
    QByteArray out = headPart;
    out += "Cache-Control: private\r\nConnection: close\r\n";
    for (const auto &[name, value] : m_extra) {
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n'))
            continue;  // never let a caller's header split the response
        out += name + ": " + value + "\r\n";
    }
    out += "\r\n";
    out += body;
    if (m_socket->write(out) != out.size())
        fail("cannot queue the response head");
}

void Stream::start(const QString &path, const QString &downloadName, const FileStreamer::Request &request,
                   const QByteArray &contentType, const Headers &extraHeaders) {
    m_extra = extraHeaders;
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return socketGone();
    const bool isHead = request.method == "HEAD";
    if (!isHead && request.method != "GET") {
        respond(head(405, "Method Not Allowed") + "Allow: GET, HEAD\r\nContent-Length: 0\r\n");
        return pump();
    }

    // Validators come from the opened file itself, so a file replaced meanwhile cannot mix.
    qint64 size = -1;
    QDateTime modified;
    quint64 inode = 0;
    m_file.setFileName(path);
    if (m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
#ifdef Q_OS_UNIX
        struct stat st {};
        if (::fstat(m_file.handle(), &st) == 0 && S_ISREG(st.st_mode)) {
            size = st.st_size;
            modified = QDateTime::fromMSecsSinceEpoch(qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000,
                                                      QTimeZone::utc());
            inode = st.st_ino;
        }
#else
        const QFileInfo info(path);
        if (info.isFile()) {
            size = m_file.size();
            modified = info.lastModified().toUTC();
        }
#endif
    }
    if (size < 0) {
        m_file.close();
        const QByteArray body = "Not found\n";
        respond(head(404, "Not Found") + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n", isHead ? QByteArray() : body);
        return pump();
    }

    // The ETag keeps millisecond precision; date validators only have whole seconds.
    const QByteArray etag = FileStreamer::etagFor(size, modified, inode);
    modified = QDateTime::fromSecsSinceEpoch(modified.toSecsSinceEpoch(), QTimeZone::utc());
    const QByteArray validators = "ETag: " + etag + "\r\nLast-Modified: " + FileStreamer::httpDate(modified) + "\r\n";
    const QByteArray noneMatch = headerValue(request.headers, "If-None-Match");
    bool notModified = false;
    if (!noneMatch.isEmpty()) {
        notModified = FileStreamer::noneMatchHits(noneMatch, etag);
    } else {
        const QDateTime since = FileStreamer::parseHttpDate(headerValue(request.headers, "If-Modified-Since"));
        notModified = since.isValid() && modified <= since;
    }
    if (notModified) {
        m_file.close();
        respond(head(304, "Not Modified") + validators);
        return pump();
    }

    // Range applies to GET only (RFC 9110 14.2); HEAD describes the full answer.
    std::optional<ByteRange> range;
    bool unsatisfiable = false;
    const QByteArray rangeHeader = headerValue(request.headers, "Range");
    if (!isHead && !rangeHeader.isEmpty()
        && FileStreamer::ifRangeHolds(headerValue(request.headers, "If-Range"), etag, modified))
        range = FileStreamer::parseRange(rangeHeader, size, &unsatisfiable);
    if (unsatisfiable) {
        m_file.close();
        respond(head(416, "Range Not Satisfiable") + "Content-Range: bytes */" + QByteArray::number(size)
                + "\r\nContent-Length: 0\r\nAccept-Ranges: bytes\r\n" + validators);
        return pump();
    }

    const ByteRange span = range.value_or(ByteRange{0, size - 1});
    QByteArray out = range ? head(206, "Partial Content") : head(200, "OK");
    out += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(span.length()) + "\r\n";
    if (range)
        out += "Content-Range: bytes " + QByteArray::number(span.first) + '-' + QByteArray::number(span.last)
               + '/' + QByteArray::number(size) + "\r\n";
    out += "Accept-Ranges: bytes\r\n" + validators;
    out += "Content-Disposition: " + FileStreamer::contentDisposition(downloadName) + "\r\n";
    if (!isHead && span.length() > 0) {
        if (!m_file.seek(span.first))
            return fail("cannot seek");
        m_remaining = span.length();
        m_buffer.resize(FileStreamer::kChunk);
    } else {
        m_file.close();
    }
    respond(out);
    pump();
}

// Tops the socket's queue up to kMaxUnsent; called again from bytesWritten as it drains.
void Stream::pump() {
    while (!m_done && m_remaining > 0 && m_socket->bytesToWrite() < FileStreamer::kMaxUnsent) {
        const qint64 got = m_file.read(m_buffer.data(), qMin(FileStreamer::kChunk, m_remaining));
        if (got <= 0)
            return fail("file shrank or became unreadable");
        if (m_socket->write(m_buffer.constData(), got) != got)
            return fail("cannot queue data");
        m_remaining -= got;
        m_sent += got;
    }
    if (!m_done && m_remaining == 0 && m_socket->bytesToWrite() == 0)
        complete();
}

void Stream::complete() {
    m_done = true;
    m_file.close();
    const QPointer<Stream> alive(this);
    m_socket->disconnectFromHost();  // may emit disconnected (and delete things) synchronously
    if (alive)
        finish();
}

// The promised Content-Length cannot be honoured any more: reset so the client sees the failure.
void Stream::fail(const char *why) {
    qWarning("FileStreamer: %s: %s", why, qPrintable(m_file.fileName()));
    m_done = true;
    m_file.close();
    const QPointer<Stream> alive(this);
    m_socket->abort();
    if (alive)
        finish();
}

// The client went away (or the socket is being destroyed): stop reading, never touch the socket.
void Stream::socketGone() {
    if (m_done)
        return;
    m_done = true;
    m_file.close();
    finish();
}

// Reports once and schedules the streamer's deletion; a receiver of finished() may delete it first.
void Stream::finish() {
    const QPointer<FileStreamer> owner(m_owner);
    emit m_owner->finished(m_sent);
    if (owner)
        owner->deleteLater();
}

}  // namespace

FileStreamer::FileStreamer(QTcpSocket *socket) : QObject(socket) {}

void FileStreamer::serve(QTcpSocket *socket, const QString &path, const QString &downloadName,
                         const Request &request, const QByteArray &contentType, const Headers &extraHeaders) {
    if (!socket)
        return;
    if (socket->thread() != QThread::currentThread()) {
        // The streamer must live (and be parented) on the socket's thread; hop there.
        QMetaObject::invokeMethod(socket, [=] { serve(socket, path, downloadName, request, contentType, extraHeaders); },
                                  Qt::QueuedConnection);
        return;
    }
    auto *streamer = new FileStreamer(socket);  // dies with the socket at the latest
    auto *stream = new Stream(streamer, socket);
    connect(socket, &QTcpSocket::bytesWritten, stream, &Stream::pump);
    connect(socket, &QTcpSocket::disconnected, stream, &Stream::socketGone);
    stream->start(path, downloadName, request, contentType, extraHeaders);
}

std::optional<ByteRange> FileStreamer::parseRange(const QByteArray &header, qint64 size, bool *unsatisfiable) {
    if (unsatisfiable)
        *unsatisfiable = false;
    const QByteArray value = header.trimmed();
    const qsizetype eq = value.indexOf('=');
    if (eq < 0 || value.left(eq).trimmed().compare("bytes", Qt::CaseInsensitive) != 0)
        return std::nullopt;  // other units are ignored
    std::optional<ByteRange> found;
    int specs = 0;
    int satisfiable = 0;
    for (const QByteArray &raw : value.mid(eq + 1).split(',')) {
        const QByteArray spec = raw.trimmed();
        if (spec.isEmpty())
            continue;  // empty list elements are allowed
        const qsizetype dash = spec.indexOf('-');
        if (dash < 0)
            return std::nullopt;
        const QByteArray a = spec.left(dash).trimmed();
        const QByteArray b = spec.mid(dash + 1).trimmed();
        ++specs;
        if (a.isEmpty()) {  // suffix: the last N bytes
            const auto n = parseNumber(b);
            if (!n)
                return std::nullopt;
            if (*n > 0 && size > 0) {
                found = ByteRange{qMax<qint64>(0, size - *n), size - 1};
                ++satisfiable;
            }
            continue;
        }
        const auto first = parseNumber(a);
        const auto last = b.isEmpty() ? std::optional<qint64>(std::numeric_limits<qint64>::max()) : parseNumber(b);
        if (!first || !last || *last < *first)
            return std::nullopt;
        if (*first < size) {
            found = ByteRange{*first, qMin(*last, size - 1)};
            ++satisfiable;
        }
    }
    if (specs == 0)
        return std::nullopt;
    if (satisfiable == 0) {
        if (unsatisfiable)
            *unsatisfiable = true;
        return std::nullopt;
    }
    if (specs > 1)
        return std::nullopt;  // several ranges: whole file with 200 (no multipart/byteranges)
    return found;
}

QDateTime FileStreamer::parseHttpDate(const QByteArray &text) {
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()), kDateFormat);
    return local.isValid() ? QDateTime(local.date(), local.time(), QTimeZone::utc()) : QDateTime();
}

// If-None-Match uses the weak comparison: W/"x" matches "x"; "*" matches any existing file.
bool FileStreamer::noneMatchHits(const QByteArray &ifNoneMatch, const QByteArray &etag) {
    for (const QByteArray &tag : ifNoneMatch.split(',')) {
        if (tag.trimmed() == "*" || stripWeak(tag) == etag)
            return true;
    }
    return false;
}

// If-Range: an entity tag must match strongly (a weak one never does); a date must equal
// Last-Modified exactly. Anything else means "send the whole file".
bool FileStreamer::ifRangeHolds(const QByteArray &ifRange, const QByteArray &etag, const QDateTime &modified) {
    if (ifRange.isEmpty())
        return true;
    if (ifRange.startsWith("W/"))
        return false;
    if (ifRange.startsWith('"'))
        return ifRange == etag;
    const QDateTime date = parseHttpDate(ifRange);
    return date.isValid() && date == modified;
}

QByteArray FileStreamer::contentDisposition(const QString &fileName) {
    const QString name = fileName.trimmed().isEmpty() ? QStringLiteral("download") : fileName;
    QByteArray fallback;
    for (const char32_t c : name.toUcs4())
        fallback += (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') ? '_' : char(c);
    // RFC 5987 attr-char: ALPHA DIGIT and !#$&+-.^_`|~ stay literal, everything else is encoded.
    const QByteArray encoded = QUrl::toPercentEncoding(name, "!#$&+^`|");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

QByteArray FileStreamer::etagFor(qint64 size, const QDateTime &modified, quint64 inode) {
    return '"' + QByteArray::number(size, 16) + '-' + QByteArray::number(modified.toMSecsSinceEpoch(), 16) + '-'
           + QByteArray::number(inode, 16) + '"';
}

QByteArray FileStreamer::httpDate(const QDateTime &time) {
    if (!time.isValid())
        return {};
    return QLocale::c().toString(time.toUTC(), kDateFormat).toLatin1();
}

}  // namespace tunedrop
