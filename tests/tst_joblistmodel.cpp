// JobListModel and JobItemDelegate over a real JobQueue/JobStore with real conversions: rows follow
// the queue, only the changed row is announced, totals stay right, sorting, painting, 5,000 jobs.
#include "JobItemDelegate.h"
#include "JobListModel.h"
#include "LocalHttpServer.h"
#include "MediaFixtures.h"
#include "queue/JobQueue.h"
#include "queue/JobStore.h"
#include "queue/LocalAttemptFactory.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {
const QStringList kOpus = {QStringLiteral("-c:a"), QStringLiteral("libopus")};
using Model = JobListModel;
}  // namespace

class TestJobListModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    QString m_tagged;  // 2 s, title tag "Model Tone"
    QString m_long;    // 90 s: enough progress reports to watch
    int m_totalsMismatches = 0;

    struct Env {
        QTemporaryDir dir;
        std::unique_ptr<JobStore> store;
        std::unique_ptr<JobQueue> queue;
        QString out() const { return dir.filePath(QStringLiteral("out")); }
    };

    // A queue over a fresh profile; `seeds` are persisted first, as a previous run left them.
    static std::unique_ptr<Env> makeEnv(int workers, bool paused, const QList<Job> &seeds = {})
    {
        auto env = std::make_unique<Env>();
        env->store = std::make_unique<JobStore>(env->dir.filePath(QStringLiteral("jobs.db")));
        if (!env->store->open())
            qFatal("store: %s", qPrintable(env->store->lastError()));
        for (const Job &job : seeds)
            env->store->save(job);
        QueueConfig c;
        c.workers = workers;
        c.defaultOutputDir = env->out();
        c.workRoot = env->dir.filePath(QStringLiteral("work"));
        env->queue = std::make_unique<JobQueue>(env->store.get(), std::make_unique<LocalAttemptFactory>(), c);
        if (paused)
            env->queue->pause();
        env->queue->restore();
        return env;
    }

    static Job seed(const QString &input, JobState state, int position, qint64 addedSecsAgo = 0)
    {
        Job j;
        j.id = QUuid::createUuid();
        j.input = j.key = input;
        j.state = state;
        j.position = position;
        j.addedAt = QDateTime::currentDateTimeUtc().addSecs(-addedSecsAgo);
        return j;
    }

    // A finished job whose MP3 (of `bytes` bytes) exists and finished `finishedSecsAgo` ago.
    static Job doneSeed(const QString &dir, const QString &name, qint64 bytes, int position,
                        qint64 finishedSecsAgo, qint64 addedSecsAgo)
    {
        Job j = seed(QStringLiteral("/music/") + name + QStringLiteral(".webm"), JobState::Done, position, addedSecsAgo);
        j.title = name;
        j.progress = 1;
        j.outputPath = QDir(dir).filePath(name + QStringLiteral(".mp3"));
        QDir().mkpath(dir);
        QFile f(j.outputPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'x')) != bytes)
            qFatal("cannot write %s", qPrintable(j.outputPath));
        j.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-finishedSecsAgo);
        return j;
    }

    static QString cell(const Model &m, int row, int column, int role = Qt::DisplayRole)
    {
        return m.data(m.index(row, column), role).toString();
    }

    static QString sizeText(qint64 bytes)
    {
        return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    }

    // The counters recomputed from the rows: what totals() must agree with after every change.
    void checkTotals(const Model &m)
    {
        Model::Totals t;
        double sum = 0;
        for (int r = 0; r < m.rowCount(); ++r) {
            const auto s = JobState(m.data(m.index(r, 0), Model::StateRole).toInt());
            if (s == JobState::Queued) {
                ++t.queued;
            } else if (isActiveState(s)) {
                ++t.running;
                sum += m.data(m.index(r, 0), Model::ProgressRole).toDouble();
            } else if (s == JobState::Done || s == JobState::Expired) {
                ++t.done;
            } else if (s == JobState::Cancelled) {
                ++t.cancelled;
            } else {
                ++t.failed;
            }
        }
        const Model::Totals got = m.totals();
        const double want = t.queued + t.running > 0 ? sum / (t.queued + t.running) : -1;
        if (got.queued != t.queued || got.running != t.running || got.done != t.done || got.failed != t.failed
            || got.cancelled != t.cancelled
            || std::abs(got.overallProgress - want) > 1e-9) {
            ++m_totalsMismatches;
            qWarning("totals %d/%d/%d/%d %f, rows say %d/%d/%d/%d %f", got.queued, got.running, got.done,
                     got.failed, got.overallProgress, t.queued, t.running, t.done, t.failed, want);
        }
    }

    void watchTotals(const Model &m)
    {
        const auto check = [this, &m] { checkTotals(m); };
        connect(&m, &Model::totalsChanged, this, check);
        connect(&m, &Model::dataChanged, this, check);
        connect(&m, &Model::rowsInserted, this, check);
        connect(&m, &Model::rowsRemoved, this, check);
    }

    static QImage paintCell(const Model &m, int row, const QSize &size = {220, 26})
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(QPoint(0, 0), size);
        option.state = QStyle::State_Enabled;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = QApplication::palette();
        JobItemDelegate delegate;
        delegate.paint(&painter, option, m.index(row, Model::Progress));
        return image;
    }

private slots:
    void init() { m_totalsMismatches = 0; }
    void cleanup() { QCOMPARE(m_totalsMismatches, 0); }

    void initTestCase()
    {
        const MediaFixtures fx(m_media.path());
        QString error;
        m_tagged = fx.make(QStringLiteral("tagged.webm"),
                           MediaFixtures::stereoTones(2) + kOpus
                               + QStringList{QStringLiteral("-metadata"), QStringLiteral("title=Model Tone")},
                           &error);
        m_long = fx.make(QStringLiteral("long.webm"), MediaFixtures::stereoTones(90, 600) + kOpus, &error);
        QVERIFY2(!m_tagged.isEmpty() && !m_long.isEmpty(), qPrintable(error));
    }

    void restoredJobsInQueueOrderWithExpiry()
    {
        const QString out = m_media.filePath(QStringLiteral("restored"));
        Job pinned = doneSeed(out, QStringLiteral("pinned"), 2000, 2, 20 * 3600, 0);
        pinned.pinned = true;
        Job failed = seed(QStringLiteral("/music/broken.webm"), JobState::Failed, 5);
        failed.errorText = UserText::literal(QStringLiteral("It broke."));
        const QList<Job> seeds = {doneSeed(out, QStringLiteral("fresh"), 3000, 1, 50 * 60, 3 * 86400), pinned,
                                  doneSeed(out, QStringLiteral("old"), 1000, 3, 9 * 3600, 0),
                                  seed(QStringLiteral("/music/purged.webm"), JobState::Expired, 4), failed,
                                  seed(QStringLiteral("/music/waiting.webm"), JobState::Queued, 0)};
        auto env = makeEnv(1, true, seeds);
        Model m(env->queue.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        watchTotals(m);

        QCOMPARE(m.rowCount(), 6);
        // Untitled jobs show their file's name, not the whole path (issue 13 item 10).
        const QStringList titles = {QStringLiteral("waiting.webm"), QStringLiteral("fresh"),
                                    QStringLiteral("pinned"), QStringLiteral("old"),
                                    QStringLiteral("purged.webm"), QStringLiteral("broken.webm")};
        for (int r = 0; r < 6; ++r) {
            QCOMPARE(cell(m, r, Model::Title), titles[r]);
            QCOMPARE(m.rowOf(m.jobAt(r)->id), r);
        }
        QCOMPARE(cell(m, 1, Model::Size), sizeText(3000));  // the file's size, read at load
        QCOMPARE(m.data(m.index(1, Model::Size), Model::SortRole).toLongLong(), 3000);
        QCOMPARE(cell(m, 1, Model::State), Model::stateText(JobState::Done));
        QCOMPARE(cell(m, 1, Model::Site), QStringLiteral("Local file"));
        QVERIFY(cell(m, 1, Model::Added).size() > 5);  // three days ago: date and time
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$")).match(cell(m, 0, Model::Added)).hasMatch());
        QCOMPARE(cell(m, 5, Model::Title, Model::ErrorRole), QStringLiteral("It broke."));

        // 8 h retention (the default): 50 minutes after finishing, about 7 h 10 min are left.
        QVERIFY2(QRegularExpression(QStringLiteral("^7 h (9|10) min$")).match(cell(m, 1, Model::Expires)).hasMatch(),
                 qPrintable(cell(m, 1, Model::Expires)));
        QCOMPARE(cell(m, 2, Model::Expires), QStringLiteral("kept"));
        QCOMPARE(cell(m, 3, Model::Expires), QStringLiteral("expired"));
        QCOMPARE(cell(m, 4, Model::Expires), QStringLiteral("expired"));
        QCOMPARE(cell(m, 5, Model::Expires), QString());
        QCOMPARE(cell(m, 0, Model::Expires), QString());

        QSignalSpy changed(&m, &Model::dataChanged);
        m.setRetentionHours(0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().column(), int(Model::Expires));
        QCOMPARE(cell(m, 1, Model::Expires), QStringLiteral("never"));
        QCOMPARE(cell(m, 3, Model::Expires), QStringLiteral("never"));
        QCOMPARE(cell(m, 2, Model::Expires), QStringLiteral("kept"));

        const Model::Totals t = m.totals();
        QCOMPARE(t.queued, 1);
        QCOMPARE(t.running, 0);
        QCOMPARE(t.done, 4);  // expired jobs did finish
        QCOMPARE(t.failed, 1);
        QCOMPARE(t.overallProgress, 0.0);
    }

    void sortsBySizeAndAddedThroughProxy()
    {
        const QString out = m_media.filePath(QStringLiteral("sorted"));
        auto env = makeEnv(1, true, {doneSeed(out, QStringLiteral("b"), 5000, 1, 60, 3600),
                                     doneSeed(out, QStringLiteral("a"), 100, 2, 60, 86400 * 2),
                                     doneSeed(out, QStringLiteral("c"), 70000, 3, 60, 60),
                                     seed(QStringLiteral("/music/d.webm"), JobState::Queued, 4, 7200)});
        Model m(env->queue.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.setSortRole(Model::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto order = [&proxy] {
            QStringList titles;
            for (int r = 0; r < proxy.rowCount(); ++r)
                titles << proxy.index(r, Model::Title).data().toString();
            return titles.join(QLatin1Char(','));
        };
        proxy.sort(Model::Size, Qt::AscendingOrder);
        QCOMPARE(order(), QStringLiteral("d.webm,a,b,c"));  // no size yet sorts first
        proxy.sort(Model::Added, Qt::DescendingOrder);
        QCOMPARE(order(), QStringLiteral("c,b,d.webm,a"));
        proxy.sort(Model::Title, Qt::AscendingOrder);  // by the name shown, not the path
        QCOMPARE(order(), QStringLiteral("a,b,c,d.webm"));
    }

    void rowsFollowAddsProgressAndDone()
    {
        auto env = makeEnv(1, false);
        Model m(env->queue.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        watchTotals(m);
        QSignalSpy changed(&m, &Model::dataChanged);
        QList<double> progress;
        bool sawOneOfEach = false, paintedLive = false, titleStayedInput = true;
        connect(&m, &Model::dataChanged, this, [&](const QModelIndex &tl, const QModelIndex &br) {
            const Job *job = m.jobAt(tl.row());
            if (job->state == JobState::Converting && tl.row() == 0)
                progress << m.data(tl, Model::ProgressRole).toDouble();
            if (job->state != JobState::Done && cell(m, tl.row(), Model::Title) != QFileInfo(job->input).fileName())
                titleStayedInput = false;
            const Model::Totals t = m.totals();
            if (t.running == 1 && t.queued == 1 && t.overallProgress > 0) {
                sawOneOfEach = true;
                QVERIFY(t.overallProgress <= 0.5);  // the queued job counts as 0
            }
            if (!paintedLive && job->state == JobState::Converting && job->progress > 0.1) {
                paintedLive = !paintCell(m, tl.row()).isNull();
            }
            Q_UNUSED(br);
        });

        const QUuid longId = env->queue->add(m_long).id;
        const QUuid taggedId = env->queue->add(m_tagged).id;
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.rowOf(longId), 0);
        QCOMPARE(m.rowOf(taggedId), 1);
        QCOMPARE(cell(m, 1, Model::Title), QFileInfo(m_tagged).fileName());
        QCOMPARE(cell(m, 1, Model::Site), QStringLiteral("Local file"));
        QCOMPARE(cell(m, 0, Model::Title, Qt::ToolTipRole), m_long);

        QTRY_VERIFY_WITH_TIMEOUT(env->queue->job(longId)->state == JobState::Done
                                     && env->queue->job(taggedId)->state == JobState::Done, 120000);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex tl = args[0].toModelIndex(), br = args[1].toModelIndex();
            QCOMPARE(tl.row(), br.row());  // one row per announcement, all its columns
            QCOMPARE(tl.column(), 0);
            QCOMPARE(br.column(), Model::ColumnCount - 1);
        }
        qInfo("%lld dataChanged for 2 jobs, %lld progress reports while converting", qint64(changed.size()),
              qint64(progress.size()));
        QVERIFY(progress.size() >= 3);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QVERIFY(sawOneOfEach);
        QVERIFY(paintedLive);
        QVERIFY(titleStayedInput);

        for (int row = 0; row < 2; ++row) {
            const QString mp3 = cell(m, row, 0, Model::OutputPathRole);
            QVERIFY(QFile::exists(mp3));
            QCOMPARE(cell(m, row, Model::State), Model::stateText(JobState::Done));
            QCOMPARE(cell(m, row, Model::Size), sizeText(QFileInfo(mp3).size()));
            QCOMPARE(m.data(m.index(row, Model::Size), Model::SortRole).toLongLong(), QFileInfo(mp3).size());
            QCOMPARE(cell(m, row, Model::Progress), QStringLiteral("100 %"));
            QCOMPARE(m.data(m.index(row, 0), Model::ProgressRole).toDouble(), 1.0);
            QVERIFY(cell(m, row, Model::Speed).isEmpty() && cell(m, row, Model::Eta).isEmpty());
            QVERIFY(QRegularExpression(QStringLiteral("^7 h 59 min$|^8 h 0 min$"))
                        .match(cell(m, row, Model::Expires)).hasMatch());
        }
        QCOMPARE(cell(m, 1, Model::Title), QStringLiteral("Model Tone"));  // from the file's tags
        const Model::Totals t = m.totals();
        QVERIFY(t.queued == 0 && t.running == 0 && t.done == 2 && t.failed == 0);
        QCOMPARE(t.overallProgress, -1.0);
    }

    void directLinkShowsHostAndSpeed()
    {
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault slow;
        slow.chunkDelayMs = 100;  // ~640 kB/s: a download that lasts a while
        server.setFault(QStringLiteral("long.webm"), slow);
        auto env = makeEnv(1, false);
        Model m(env->queue.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        watchTotals(m);
        const QUuid id = env->queue->add(server.url(QStringLiteral("long.webm"))).id;
        QCOMPARE(cell(m, 0, Model::Site), QStringLiteral("127.0.0.1"));
        QTRY_VERIFY_WITH_TIMEOUT(!cell(m, 0, Model::Speed).isEmpty(), 30000);
        qInfo("while downloading: speed \"%s\", size \"%s\", eta \"%s\", progress \"%s\"",
              qPrintable(cell(m, 0, Model::Speed)), qPrintable(cell(m, 0, Model::Size)),
              qPrintable(cell(m, 0, Model::Eta)), qPrintable(cell(m, 0, Model::Progress)));
        QCOMPARE(cell(m, 0, Model::State), Model::stateText(JobState::Downloading));
        QVERIFY(cell(m, 0, Model::Speed).endsWith(QStringLiteral("/s")));
        QCOMPARE(m.totals().running, 1);
        QVERIFY(!paintCell(m, 0).isNull());
        QVERIFY(env->queue->cancel(id));
        QTRY_COMPARE_WITH_TIMEOUT(cell(m, 0, Model::State), Model::stateText(JobState::Cancelled), 10000);
        QVERIFY(cell(m, 0, Model::Speed).isEmpty());
        QCOMPARE(m.totals().failed, 0);  // cancelled on purpose: counted apart
        QCOMPARE(m.totals().cancelled, 1);
    }

    void missingFileFails()
    {
        auto env = makeEnv(1, false);
        Model m(env->queue.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        watchTotals(m);
        const QString missing = QStringLiteral("/nonexistent/tunedrop-model/missing.webm");
        const QUuid id = env->queue->add(missing).id;
        QVERIFY(!id.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(cell(m, 0, Model::State), Model::stateText(JobState::Failed), 10000);
        const QString error = env->queue->job(id)->errorMessage();
        QVERIFY(!error.isEmpty());
        QCOMPARE(cell(m, 0, 0, Model::ErrorRole), error);
        const QString tip = cell(m, 0, Model::Title, Qt::ToolTipRole);
        QVERIFY2(tip.contains(missing) && tip.contains(error), qPrintable(tip));
        QCOMPARE(cell(m, 0, Model::Title), QStringLiteral("missing.webm"));
        QCOMPARE(cell(m, 0, Model::Site), QStringLiteral("Local file"));
        QVERIFY(cell(m, 0, Model::Expires).isEmpty());
        QVERIFY(!m.data(m.index(0, Model::State), Qt::DecorationRole).value<QIcon>().isNull());
        const Model::Totals t = m.totals();
        QVERIFY(t.failed == 1 && t.queued == 0 && t.running == 0 && t.done == 0);
        QCOMPARE(t.overallProgress, -1.0);
    }

    void removeShiftsOnlyLaterRows()
    {
        auto env = makeEnv(1, true);
        Model m(env->queue.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        watchTotals(m);
        QStringList inputs;
        for (int i = 0; i < 6; ++i)
            inputs << QStringLiteral("/nonexistent/remove-%1.webm").arg(i);
        const QList<AddResult> added = env->queue->addMany(inputs);
        QCOMPARE(m.rowCount(), 6);
        for (const int victim : {2, 0, 3}) {  // middle, first, last of what is left
            const QUuid id = m.jobAt(victim)->id;
            QVERIFY(env->queue->remove(id));
            QCOMPARE(m.rowOf(id), -1);
            const QList<Job> jobs = env->queue->jobs();
            QCOMPARE(m.rowCount(), int(jobs.size()));
            for (int r = 0; r < jobs.size(); ++r) {
                QCOMPARE(m.rowOf(jobs[r].id), r);
                QCOMPARE(m.data(m.index(r, 0), Model::JobIdRole).toUuid(), jobs[r].id);
            }
            QCOMPARE(m.totals().queued, int(jobs.size()));
        }
        // Left: 1, 3, 4 (2 went, then 0, then 5, the last row at that point).
        QCOMPARE(m.rowOf(added[1].id), 0);
        QCOMPARE(m.rowOf(added[3].id), 1);
        QCOMPARE(m.rowOf(added[4].id), 2);
        QCOMPARE(m.rowOf(added[5].id), -1);
    }

    void pausedJobsStayQueued()
    {
        auto env = makeEnv(2, true);
        Model m(env->queue.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        watchTotals(m);
        QSignalSpy totalsChanged(&m, &Model::totalsChanged);
        const QList<AddResult> added = env->queue->addMany({m_tagged, m_long});
        QTest::qWait(300);
        Model::Totals t = m.totals();
        QVERIFY(t.queued == 2 && t.running == 0 && t.done == 0 && t.failed == 0);
        QCOMPARE(t.overallProgress, 0.0);
        QCOMPARE(totalsChanged.size(), 2);
        QVERIFY(env->queue->cancel(added[1].id));
        QCOMPARE(cell(m, 1, Model::State), Model::stateText(JobState::Cancelled));
        QVERIFY(!cell(m, 1, 0, Model::ErrorRole).isEmpty());
        t = m.totals();
        QVERIFY(t.queued == 1 && t.cancelled == 1 && t.failed == 0);
        env->queue->resume();
        QTRY_COMPARE_WITH_TIMEOUT(m.totals().done, 1, 30000);
        t = m.totals();
        QVERIFY(t.queued == 0 && t.running == 0 && t.cancelled == 1 && t.failed == 0);
        QCOMPARE(t.overallProgress, -1.0);
    }

    void delegatePaintsEveryState()
    {
        const QString out = m_media.filePath(QStringLiteral("painted"));
        auto env = makeEnv(1, true, {seed(QStringLiteral("/music/q.webm"), JobState::Queued, 1),
                                     doneSeed(out, QStringLiteral("done"), 10, 2, 60, 60),
                                     seed(QStringLiteral("/music/f.webm"), JobState::Failed, 3),
                                     seed(QStringLiteral("/music/c.webm"), JobState::Cancelled, 4),
                                     seed(QStringLiteral("/music/e.webm"), JobState::Expired, 5)});
        Model m(env->queue.get());
        const QImage queued = paintCell(m, 0);
        QVERIFY(paintCell(m, 1) != queued);  // a full bar is not an empty one
        // Active states are not persisted (a restart queues them again): report them as the runners would.
        Job active = *m.jobAt(0);
        for (const JobState s : {JobState::Resolving, JobState::Downloading, JobState::Converting}) {
            active.state = s;
            active.progress = 0.42;
            emit env->queue->jobChanged(active);
            QCOMPARE(cell(m, 0, Model::Progress), QStringLiteral("42 %"));
            QVERIFY(paintCell(m, 0) != queued);
        }
        JobItemDelegate delegate;
        QStyleOptionViewItem option;
        option.fontMetrics = QFontMetrics(QApplication::font());
        for (int r = 0; r < m.rowCount(); ++r) {
            QVERIFY(!paintCell(m, r, {40, 8}).isNull());  // tiny cells must not upset the style
            for (int c = 0; c < Model::ColumnCount; ++c)
                QVERIFY(delegate.sizeHint(option, m.index(r, c)).height() >= 24);
        }
        QTableView view;  // the whole path through a real view, every column
        view.setModel(&m);
        view.setItemDelegate(&delegate);
        view.resize(900, 300);
        QVERIFY(!view.grab().isNull());
    }

    void fiveThousandJobs()
    {
        auto env = makeEnv(2, true);
        Model m(env->queue.get());  // no per-change cross-check here: it is O(rows) itself
        QStringList inputs;
        for (int i = 0; i < 5000; ++i)
            inputs << QStringLiteral("/nonexistent/%1.webm").arg(i);
        const auto ms = [](const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; };
        QElapsedTimer timer;
        timer.start();
        env->queue->addMany(inputs);
        qInfo("addMany of 5,000 jobs (queue + store + model): %.1f ms", ms(timer));
        QCOMPARE(m.rowCount(), 5000);
        QCOMPARE(m.totals().queued, 5000);

        timer.restart();
        const Model loaded(env->queue.get());
        qInfo("a new model over 5,000 jobs: %.1f ms", ms(timer));
        QCOMPARE(loaded.rowCount(), 5000);

        // Progress as the runners report it, delivered straight through the queue's signal so
        // only the model's share is timed: bare, then with a proxy sorted by progress, as a view has.
        const QList<Job> jobs = env->queue->jobs();
        QSignalSpy changed(&m, &Model::dataChanged);
        const auto deliver = [&](int offset) {
            for (int i = 0; i < 1000; ++i) {
                Job j = jobs[i % 4];
                j.state = JobState::Converting;
                j.progress = (i + offset) / 2000.0;
                emit env->queue->jobChanged(j);
            }
        };
        timer.restart();
        deliver(0);
        qInfo("1,000 jobChanged deliveries at 5,000 rows: %.2f ms", ms(timer));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.setSortRole(Model::SortRole);
        proxy.sort(Model::Progress);
        timer.restart();
        deliver(1000);
        qInfo("1,000 jobChanged deliveries at 5,000 rows, sorting proxy attached: %.2f ms", ms(timer));
        QCOMPARE(changed.size(), 2000);
        QCOMPARE(m.totals().running, 4);
        QCOMPARE(m.totals().queued, 4996);
        checkTotals(m);

        timer.restart();
        for (int i = 0; i < 100; ++i)
            emit env->queue->jobRemoved(jobs[100 + i].id);  // near the top: most rows shift
        qInfo("100 row removals near the top of 5,000 rows (sorting proxy attached): %.1f ms", ms(timer));
        QCOMPARE(m.rowCount(), 4900);
        QCOMPARE(proxy.rowCount(), 4900);
        QCOMPARE(m.rowOf(jobs[4999].id), 4899);
        QCOMPARE(m.rowOf(jobs[99].id), 99);
        QCOMPARE(m.rowOf(jobs[200].id), 100);
        checkTotals(m);
    }
};

QTEST_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
