// What a row of the job list says (issue 13 items 10 and 18): a short name from the link until
// the title is known, then the title; the cover from the MP3 (read once, cached), artist and
// duration; no "0 s" ETA; cancelled jobs counted and named apart from failed ones; no raw
// extractor names in the Site column.
#include "CoverCache.h"
#include "CompositionRoot.h"
#include "JobItemDelegate.h"
#include "JobListModel.h"
#include "MainWindow.h"
#include "MediaFixtures.h"
#include "Screenshot.h"
#include "queue/JobQueue.h"
#include "queue/JobStore.h"
#include "queue/LocalAttemptFactory.h"

#include <QApplication>
#include <QStatusBar>
#include <QTranslator>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionViewItem>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

class TestJobRows : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobQueue> m_queue;
    QString m_coverMp3;  // 3 s with a 64×64 JPEG cover
    QString m_plainMp3;  // no cover
    QString m_prettyMp3; // a test-card cover, for the screenshots

    static QString cell(const JobListModel &m, int row, int column, int role = Qt::DisplayRole)
    {
        return m.data(m.index(row, column), role).toString();
    }

    // A queue that runs nothing: rows change only when the test says so.
    void freshQueue()
    {
        m_queue.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("jobs.db")));
        m_store = std::make_unique<JobStore>(m_dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(m_store->open());
        QueueConfig c;
        c.workers = 1;
        c.defaultOutputDir = m_dir.filePath(QStringLiteral("out"));
        c.workRoot = m_dir.filePath(QStringLiteral("work"));
        m_queue = std::make_unique<JobQueue>(m_store.get(), std::make_unique<LocalAttemptFactory>(), c);
        m_queue->pause();
        m_queue->restore();
    }

    Job added(const QString &input)
    {
        const AddResult r = m_queue->add(input);
        if (r.id.isNull())
            qFatal("refused %s: %s", qPrintable(input), qPrintable(r.error));
        return *m_queue->job(r.id);
    }

private slots:
    void initTestCase()
    {
        MediaFixtures fx(m_dir.path());
        QString error;
        const QStringList mp3{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-id3v2_version"), QStringLiteral("3")};
        m_coverMp3 = fx.make(QStringLiteral("cover.mp3"),
                             MediaFixtures::monoTone(3, 440)
                                 + QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                               QStringLiteral("color=c=red:size=64x64:rate=1:d=1"), QStringLiteral("-map"),
                                               QStringLiteral("0:a"), QStringLiteral("-map"), QStringLiteral("1:v"),
                                               QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-c:v"),
                                               QStringLiteral("mjpeg"), QStringLiteral("-disposition:v"), QStringLiteral("attached_pic")}
                                 + mp3,
                             &error);
        QVERIFY2(!m_coverMp3.isEmpty(), qPrintable(error));
        m_prettyMp3 = fx.make(QStringLiteral("pretty.mp3"),
                              MediaFixtures::monoTone(3, 440)
                                  + QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                QStringLiteral("testsrc2=size=96x96:rate=1:d=1"), QStringLiteral("-map"),
                                                QStringLiteral("0:a"), QStringLiteral("-map"), QStringLiteral("1:v"),
                                                QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-c:v"),
                                                QStringLiteral("mjpeg"), QStringLiteral("-disposition:v"), QStringLiteral("attached_pic")}
                                  + mp3,
                              &error);
        QVERIFY2(!m_prettyMp3.isEmpty(), qPrintable(error));
        m_plainMp3 = fx.make(QStringLiteral("plain.mp3"), MediaFixtures::monoTone(2, 660) + mp3, &error);
        QVERIFY2(!m_plainMp3.isEmpty(), qPrintable(error));
    }

    void init() { freshQueue(); }

    // Until the title is known: the link's last path segment (decoded), its video id, the host,
    // a file's name. Never the URL, cut at the right, five times alike.
    void provisionalTitle_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::newRow("file on a local server") << "http://127.0.0.1:8765/media/Blue%20in%20Green.mp3" << "Blue in Green.mp3";
        QTest::newRow("query after the name") << "http://127.0.0.1:8765/get/track-07.ogg?token=abc" << "track-07.ogg";
        QTest::newRow("trailing slash") << "https://example.com/shows/morning-mix/" << "morning-mix";
        QTest::newRow("host only") << "http://127.0.0.1:8765/" << "127.0.0.1";
        QTest::newRow("watch?v=") << "https://www.youtube.com/watch?v=dQw4w9WgXcQ" << "dQw4w9WgXcQ";
        QTest::newRow("unicode, encoded") << "https://example.com/%E6%97%A5%E6%9C%AC%E8%AA%9E.m4a" << "日本語.m4a";
        QTest::newRow("local file") << "/srv/music/Nina Simone - Feeling Good.flac" << "Nina Simone - Feeling Good.flac";
    }
    void provisionalTitle()
    {
        QFETCH(QString, input);
        QFETCH(QString, title);
        JobListModel m(m_queue.get());
        added(input);
        QCOMPARE(cell(m, 0, JobListModel::Title), title);
        QVERIFY(!m.data(m.index(0, JobListModel::Title), JobListModel::TitleKnownRole).toBool());
        QCOMPARE(cell(m, 0, JobListModel::Title, Qt::ToolTipRole), input);  // the whole link, on demand
    }

    // The reporter's five rows: distinct names, then each real title the moment it arrives.
    void rowsCanBeToldApartThenShowTheirTitle()
    {
        JobListModel m(m_queue.get());
        QStringList names;
        for (const char *file : {"intro.mp3", "a%20song.ogg", "b.flac", "c.webm", "d.m4a"})
            added(QStringLiteral("http://127.0.0.1:8765/") + QLatin1String(file));
        for (int r = 0; r < m.rowCount(); ++r)
            names << cell(m, r, JobListModel::Title);
        QCOMPARE(names, (QStringList{QStringLiteral("intro.mp3"), QStringLiteral("a song.ogg"), QStringLiteral("b.flac"),
                                     QStringLiteral("c.webm"), QStringLiteral("d.m4a")}));
        Job resolving = *m.jobAt(1);
        resolving.state = JobState::Downloading;
        resolving.title = QStringLiteral("A Song");
        resolving.artist = QStringLiteral("Somebody");
        resolving.durationSeconds = 225.4;
        emit m_queue->jobChanged(resolving);
        QCOMPARE(cell(m, 1, JobListModel::Title), QStringLiteral("A Song"));
        QVERIFY(m.data(m.index(1, JobListModel::Title), JobListModel::TitleKnownRole).toBool());
        QCOMPARE(cell(m, 1, JobListModel::Title, JobListModel::SubtitleRole), QStringLiteral("Somebody · 3:45"));
        resolving.artist.clear();
        resolving.durationSeconds = 3723;
        emit m_queue->jobChanged(resolving);
        QCOMPARE(cell(m, 1, JobListModel::Title, JobListModel::SubtitleRole), QStringLiteral("1:02:03"));
        QCOMPARE(cell(m, 0, JobListModel::Title, JobListModel::SubtitleRole), QString());  // nothing known yet
    }

    // The row's cover is the MP3's own (as in the player), 32 px, read from the file only once.
    void doneRowShowsItsCover()
    {
        JobListModel m(m_queue.get());
        const Job queued = added(m_dir.filePath(QStringLiteral("whatever.webm")));
        const QPixmap placeholder = m.data(m.index(0, JobListModel::Title), Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!placeholder.isNull());
        Job done = queued;
        done.state = JobState::Done;
        done.outputPath = m_coverMp3;
        emit m_queue->jobChanged(done);
        const QPixmap cover = m.data(m.index(0, JobListModel::Title), Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(cover.deviceIndependentSize().toSize(), QSize(CoverCache::kSide, CoverCache::kSide));
        const QColor centre = cover.toImage().pixelColor(cover.width() / 2, cover.height() / 2);
        QVERIFY2(centre.red() > 200 && centre.green() < 60 && centre.blue() < 60, qPrintable(centre.name()));  // the red cover
        QVERIFY(cover.toImage() != placeholder.toImage());
        // Without a cover in the file: the tile again.
        done.outputPath = m_plainMp3;
        emit m_queue->jobChanged(done);
        QCOMPARE(m.data(m.index(0, JobListModel::Title), Qt::DecorationRole).value<QPixmap>().toImage(), placeholder.toImage());
    }

    void coverCacheReadsEachFileOnce()
    {
        CoverCache cache;
        const QDateTime modified = QFileInfo(m_coverMp3).lastModified();
        for (int i = 0; i < 50; ++i) {
            QVERIFY(!cache.cover(m_coverMp3, modified, 1.0).isNull());
            QVERIFY(cache.cover(m_plainMp3, modified, 1.0).isNull());
        }
        QCOMPARE(cache.fileReads(), 2);
        QVERIFY(!cache.cover(m_coverMp3, modified.addSecs(5), 1.0).isNull());  // rewritten: read again
        QCOMPARE(cache.fileReads(), 3);
    }

    // No "0 s": the runner says 0 (or nothing) when it cannot tell, e.g. converting with no total.
    void etaOnlyWhenKnown_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("eta");
        QTest::addColumn<QString>("shown");
        QTest::newRow("converting, unknown") << int(JobState::Converting) << 0 << QString();
        QTest::newRow("converting, none") << int(JobState::Converting) << -1 << QString();
        QTest::newRow("converting, 14 s") << int(JobState::Converting) << 14 << QStringLiteral("14 s");
        QTest::newRow("downloading, 71 s") << int(JobState::Downloading) << 71 << QStringLiteral("1 min 11 s");
        QTest::newRow("downloading, 0") << int(JobState::Downloading) << 0 << QString();
    }
    void etaOnlyWhenKnown()
    {
        QFETCH(int, state);
        QFETCH(int, eta);
        QFETCH(QString, shown);
        JobListModel m(m_queue.get());
        Job j = added(m_dir.filePath(QStringLiteral("eta.webm")));
        j.state = JobState(state);
        j.progress = 0.5;
        j.etaSeconds = eta;
        emit m_queue->jobChanged(j);
        QCOMPARE(cell(m, 0, JobListModel::Eta), shown);
    }

    // Cancelled is something the user did: its own count, not a failure.
    void cancelledIsNotFailed()
    {
        JobListModel m(m_queue.get());
        const Job a = added(m_dir.filePath(QStringLiteral("a.webm")));
        const Job b = added(m_dir.filePath(QStringLiteral("b.webm")));
        QVERIFY(m_queue->cancel(a.id));
        Job failed = b;
        failed.state = JobState::Failed;
        failed.errorText = UserText::literal(QStringLiteral("It broke."));
        emit m_queue->jobChanged(failed);
        const JobListModel::Totals t = m.totals();
        QCOMPARE(t.failed, 1);
        QCOMPARE(t.cancelled, 1);
        QCOMPARE(cell(m, 0, JobListModel::State), JobListModel::stateText(JobState::Cancelled));
    }

    void siteNamesNoExtractor_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("shown");
        QTest::newRow("HTML5MediaEmbed") << "HTML5MediaEmbed" << "127.0.0.1";
        QTest::newRow("Generic") << "Generic" << "127.0.0.1";
        QTest::newRow("a real site") << "Youtube" << "Youtube";
        QTest::newRow("not yet known") << "" << "127.0.0.1";
    }
    void siteNamesNoExtractor()
    {
        QFETCH(QString, site);
        QFETCH(QString, shown);
        JobListModel m(m_queue.get());
        Job j = added(QStringLiteral("http://127.0.0.1:8765/page.html"));
        j.site = site;
        emit m_queue->jobChanged(j);
        QCOMPARE(cell(m, 0, JobListModel::Site), shown);
    }

    // Every row the same height, with room for the cover and two lines.
    void delegateRowHoldsCoverAndTwoLines()
    {
        JobListModel m(m_queue.get());
        added(m_dir.filePath(QStringLiteral("row.webm")));
        JobItemDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        option.decorationSize = QSize(CoverCache::kSide, CoverCache::kSide);
        for (int column = 0; column < JobListModel::ColumnCount; ++column) {
            const int height = delegate.sizeHint(option, m.index(0, column)).height();
            QVERIFY(height >= CoverCache::kSide && height >= 2 * option.fontMetrics.height());
        }
    }

    // The window with a row in each state, for a person to look at (build/tests/screenshots/).
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en 800x600") << QString() << QSize(800, 600);
        QTest::newRow("en 1600x1000") << QString() << QSize(1600, 1000);
        QTest::newRow("de 800x600") << QStringLiteral("de") << QSize(800, 600);
        QTest::newRow("de 1600x1000") << QStringLiteral("de") << QSize(1600, 1000);
    }
    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTemporaryDir profile, out;
        struct Row { JobState state; const char *input; const char *title; const char *artist; double seconds; const char *site; };
        const Row rows[] = {
            {JobState::Done, "https://www.youtube.com/watch?v=D5Y11hwjMNs", "Feeling Good", "Nina Simone", 177, "Youtube"},
            {JobState::Converting, "http://127.0.0.1:8765/page.html", "Concert", "", 0, "HTML5MediaEmbed"},
            {JobState::Downloading, "https://vimeo.com/76979871", "Mis Sentimientos", "Los Ángeles Azules", 242, "Vimeo"},
            {JobState::Queued, "http://127.0.0.1:8765/media/Blue%20in%20Green.mp3", "", "", 0, ""},
            {JobState::Queued, "http://127.0.0.1:8765/media/So%20What.mp3", "", "", 0, ""},
            {JobState::Queued, "http://127.0.0.1:8765/media/Freddie%20Freeloader%20(alternate%20take%2C%20remastered%202009).flac", "", "", 0, ""},
            {JobState::Queued, "http://127.0.0.1:8765/", "", "", 0, ""},
            {JobState::Cancelled, "https://www.twitch.tv/videos/123456", "Live stream recording", "Some Streamer", 5400, "Twitch"},
            {JobState::Failed, "https://www.youtube.com/watch?v=aaaaaaaaaaa", "", "", 0, "Youtube"},
        };
        QList<Job> jobs;
        {
            JobStore store(QDir(profile.path()).filePath(QStringLiteral("jobs.db")));
            QVERIFY(store.open());
            int position = 0;
            for (const Row &r : rows) {
                Job j;
                j.id = QUuid::createUuid();
                j.input = j.key = QString::fromUtf8(r.input);
                j.title = QString::fromUtf8(r.title);
                j.artist = QString::fromUtf8(r.artist);
                j.durationSeconds = r.seconds;
                j.site = QString::fromUtf8(r.site);
                j.outputDir = out.path();
                j.position = ++position;
                j.addedAt = QDateTime::currentDateTimeUtc().addSecs(-600 + position * 60);
                j.state = isActiveState(r.state) ? JobState::Queued : r.state;
                j.retryAt = QDateTime::currentDateTimeUtc().addSecs(3600);  // keep it from running here
                if (r.state == JobState::Failed) {
                    j.errorText = UserText::literal(QStringLiteral("This video is unavailable: it may be private or removed."));
                    j.errorCategory = ErrorCategory::NotFound;
                } else if (r.state == JobState::Cancelled) {
                    j.errorText = UserText::literal(QStringLiteral("Cancelled."));
                    j.errorCategory = ErrorCategory::Cancelled;
                }
                if (r.state == JobState::Done) {
                    j.outputPath = m_prettyMp3;
                    j.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
                    j.progress = 1;
                }
                QVERIFY(store.save(j));
                j.state = r.state;
                jobs << j;
            }
        }
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral("tunedrop_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        CommandLineOptions options;
        options.profileDir = profile.path();
        options.outputDir = out.path();
        CompositionRoot root(options);
        QVERIFY(root.isReady());
        MainWindow w(root);
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (Job j : jobs) {
            if (!isActiveState(j.state))
                continue;
            j.retryAt = {};
            j.progress = j.state == JobState::Converting ? 0.62 : 0.27;
            j.speed = j.state == JobState::Downloading ? 2.4e6 : 0;
            j.bytesDone = j.state == JobState::Downloading ? 5'400'000 : 0;
            j.bytesTotal = j.state == JobState::Downloading ? 20'000'000 : -1;
            j.etaSeconds = j.state == JobState::Downloading ? 71 : 0;  // converting: no total, no ETA
            emit root.queue().jobChanged(j);
        }
        JobListModel *m = w.jobModel();
        QCOMPARE(cell(*m, 3, JobListModel::Title), QStringLiteral("Blue in Green.mp3"));
        QCOMPARE(cell(*m, 1, JobListModel::Site), QStringLiteral("127.0.0.1"));
        QVERIFY(cell(*m, 1, JobListModel::Eta).isEmpty());
        QCOMPARE(m->totals().cancelled, 1);
        QCOMPARE(m->totals().failed, 1);
        w.selectJob(jobs.at(7).id);
        QTest::qWait(50);
        const QString name = QStringLiteral("jobrows-%1-%2x%3.png").arg(language.isEmpty() ? QStringLiteral("en") : language)
                                 .arg(size.width()).arg(size.height());
        QVERIFY(saveScreenshot(&w, name));
        QCoreApplication::removeTranslator(&translator);
        root.queue().shutdown();
    }
};

QTEST_MAIN(TestJobRows)
#include "tst_jobrows.moc"
