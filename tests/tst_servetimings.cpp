// The web server's own latency figures for benchmarks (issue 13 item 7): percentiles as the
// benchmark's client computes them, and the kernel's "time since data arrived" on a real socket.
#include "web/ServeTimings.h"

#include <QtTest>
#include <QTcpServer>
#include <QTcpSocket>

using namespace tunedrop;

class TestServeTimings : public QObject {
    Q_OBJECT

private slots:
    void percentileIsNearestRank_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        QList<double> hundred;
        for (int i = 100; i >= 1; --i)  // unsorted on purpose
            hundred << double(i);
        QTest::newRow("p50 of 1..100") << hundred << 0.50 << 51.0;
        QTest::newRow("p99 of 1..100") << hundred << 0.99 << 100.0;
        QTest::newRow("p0") << hundred << 0.0 << 1.0;
        QTest::newRow("one value") << QList<double>{7.5} << 0.99 << 7.5;
        QTest::newRow("none") << QList<double>{} << 0.99 << 0.0;
    }
    void percentileIsNearestRank()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, q);
        QFETCH(double, expected);
        QCOMPARE(ServeTimings::percentile(values, q), expected);
    }

    void summaryAddsTheWaitAndTheHandling()
    {
        ServeTimings t;
        for (int i = 0; i < 98; ++i)
            t.record(1, 500);    // 1 ms waiting + 0.5 ms handling
        t.record(40, 2000);      // two slow ones, 42 ms: the nearest-rank p99 of 101
        t.record(40, 2000);
        t.record(-1, 1000);      // the kernel could not say: counted as no wait
        QCOMPARE(t.count(), 101);
        const QString s = t.summary();
        QVERIFY2(s.contains(QLatin1String("101 requests")), qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("p50 1.5 ms")), qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("p99 42.0 ms")), qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("max 42.0 ms")), qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("thread p99 40.0 ms")), qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("handling p99 2.0 ms")), qPrintable(s));
    }

    void kernelSaysHowLongDataWaited()
    {
#ifndef Q_OS_LINUX
        QSKIP("TCP_INFO is Linux-only");
#endif
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(client.waitForConnected(5000));
        client.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(client.waitForBytesWritten(5000));
        QVERIFY(accepted->waitForReadyRead(5000));
        const qint64 fresh = ServeTimings::kernelWaitMs(accepted->socketDescriptor());
        QVERIFY2(fresh >= 0, "TCP_INFO gave nothing");
        QTest::qWait(300);  // the bytes now waited at least this long
        const qint64 later = ServeTimings::kernelWaitMs(accepted->socketDescriptor());
        QVERIFY2(later >= fresh + 250, qPrintable(QStringLiteral("%1 then %2 ms").arg(fresh).arg(later)));
        QCOMPARE(ServeTimings::kernelWaitMs(-1), -1);
    }
};

QTEST_GUILESS_MAIN(TestServeTimings)
#include "tst_servetimings.moc"
