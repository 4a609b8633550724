// HttpRequestParser (core/web): the strict, incremental HTTP/1.1 request parser the embedded
// web server reads every request with. Pure: bytes in, a request or a refusal out.
#include "web/HttpRequestParser.h"

#include <QtTest>

using namespace tunedrop;

namespace {

struct Outcome {
    int status = 0;  // 0: a complete request
    HttpRequest request;
    QByteArray left;  // input the parser did not consume (a pipelined next request)
};

// Feeds `input` in pieces of `step` bytes (0: all at once), as a socket would deliver it.
Outcome run(const QByteArray &input, qsizetype step = 0, HttpRequestParser::Limits limits = {})
{
    HttpRequestParser parser(limits);
    QByteArray buffer;
    qsizetype fed = 0;
    Outcome out;
    for (;;) {
        const qsizetype n = step == 0 ? input.size() - fed : std::min(step, input.size() - fed);
        buffer += input.mid(fed, n);
        fed += n;
        HttpRequestParser::Status st;
        do {
            st = parser.parse(buffer);
        } while (st == HttpRequestParser::Status::HeadReady);
        if (st == HttpRequestParser::Status::Complete) {
            out.request = parser.takeRequest();
            out.left = buffer + input.mid(fed);
            return out;
        }
        if (st == HttpRequestParser::Status::Failed) {
            out.status = parser.errorStatus();
            return out;
        }
        if (fed == input.size()) {
            out.status = -1;  // wants more
            return out;
        }
    }
}

const QByteArray kHost = "Host: 127.0.0.1\r\n";

}  // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        const QByteArray get = "GET / HTTP/1.1\r\n";
        QTest::newRow("plain GET") << get + kHost + "\r\n" << 0;
        QTest::newRow("empty lines first") << "\r\n\r\n" + get + kHost + "\r\n" << 0;
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0;
        QTest::newRow("missing Host in 1.1") << get + "\r\n" << 400;
        QTest::newRow("duplicate Host") << get + kHost + "Host: evil.example\r\n\r\n" << 400;
        QTest::newRow("same Content-Length twice") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 2\r\nContent-Length: 2\r\n\r\nok" << 0;
        QTest::newRow("second, different Content-Length") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 2\r\nContent-Length: 5\r\n\r\nokxyz" << 400;
        QTest::newRow("Content-Length list") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 2, 2\r\n\r\nok" << 400;
        QTest::newRow("invalid Content-Length") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: abc\r\n\r\nGET /x HTTP/1.1\r\n" << 400;
        QTest::newRow("signed Content-Length") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: +2\r\n\r\nok" << 400;
        QTest::newRow("hex Content-Length") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 0x2\r\n\r\nok" << 400;
        QTest::newRow("overflowing Content-Length") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 99999999999999999999999\r\n\r\n" << 400;
        QTest::newRow("Transfer-Encoding: xchunked") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n" << 501;
        QTest::newRow("Transfer-Encoding: chunked, identity") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked, identity\r\n\r\n" << 501;
        QTest::newRow("Transfer-Encoding twice") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("Content-Length and Transfer-Encoding") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("Transfer-Encoding in HTTP/1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("101 headers") << get + kHost + QByteArray("X-A: 1\r\n").repeated(100) + "\r\n" << 431;
        QTest::newRow("100 headers") << get + kHost + QByteArray("X-A: 1\r\n").repeated(99) + "\r\n" << 0;
        QTest::newRow("head over 8 KiB") << get + kHost + "X-Pad: " + QByteArray(8200, 'p') + "\r\n\r\n" << 431;
        QTest::newRow("unterminated head") << get + kHost + "X-Pad: " + QByteArray(9000, 'p') << 431;
        QTest::newRow("body over the limit") << "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 419430400\r\n\r\n" << 413;
        QTest::newRow("chunked body over the limit") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\n\r\n8000\r\n" + QByteArray(0x8000, 'a') + "\r\n8001\r\n" << 413;
        QTest::newRow("huge chunk size") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n" << 413;
        // 256 bytes is the longest chunk-size line; its CR may arrive before its LF.
        QTest::newRow("chunk line of 256 bytes") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\n\r\n1;" + QByteArray(254, 'e') + "\r\nx\r\n0\r\n\r\n" << 0;
        QTest::newRow("chunk line of 257 bytes") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\n\r\n1;" + QByteArray(255, 'e') + "\r\nx\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk size not hex") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" << 400;
        QTest::newRow("chunk without CRLF after data") << "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\n\r\n2\r\nokXX0\r\n\r\n" << 400;
        QTest::newRow("bare LF line ends") << QByteArray("GET / HTTP/1.1\nHost: 127.0.0.1\n\n") + QByteArray(9000, '\n') << 431;
        QTest::newRow("bare CR in a header") << get + kHost + "X-Evil: a\rInjected: b\r\n\r\n" << 400;
        QTest::newRow("obs-fold") << get + kHost + "X-A: 1\r\n  folded\r\n\r\n" << 400;
        QTest::newRow("space before colon") << get + kHost + "Content-Length : 5\r\n\r\n" << 400;
        QTest::newRow("NUL in a value") << get + kHost + QByteArray("X-A: a\0b\r\n\r\n", 13) << 400;
        QTest::newRow("double space in request line") << kHost.left(0) + "GET  / HTTP/1.1\r\n" + kHost + "\r\n" << 400;
        QTest::newRow("absolute-form target") << "GET http://127.0.0.1/ HTTP/1.1\r\n" + kHost + "\r\n" << 400;
        QTest::newRow("bad method token") << "G(T / HTTP/1.1\r\n" + kHost + "\r\n" << 400;
        QTest::newRow("HTTP/2.0") << "GET / HTTP/2.0\r\n" + kHost + "\r\n" << 505;
        QTest::newRow("HTTP/1.2") << "GET / HTTP/1.2\r\n" + kHost + "\r\n" << 505;
        QTest::newRow("not HTTP") << "GET / FTP/1.1\r\n" + kHost + "\r\n" << 400;
        QTest::newRow("lowercase version") << "GET / http/1.1\r\n" + kHost + "\r\n" << 400;
        QTest::newRow("unknown expectation") << "POST / HTTP/1.1\r\n" + kHost + "Expect: 200-ok\r\nContent-Length: 2\r\n\r\nok" << 417;
    }
    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        // The same outcome however the bytes arrive.
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(1000)}) {
            const Outcome o = run(input, step);
            QVERIFY2(o.status == status, qPrintable(QStringLiteral("step %1: got %2").arg(step).arg(o.status)));
        }
    }

    // The limits hold while the bytes arrive: a head is refused once 8 KiB came without its
    // end, a body from its Content-Length before any of it is read.
    void limitsApplyBeforeTheRestArrives()
    {
        QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(8 * 1024, 'p');
        HttpRequestParser parser;
        QByteArray buffer = head.left(8 * 1024);
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Failed);
        QCOMPARE(parser.errorStatus(), 431);

        HttpRequestParser body;
        QByteArray big = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 65537\r\n\r\n";
        QCOMPARE(body.parse(big), HttpRequestParser::Status::Failed);
        QCOMPARE(body.errorStatus(), 413);
    }

    void fields()
    {
        const Outcome o = run("POST /api/jobs?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nX-Empty:\r\nContent-Type:  application/json \r\n"
                              "Content-Length: 5\r\n\r\nhello");
        QCOMPARE(o.status, 0);
        QCOMPARE(o.request.method(), QByteArray("POST"));
        QCOMPARE(o.request.target, QByteArray("/api/jobs?x=1"));
        QCOMPARE(o.request.url().path(), QStringLiteral("/api/jobs"));
        QCOMPARE(o.request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(o.request.header("X-Empty"), QByteArray());
        QCOMPARE(o.request.body(), QByteArray("hello"));
        QVERIFY(o.request.keepAlive);
        QVERIFY(o.left.isEmpty());
    }

    void chunkedBodies()
    {
        const QByteArray input = "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: Chunked\r\n\r\n"
                                 "5;name=value\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: t\r\n\r\nGET /next";
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3)}) {
            const Outcome o = run(input, step);
            QCOMPARE(o.status, 0);
            QCOMPARE(o.request.body(), QByteArray("hello world"));
            QCOMPARE(o.left, QByteArray("GET /next"));
        }
    }

    void keepAliveRules_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << "GET / HTTP/1.1\r\n" + kHost + "\r\n" << true;
        QTest::newRow("1.1 close") << "GET / HTTP/1.1\r\n" + kHost + "Connection: close\r\n\r\n" << false;
        QTest::newRow("1.1 Close in a list") << "GET / HTTP/1.1\r\n" + kHost + "Connection: TE, Close\r\n\r\n" << false;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
    }
    void keepAliveRules()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, keepAlive);
        const Outcome o = run(input);
        QCOMPARE(o.status, 0);
        QCOMPARE(o.request.keepAlive, keepAlive);
    }

    void expectContinueIsReportedWithTheHead()
    {
        HttpRequestParser parser;
        QByteArray buffer = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n";
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::HeadReady);
        QVERIFY(parser.wantsContinue());
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
        buffer += "ok";
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
        QCOMPARE(parser.takeRequest().body(), QByteArray("ok"));
        // Without a body there is nothing to continue with.
        QByteArray get = "GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n";
        QCOMPARE(parser.parse(get), HttpRequestParser::Status::Complete);
        QVERIFY(!parser.takeRequest().expectsContinue);
    }

    void pipelinedRequestsComeOneByOne()
    {
        HttpRequestParser parser;
        QByteArray buffer = QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\n").repeated(3);
        QStringList seen;
        while (parser.parse(buffer) == HttpRequestParser::Status::Complete)
            seen << QString::fromLatin1(parser.takeRequest().target);
        QCOMPARE(seen, QStringList({QStringLiteral("/a"), QStringLiteral("/a"), QStringLiteral("/a")}));
        QVERIFY(buffer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
