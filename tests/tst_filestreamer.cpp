#include "web/FileStreamer.h"
#include "ProcessMemory.h"

#include <QtTest>

#include <QDir>
#include <QLocale>
#include <QMutex>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <cctype>
#include <cstring>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tunedrop;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

constexpr qint64 kFileSize = 8 * 1024 * 1024;
constexpr int kTimeoutMs = 15000;
constexpr int kSmallSocketBuffer = 64 * 1024;

// The server side, on its own thread: reads one request head per connection and hands the
// socket to FileStreamer::serve. It watches the streamer from outside only: the socket's
// bytesToWrite() after every write burst, finished(), and the streamer's destruction.
class StreamServer : public QObject {
    Q_OBJECT
public:
    QString root;
    std::atomic<qint64> maxUnsent{0};
    std::atomic<int> served{0};
    std::atomic<int> live{0};
    std::atomic<int> finishedCount{0};
    std::atomic<qint64> lastFinishedBytes{-1};
    std::atomic<int> sendBuffer{0};  // SO_SNDBUF for accepted sockets, 0 = kernel default
    std::atomic<bool> serveFromOtherThread{false};

    void setDownloadName(const QString &name) {
        QMutexLocker lock(&m_mutex);
        m_downloadName = name;
    }

    quint16 listen() {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, &StreamServer::accept);
        return m_server->serverPort();
    }
    void shutdown() { delete m_server; }

private:
    void accept() {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            if (const int size = sendBuffer.load())
                socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, size);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        }
    }

    void readRequest(QTcpSocket *socket) {
        if (socket->property("served").toBool()) {
            socket->readAll();
            return;
        }
        const QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
        socket->setProperty("buffered", buffered);
        const qsizetype end = buffered.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        socket->setProperty("served", true);
        const QList<QByteArray> lines = buffered.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        FileStreamer::Request request;
        request.method = requestLine.value(0);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const QString path = root + QString::fromUtf8(QByteArray::fromPercentEncoding(requestLine.value(1)));
        QString name;
        {
            QMutexLocker lock(&m_mutex);
            name = m_downloadName;
        }
        const Headers extra = {{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}};
        if (serveFromOtherThread) {
            // serve() must hop to the socket's thread; its queued call runs before watch().
            std::thread([=] { FileStreamer::serve(socket, path, name, request, "audio/mpeg", extra); }).join();
            QMetaObject::invokeMethod(this, [this, socket] { watch(socket); }, Qt::QueuedConnection);
        } else {
            FileStreamer::serve(socket, path, name, request, "audio/mpeg", extra);
            watch(socket);
        }
    }

    void watch(QTcpSocket *socket) {
        ++served;
        if (auto *streamer = socket->findChild<FileStreamer *>()) {
            ++live;
            connect(streamer, &QObject::destroyed, this, [this] { --live; });
            connect(streamer, &FileStreamer::finished, this, [this](qint64 bytes) {
                lastFinishedBytes = bytes;
                ++finishedCount;
            });
        }
        // Connected after serve(), so this runs right after the streamer's own refill.
        const auto sample = [this, socket] {
            const qint64 unsent = socket->bytesToWrite();
            qint64 seen = maxUnsent.load();
            while (unsent > seen && !maxUnsent.compare_exchange_weak(seen, unsent)) {
            }
        };
        sample();
        connect(socket, &QTcpSocket::bytesWritten, this, sample);
    }

    QTcpServer *m_server = nullptr;
    QMutex m_mutex;
    QString m_downloadName = QStringLiteral("song.mp3");
};

struct Reply {
    int status = 0;
    Headers headers;  // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const {
        for (const auto &[key, value] : headers)
            if (key == name)
                return value;
        return {};
    }
    int count(const QByteArray &name) const {
        int n = 0;
        for (const auto &header : headers)
            n += header.first == name;
        return n;
    }
};

// A plain blocking client (POSIX, on the test thread) so the test controls its receive buffer.
int connectClient(quint16 port, int receiveBuffer = 0) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (receiveBuffer > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

QByteArray requestText(const QByteArray &method, const QByteArray &target, const Headers &headers) {
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

bool sendAll(int fd, const QByteArray &data) {
    return ::send(fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL) == data.size();
}

// Reads up to `max` bytes; 0 on EOF, -1 on error or timeout.
qint64 receive(int fd, char *buffer, qint64 max) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, kTimeoutMs) <= 0)
        return -1;
    return ::recv(fd, buffer, size_t(max), 0);
}

// Reads up to the end of the response head; the bytes after it stay in `rest`.
bool readHead(int fd, Reply *reply, QByteArray *rest) {
    QByteArray data;
    char buffer[4096];
    qsizetype end = -1;
    while ((end = data.indexOf("\r\n\r\n")) < 0) {
        const qint64 n = receive(fd, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        data.append(buffer, n);
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    reply->status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        reply->headers.append({lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
    }
    *rest = data.mid(end + 4);
    return true;
}

// One request on a fresh connection, read until the server closes it.
Reply fetch(quint16 port, const QByteArray &method, const QByteArray &target, const Headers &headers = {}) {
    Reply reply;
    const int fd = connectClient(port);
    if (fd < 0 || !sendAll(fd, requestText(method, target, headers)) || !readHead(fd, &reply, &reply.body)) {
        if (fd >= 0)
            ::close(fd);
        return {};
    }
    char buffer[64 * 1024];
    qint64 n = 0;
    while ((n = receive(fd, buffer, sizeof buffer)) > 0)
        reply.body.append(buffer, n);
    ::close(fd);
    if (n < 0)
        reply.status = -1;  // not closed by the server in time
    return reply;
}

qint64 rssBytes() { return test::rssKiB() * 1024; }

int openFdCount() {
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

}  // namespace

class TestFileStreamer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void parseRange_data();
    void parseRange();
    void contentDisposition_data();
    void contentDisposition();
    void httpDateAndEtag();

    void fullGet();
    void head();
    void ranges_data();
    void ranges();
    void ifRange_data();
    void ifRange();
    void conditional_data();
    void conditional();
    void notFound_data();
    void notFound();
    void unicodeDownloadName();
    void backPressure();
    void clientDisconnects_data();
    void clientDisconnects();
    void serveFromAnotherThread();

private:
    QByteArray etag() const;
    QByteArray lastModified() const;
    void verifyServerIdle();

    QTemporaryDir m_dir;
    QByteArray m_data;
    QThread m_thread;
    StreamServer *m_server = nullptr;
    quint16 m_port = 0;
};

void TestFileStreamer::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_data.resize(kFileSize);
    QRandomGenerator generator(20240601);
    generator.fillRange(reinterpret_cast<quint32 *>(m_data.data()), kFileSize / 4);
    QFile file(m_dir.filePath(QStringLiteral("song.mp3")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_data), kFileSize);
    file.close();
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));

    m_server = new StreamServer;
    m_server->root = m_dir.path();
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_server, [this] { m_port = m_server->listen(); }, Qt::BlockingQueuedConnection);
    QVERIFY(m_port != 0);
}

void TestFileStreamer::init() {
    m_server->sendBuffer = 0;
    m_server->serveFromOtherThread = false;
    m_server->setDownloadName(QStringLiteral("song.mp3"));
}

void TestFileStreamer::cleanupTestCase() {
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this] { m_server->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QByteArray TestFileStreamer::etag() const {
    struct stat st {};
    ::stat(QFile::encodeName(m_dir.filePath(QStringLiteral("song.mp3"))).constData(), &st);
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(
        qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, QTimeZone::utc());
    return FileStreamer::etagFor(st.st_size, modified, st.st_ino);
}

QByteArray TestFileStreamer::lastModified() const {
    return FileStreamer::httpDate(QFileInfo(m_dir.filePath(QStringLiteral("song.mp3"))).lastModified());
}

// Every streamer is gone once its response is over.
void TestFileStreamer::verifyServerIdle() {
    QTRY_COMPARE_WITH_TIMEOUT(m_server->live.load(), 0, kTimeoutMs);
}

void TestFileStreamer::parseRange_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<bool>("unsatisfiable");

    QTest::newRow("first 100") << QByteArray("bytes=0-99") << qint64(1000) << true << qint64(0) << qint64(99) << false;
    QTest::newRow("middle") << QByteArray("bytes=100-199") << qint64(1000) << true << qint64(100) << qint64(199) << false;
    QTest::newRow("open-ended") << QByteArray("bytes=900-") << qint64(1000) << true << qint64(900) << qint64(999) << false;
    QTest::newRow("suffix") << QByteArray("bytes=-10") << qint64(1000) << true << qint64(990) << qint64(999) << false;
    QTest::newRow("suffix > size") << QByteArray("bytes=-5000") << qint64(1000) << true << qint64(0) << qint64(999) << false;
    QTest::newRow("last clamped") << QByteArray("bytes=500-5000") << qint64(1000) << true << qint64(500) << qint64(999) << false;
    QTest::newRow("huge last") << QByteArray("bytes=0-99999999999999999999999") << qint64(1000) << true << qint64(0) << qint64(999) << false;
    QTest::newRow("whitespace, case") << QByteArray(" Bytes = 1-2 ") << qint64(1000) << true << qint64(1) << qint64(2) << false;
    QTest::newRow("empty elements") << QByteArray("bytes=,1-2,") << qint64(1000) << true << qint64(1) << qint64(2) << false;
    QTest::newRow("past the end") << QByteArray("bytes=1000-") << qint64(1000) << false << qint64(0) << qint64(0) << true;
    QTest::newRow("suffix zero") << QByteArray("bytes=-0") << qint64(1000) << false << qint64(0) << qint64(0) << true;
    QTest::newRow("empty file") << QByteArray("bytes=0-") << qint64(0) << false << qint64(0) << qint64(0) << true;
    QTest::newRow("all unsatisfiable") << QByteArray("bytes=2000-,3000-3100") << qint64(1000) << false << qint64(0) << qint64(0) << true;
    QTest::newRow("multiple") << QByteArray("bytes=0-9,20-29") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("multiple, one ok") << QByteArray("bytes=0-9,2000-") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("reversed") << QByteArray("bytes=10-5") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("other unit") << QByteArray("items=0-5") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("no equals") << QByteArray("bytes 0-5") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("no dash") << QByteArray("bytes=5") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("letters") << QByteArray("bytes=a-b") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("negative") << QByteArray("bytes=--5") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("only dash") << QByteArray("bytes=-") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("nothing") << QByteArray("bytes=") << qint64(1000) << false << qint64(0) << qint64(0) << false;
    QTest::newRow("one bad of two") << QByteArray("bytes=0-1,x") << qint64(1000) << false << qint64(0) << qint64(0) << false;
}

void TestFileStreamer::parseRange() {
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(bool, valid);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(bool, unsatisfiable);

    bool unsat = !unsatisfiable;
    const std::optional<ByteRange> range = FileStreamer::parseRange(header, size, &unsat);
    QCOMPARE(range.has_value(), valid);
    QCOMPARE(unsat, unsatisfiable);
    if (valid) {
        QCOMPARE(range->first, first);
        QCOMPARE(range->last, last);
    }
    FileStreamer::parseRange(header, size, nullptr);  // the out-parameter is optional
}

void TestFileStreamer::contentDisposition_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("song.mp3")
                           << QByteArray("attachment; filename=\"song.mp3\"; filename*=UTF-8''song.mp3");
    QTest::newRow("unicode") << QStringLiteral("Ünïcødé — 日本語 🎵 \"quoted\".mp3")
                             << QByteArray("attachment; filename=\"_n_c_d_ _ ___ _ _quoted_.mp3\"; filename*=UTF-8''"
                                           "%C3%9Cn%C3%AFc%C3%B8d%C3%A9%20%E2%80%94%20%E6%97%A5%E6%9C%AC%E8%AA%9E%20"
                                           "%F0%9F%8E%B5%20%22quoted%22.mp3");
    QTest::newRow("separators") << QStringLiteral("a;b,c%d=e's (1)!.mp3")
                                << QByteArray("attachment; filename=\"a;b,c%d=e's (1)!.mp3\"; filename*=UTF-8''"
                                              "a%3Bb%2Cc%25d%3De%27s%20%281%29!.mp3");
    QTest::newRow("injection") << QStringLiteral("a\\b\r\nX-Evil: 1.mp3")
                               << QByteArray("attachment; filename=\"a_b__X-Evil: 1.mp3\"; filename*=UTF-8''"
                                             "a%5Cb%0D%0AX-Evil%3A%201.mp3");
    QTest::newRow("empty") << QString()
                           << QByteArray("attachment; filename=\"download\"; filename*=UTF-8''download");
}

void TestFileStreamer::contentDisposition() {
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(FileStreamer::contentDisposition(name), expected);
}

void TestFileStreamer::httpDateAndEtag() {
    const QDateTime time(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QCOMPARE(FileStreamer::httpDate(time), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    QCOMPARE(FileStreamer::httpDate(time.toTimeZone(QTimeZone(3600))), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    const QByteArray tag = FileStreamer::etagFor(1000, time, 42);
    QVERIFY(tag.startsWith('"') && tag.endsWith('"') && !tag.startsWith("W/"));
    QCOMPARE(FileStreamer::etagFor(1000, time, 42), tag);
    QVERIFY(FileStreamer::etagFor(1001, time, 42) != tag);
    QVERIFY(FileStreamer::etagFor(1000, time.addMSecs(1), 42) != tag);
    QVERIFY(FileStreamer::etagFor(1000, time, 43) != tag);
}

void TestFileStreamer::fullGet() {
    const int finishedBefore = m_server->finishedCount;
    const Reply reply = fetch(m_port, "GET", "/song.mp3");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.size(), kFileSize);
    QVERIFY(reply.body == m_data);
    QCOMPARE(reply.header("content-type"), QByteArray("audio/mpeg"));
    QCOMPARE(reply.header("content-length"), QByteArray::number(kFileSize));
    QCOMPARE(reply.header("accept-ranges"), QByteArray("bytes"));
    QCOMPARE(reply.header("etag"), etag());
    QCOMPARE(reply.header("last-modified"), lastModified());
    QCOMPARE(reply.header("cache-control"), QByteArray("private"));
    QCOMPARE(reply.header("connection"), QByteArray("close"));
    QCOMPARE(reply.header("content-disposition"), FileStreamer::contentDisposition(QStringLiteral("song.mp3")));
    QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(reply.header("referrer-policy"), QByteArray("no-referrer"));
    QCOMPARE(reply.count("content-range"), 0);
    for (const auto &header : reply.headers)
        QVERIFY2(reply.count(header.first) == 1, header.first.constData());
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(reply.header("date")),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    QVERIFY(date.isValid());
    QVERIFY(qAbs(QDateTime(date.date(), date.time(), QTimeZone::utc()).secsTo(QDateTime::currentDateTimeUtc())) < 60);

    QTRY_COMPARE_WITH_TIMEOUT(m_server->finishedCount.load(), finishedBefore + 1, kTimeoutMs);
    QCOMPARE(m_server->lastFinishedBytes.load(), kFileSize);
    verifyServerIdle();
}

void TestFileStreamer::head() {
    for (const Headers &headers : {Headers{}, Headers{{"Range", "bytes=0-99"}}}) {
        const Reply reply = fetch(m_port, "HEAD", "/song.mp3", headers);
        QCOMPARE(reply.status, 200);  // Range is defined for GET only
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(reply.header("content-length"), QByteArray::number(kFileSize));
        QCOMPARE(reply.header("content-type"), QByteArray("audio/mpeg"));
        QCOMPARE(reply.header("etag"), etag());
        QCOMPARE(reply.header("accept-ranges"), QByteArray("bytes"));
        QVERIFY(!reply.header("content-disposition").isEmpty());
    }
    QCOMPARE(fetch(m_port, "POST", "/song.mp3").status, 405);
    verifyServerIdle();
}

void TestFileStreamer::ranges_data() {
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    const qint64 end = kFileSize - 1;
    QTest::newRow("first 100") << QByteArray("bytes=0-99") << 206 << qint64(0) << qint64(99);
    QTest::newRow("middle") << QByteArray("bytes=1000000-2999999") << 206 << qint64(1000000) << qint64(2999999);
    QTest::newRow("open-ended") << QByteArray("bytes=8000000-") << 206 << qint64(8000000) << end;
    QTest::newRow("suffix") << QByteArray("bytes=-500") << 206 << kFileSize - 500 << end;
    QTest::newRow("last byte") << QByteArray("bytes=8388607-8388607") << 206 << end << end;
    QTest::newRow("end clamped") << QByteArray("bytes=8388000-99999999") << 206 << qint64(8388000) << end;
    QTest::newRow("past the end") << QByteArray("bytes=8388608-") << 416 << qint64(0) << qint64(0);
    QTest::newRow("suffix zero") << QByteArray("bytes=-0") << 416 << qint64(0) << qint64(0);
    QTest::newRow("malformed") << QByteArray("bytes=abc-") << 200 << qint64(0) << end;
    QTest::newRow("other unit") << QByteArray("items=0-99") << 200 << qint64(0) << end;
    QTest::newRow("multiple") << QByteArray("bytes=0-9,20-29") << 200 << qint64(0) << end;
}

void TestFileStreamer::ranges() {
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);

    const Reply reply = fetch(m_port, "GET", "/song.mp3", {{"Range", range}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("accept-ranges"), QByteArray("bytes"));
    if (status == 416) {
        QCOMPARE(reply.header("content-range"), "bytes */" + QByteArray::number(kFileSize));
        QCOMPARE(reply.header("content-length"), QByteArray("0"));
        QVERIFY(reply.body.isEmpty());
    } else {
        const qint64 length = last - first + 1;
        QCOMPARE(reply.header("content-length"), QByteArray::number(length));
        QCOMPARE(reply.body.size(), length);
        QVERIFY(reply.body == m_data.mid(first, length));
        if (status == 206)
            QCOMPARE(reply.header("content-range"), "bytes " + QByteArray::number(first) + '-'
                                                        + QByteArray::number(last) + '/' + QByteArray::number(kFileSize));
        else
            QCOMPARE(reply.count("content-range"), 0);
    }
    verifyServerIdle();
}

void TestFileStreamer::ifRange_data() {
    QTest::addColumn<QByteArray>("validator");
    QTest::addColumn<int>("status");

    QTest::newRow("etag match") << etag() << 206;
    QTest::newRow("etag mismatch") << QByteArray("\"stale\"") << 200;
    QTest::newRow("weak etag") << "W/" + etag() << 200;
    QTest::newRow("date match") << lastModified() << 206;
    QTest::newRow("date mismatch") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 200;
    QTest::newRow("garbage") << QByteArray("whenever") << 200;
}

void TestFileStreamer::ifRange() {
    QFETCH(QByteArray, validator);
    QFETCH(int, status);

    const Reply reply = fetch(m_port, "GET", "/song.mp3", {{"Range", "bytes=100-199"}, {"If-Range", validator}});
    QCOMPARE(reply.status, status);
    if (status == 206) {
        QCOMPARE(reply.header("content-range"), "bytes 100-199/" + QByteArray::number(kFileSize));
        QVERIFY(reply.body == m_data.mid(100, 100));
    } else {
        QCOMPARE(reply.body.size(), kFileSize);
        QVERIFY(reply.body == m_data);
    }
    verifyServerIdle();
}

void TestFileStreamer::conditional_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");

    QTest::newRow("INM exact") << QByteArray("GET") << QByteArray("If-None-Match") << etag() << 304;
    QTest::newRow("INM list") << QByteArray("GET") << QByteArray("If-None-Match") << "\"a\", " + etag() << 304;
    QTest::newRow("INM weak") << QByteArray("GET") << QByteArray("If-None-Match") << "W/" + etag() << 304;
    QTest::newRow("INM star") << QByteArray("GET") << QByteArray("If-None-Match") << QByteArray("*") << 304;
    QTest::newRow("INM HEAD") << QByteArray("HEAD") << QByteArray("If-None-Match") << etag() << 304;
    QTest::newRow("INM other") << QByteArray("GET") << QByteArray("If-None-Match") << QByteArray("\"other\"") << 200;
    QTest::newRow("IMS same") << QByteArray("GET") << QByteArray("If-Modified-Since") << lastModified() << 304;
    QTest::newRow("IMS old") << QByteArray("GET") << QByteArray("If-Modified-Since")
                             << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 200;
}

void TestFileStreamer::conditional() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);

    const Reply reply = fetch(m_port, method, "/song.mp3", {{header, value}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("etag"), etag());
    if (status == 304) {
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(reply.header("last-modified"), lastModified());
        QCOMPARE(reply.header("connection"), QByteArray("close"));
    } else {
        QVERIFY(reply.body == m_data);
    }
    verifyServerIdle();
}

void TestFileStreamer::notFound_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("missing") << QByteArray("GET") << QByteArray("/missing.mp3");
    QTest::newRow("missing HEAD") << QByteArray("HEAD") << QByteArray("/missing.mp3");
    QTest::newRow("directory") << QByteArray("GET") << QByteArray("/folder");
    QTest::newRow("vanished") << QByteArray("GET") << QByteArray("/vanished.mp3");
}

void TestFileStreamer::notFound() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);

    if (target == "/vanished.mp3") {  // existed a moment ago
        QFile file(m_dir.filePath(QStringLiteral("vanished.mp3")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        QVERIFY(file.remove());
    }
    const Reply reply = fetch(m_port, method, target, {{"Range", "bytes=0-1"}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("content-type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(reply.header("connection"), QByteArray("close"));
    QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(reply.count("content-disposition"), 0);
    const qint64 length = reply.header("content-length").toLongLong();
    QVERIFY(length > 0 && length < 100);
    QCOMPARE(reply.body.size(), method == "HEAD" ? 0 : length);
    verifyServerIdle();
}

void TestFileStreamer::unicodeDownloadName() {
    const QString name = QStringLiteral("Ünïcødé — 日本語 🎵 \"quoted\".mp3");
    m_server->setDownloadName(name);
    const Reply reply = fetch(m_port, "GET", "/song.mp3", {{"Range", "bytes=0-0"}});
    QCOMPARE(reply.status, 206);
    const QByteArray disposition = reply.header("content-disposition");
    const QList<QByteArray> parts = disposition.split(';');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0].trimmed(), QByteArray("attachment"));
    QCOMPARE(parts[1].trimmed(), QByteArray("filename=\"_n_c_d_ _ ___ _ _quoted_.mp3\""));
    const QByteArray extended = parts[2].trimmed();
    QVERIFY(extended.startsWith("filename*=UTF-8''"));
    const QByteArray encoded = extended.mid(int(std::strlen("filename*=UTF-8''")));
    for (const char c : encoded)
        QVERIFY2(std::isalnum(static_cast<unsigned char>(c)) || std::strchr("!#$&+-.^_`|~%", c), encoded.constData());
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(encoded)), name);
    verifyServerIdle();
}

void TestFileStreamer::backPressure() {
    m_server->sendBuffer = kSmallSocketBuffer;
    m_server->maxUnsent = 0;
    const int finishedBefore = m_server->finishedCount;
    const qint64 rssBefore = rssBytes();
    qint64 rssPeak = rssBefore;

    const int fd = connectClient(m_port, kSmallSocketBuffer);
    QVERIFY(fd >= 0);
    QVERIFY(sendAll(fd, requestText("GET", "/song.mp3", {})));
    Reply reply;
    QByteArray rest;
    QVERIFY(readHead(fd, &reply, &rest));
    QCOMPARE(reply.status, 200);
    QVERIFY(rest == m_data.left(rest.size()));

    // Slow for the first 2 MiB: 16 KiB every 20 ms. Compare in place, keep nothing.
    qint64 offset = rest.size();
    static char buffer[64 * 1024];
    while (offset < kFileSize) {
        const bool slow = offset < 2 * 1024 * 1024;
        if (slow)
            QThread::msleep(20);
        const qint64 n = receive(fd, buffer, slow ? 16 * 1024 : qint64(sizeof buffer));
        QVERIFY2(n > 0, "connection ended early");
        QVERIFY(offset + n <= kFileSize);
        QVERIFY(std::memcmp(buffer, m_data.constData() + offset, size_t(n)) == 0);
        offset += n;
        rssPeak = qMax(rssPeak, rssBytes());
    }
    QCOMPARE(receive(fd, buffer, sizeof buffer), qint64(0));  // closed by the server
    ::close(fd);
    rssPeak = qMax(rssPeak, rssBytes());

    QTRY_COMPARE_WITH_TIMEOUT(m_server->finishedCount.load(), finishedBefore + 1, kTimeoutMs);
    QCOMPARE(m_server->lastFinishedBytes.load(), kFileSize);
    verifyServerIdle();

    const qint64 maxUnsent = m_server->maxUnsent;
    const qint64 growth = rssPeak - rssBefore;
    qInfo("back-pressure: max bytesToWrite %lld (bound %lld + %lld); VmRSS before %lld KiB, peak %lld KiB, growth %lld KiB",
          maxUnsent, FileStreamer::kMaxUnsent, FileStreamer::kChunk, rssBefore / 1024, rssPeak / 1024, growth / 1024);
    QVERIFY(maxUnsent <= FileStreamer::kMaxUnsent + FileStreamer::kChunk);
    QVERIFY2(maxUnsent >= FileStreamer::kMaxUnsent, "the slow client never made the queue fill up");
    // AddressSanitizer keeps freed memory in quarantine and adds shadow pages, so RSS there says
    // nothing about the streamer; the bytesToWrite bound above is the back-pressure proof.
    if (test::kRssMeaningful)
        QVERIFY(growth < 4 * 1024 * 1024);
}

void TestFileStreamer::clientDisconnects_data() {
    QTest::addColumn<bool>("reset");
    QTest::newRow("close") << false;
    QTest::newRow("reset") << true;
}

void TestFileStreamer::clientDisconnects() {
    QFETCH(bool, reset);
    m_server->sendBuffer = kSmallSocketBuffer;
    const int fdsBefore = openFdCount();
    const int finishedBefore = m_server->finishedCount;

    const int fd = connectClient(m_port, kSmallSocketBuffer);
    QVERIFY(fd >= 0);
    QVERIFY(sendAll(fd, requestText("GET", "/song.mp3", {})));
    Reply reply;
    QByteArray rest;
    QVERIFY(readHead(fd, &reply, &rest));
    QCOMPARE(reply.status, 200);
    qint64 received = rest.size();
    static char buffer[16 * 1024];
    while (received < 1024 * 1024) {
        const qint64 n = receive(fd, buffer, sizeof buffer);
        QVERIFY(n > 0);
        received += n;
    }
    if (reset) {
        const linger hard{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    ::close(fd);

    // The streamer notices, stops, and goes away with its file and socket.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->finishedCount.load(), finishedBefore + 1, kTimeoutMs);
    QVERIFY(m_server->lastFinishedBytes.load() < kFileSize);
    verifyServerIdle();
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), fdsBefore, kTimeoutMs);

    // And the server keeps serving.
    m_server->sendBuffer = 0;
    const Reply next = fetch(m_port, "GET", "/song.mp3");
    QCOMPARE(next.status, 200);
    QVERIFY(next.body == m_data);
    verifyServerIdle();
}

// serve() called off the socket's thread still answers, from the socket's thread.
void TestFileStreamer::serveFromAnotherThread() {
    m_server->serveFromOtherThread = true;
    const int finishedBefore = m_server->finishedCount;
    const Reply reply = fetch(m_port, "GET", "/song.mp3", {{"Range", "bytes=-1000"}});
    QCOMPARE(reply.status, 206);
    QVERIFY(reply.body == m_data.right(1000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->finishedCount.load(), finishedBefore + 1, kTimeoutMs);
    QCOMPARE(m_server->lastFinishedBytes.load(), qint64(1000));
    verifyServerIdle();
}

QTEST_GUILESS_MAIN(TestFileStreamer)
#include "tst_filestreamer.moc"
