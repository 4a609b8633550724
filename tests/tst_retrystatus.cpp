// A job waiting for an automatic retry says so (issue 13 item 11): before, it sat in "Queued"
// with nothing running and then failed "(attempt 4)". The queue's snapshots carry the retry time,
// the policy's attempt count and the reason; the list's State column counts down
// "Retrying in 5 s (attempt 2 of 4): <reason>" on its own; the JSON API carries the same.
// Real transcodes and a real HTTP server on 127.0.0.1 that answers 503.
#include "JobListModel.h"
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "QueueHarness.h"
#include "web/JobJson.h"

#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

class TestRetryStatus : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;

private slots:
    void initTestCase()
    {
        const MediaFixtures fx(m_media.path());
        QString error;
        QVERIFY2(!fx.make(QStringLiteral("flaky.webm"),
                          MediaFixtures::stereoTones(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")}, &error)
                      .isEmpty(),
                 qPrintable(error));
    }

    void waitingJobSaysWhenWhichAttemptAndWhy()
    {
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault busy;
        busy.status = 503;
        server.setFault(QStringLiteral("flaky.webm"), busy);
        QueueHarness h([](QueueConfig &c) { c.retryBaseDelayMs = 5000; });
        JobListModel model(h.queue.get());
        const QUuid id = h.queue->add(server.url(QStringLiteral("flaky.webm"))).id;
        QTRY_VERIFY_WITH_TIMEOUT(h.queue->job(id)->retryAt.isValid(), 30000);

        const Job waiting = *h.queue->job(id);
        QCOMPARE(waiting.state, JobState::Queued);
        QCOMPARE(waiting.attempts, 1);
        QCOMPARE(waiting.maxAttempts, 4);  // 3 retries
        QVERIFY(!waiting.errorMessage().isEmpty());

        const int row = model.rowOf(id);
        const auto state = [&] { return model.data(model.index(row, JobListModel::State)).toString(); };
        const QString reason = QStringLiteral("(attempt 2 of 4): ") + waiting.errorMessage();
        QVERIFY2(state().startsWith(QStringLiteral("Retrying in ")), qPrintable(state()));
        QVERIFY2(state().endsWith(reason), qPrintable(state()));
        QVERIFY2(state().contains(QStringLiteral(" s ")), qPrintable(state()));
        // At the retry time, whatever the clock of this test run says.
        QCOMPARE(JobListModel::statusText(waiting, waiting.retryAt.addMSecs(-4500)),
                 QStringLiteral("Retrying in 5 s ") + reason);
        QCOMPARE(JobListModel::statusText(waiting, waiting.retryAt.addMSecs(-1)), QStringLiteral("Retrying in 1 s ") + reason);

        // The countdown moves on without the queue saying anything: views hear of it each second.
        QSignalSpy queueChanges(h.queue.get(), &JobQueue::jobChanged);
        QSignalSpy modelChanges(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!modelChanges.isEmpty() || !queueChanges.isEmpty(), 4000);
        QVERIFY(queueChanges.isEmpty());  // the retry is seconds away yet
        const QModelIndex changed = modelChanges.first().at(0).toModelIndex();
        QCOMPARE(changed.row(), row);
        QCOMPARE(changed.column(), int(JobListModel::State));

        // The web API carries the same facts.
        const QJsonObject json = jobToJson(waiting);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(json.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("maxAttempts")).toInt(), 4);
        QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("retryAt")).toString(), Qt::ISODateWithMs), waiting.retryAt);
        QCOMPARE(json.value(QStringLiteral("error")).toString(), waiting.errorMessage());

        // The server recovers: the retry succeeds and the row says Done, with no retry left.
        server.clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(h.queue->job(id)->state, JobState::Done, 60000);
        QCOMPARE(state(), QStringLiteral("Done"));
        QVERIFY(jobToJson(*h.queue->job(id)).value(QStringLiteral("retryAt")).isNull());
    }
};

QTEST_MAIN(TestRetryStatus)
#include "tst_retrystatus.moc"
