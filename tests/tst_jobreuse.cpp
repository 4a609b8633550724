// When adding an input again hands back the finished job's MP3, and when it converts again
// (issue 13 item 2): the input unchanged, the same encoder settings and folder, and the MP3
// still the file TuneDrop wrote. Real transcodes; the store's schema migration keeps old
// databases working (their jobs are converted again: they never recorded what reuse needs).
#include "MediaFixtures.h"
#include "QueueHarness.h"
#include "library/FileIdentity.h"
#include "queue/ReuseCheck.h"
#include "source/UrlClassifier.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace tunedrop;
using namespace tunedrop::test;

class TestJobReuse : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;

    // A private copy of a fixture, so the test may overwrite it.
    QString input(QTemporaryDir &dir, const QString &name, double seconds, int hz = 1000)
    {
        QString error;
        const QString made = m_fx->make(QStringLiteral("%1-%2-%3.wav").arg(name).arg(seconds).arg(hz),
                                        MediaFixtures::stereoTones(seconds, hz, 440, 44100), &error);
        if (made.isEmpty())
            qFatal("%s", qPrintable(error));
        const QString copy = dir.filePath(name);
        QFile::remove(copy);
        if (!QFile::copy(made, copy))
            qFatal("copy failed");
        return copy;
    }

    static void overwrite(const QString &path, const QString &with)
    {
        QFile target(path), source(with);
        QVERIFY(target.open(QIODevice::WriteOnly | QIODevice::Truncate) && source.open(QIODevice::ReadOnly));
        QVERIFY(target.write(source.readAll()) > 0);
    }

private slots:
    void initTestCase() { m_fx = std::make_unique<MediaFixtures>(m_media.path()); }

    void reusedOnlyWhileNothingChanged()
    {
        QueueHarness h;
        QTemporaryDir in;
        const QString x = input(in, QStringLiteral("x.wav"), 2);
        const Job first = h.runToEnd(x);
        QCOMPARE(first.state, JobState::Done);
        QCOMPARE(first.encoderKey, h.queue->config().encoder.key());
        QVERIFY(first.inputSize > 0);

        // Unchanged: the finished job, said to be already converted.
        const AddResult same = h.queue->add(x);
        QVERIFY(same.duplicate && same.alreadyConverted);
        QCOMPARE(same.id, first.id);

        // "Convert Again" makes a new job even so.
        AddOptions again;
        again.convertAgain = true;
        const AddResult forced = h.queue->add(x, again);
        QVERIFY(!forced.duplicate);
        QVERIFY(forced.id != first.id);
        QCOMPARE(h.waitForEnd(forced.id).state, JobState::Done);

        // Another folder: a new job, written there.
        QTemporaryDir other;
        const AddResult elsewhere = h.queue->add(x, AddOptions{other.path()});
        QVERIFY(!elsewhere.duplicate);
        const Job there = h.waitForEnd(elsewhere.id);
        QCOMPARE(QFileInfo(there.outputPath).absolutePath(), QFileInfo(other.path()).absoluteFilePath());
        QVERIFY(h.queue->add(x, AddOptions{other.path() + QStringLiteral("/./")}).alreadyConverted);  // same folder

        // Other settings: converted again.
        h.queue->setEncoder(EncoderSettings::cbr(320));
        const AddResult louder = h.queue->add(x);
        QVERIFY(!louder.duplicate);
        QCOMPARE(h.waitForEnd(louder.id).encoderKey, EncoderSettings::cbr(320).key());
        QVERIFY(h.queue->add(x).alreadyConverted);
    }

    void changedInputIsConvertedAgain()
    {
        QueueHarness h;
        QTemporaryDir in;
        const QString x = input(in, QStringLiteral("x.wav"), 3);
        const Job first = h.runToEnd(x);
        QCOMPARE(first.state, JobState::Done);
        // Other audio, written over the same path (the reproduction, in-process).
        overwrite(x, input(in, QStringLiteral("other.wav"), 1, 500));
        const AddResult next = h.queue->add(x);
        QVERIFY(!next.duplicate);
        const Job second = h.waitForEnd(next.id);
        QCOMPARE(second.state, JobState::Done);
        QVERIFY(second.outputPath != first.outputPath);
        QVERIFY(QFileInfo(second.outputPath).size() < QFileInfo(first.outputPath).size());  // 1 s, not 3 s
    }

    void replacedOrEditedMp3IsNotReused()
    {
        QueueHarness h;
        QTemporaryDir in;
        const QString x = input(in, QStringLiteral("x.wav"), 1);
        const Job first = h.runToEnd(x);
        QCOMPARE(first.state, JobState::Done);
        // Edited in place (a tag editor): same inode, other size and time.
        {
            QFile mp3(first.outputPath);
            QVERIFY(mp3.open(QIODevice::Append));
            mp3.write(QByteArray(128, 'T'));
        }
        const FileIdentity edited = FileIdentity::of(first.outputPath);
        QCOMPARE(edited.inode, first.outputInode);
        QCOMPARE(ReuseCheck::verdict(first, UrlClassifier::classify(x), h.queue->config().defaultOutputDir,
                                     h.queue->config().encoder.key()),
                 ReuseCheck::Verdict::OutputChanged);
        QVERIFY(!h.queue->add(x).duplicate);
    }

    void inFlightDuplicatesNeedTheSameFolder()
    {
        QueueHarness h;
        h.queue->pause();
        QTemporaryDir in, other;
        const QString x = input(in, QStringLiteral("x.wav"), 1);
        const AddResult a = h.queue->add(x);
        const AddResult b = h.queue->add(QStringLiteral("file://") + x);
        QVERIFY(b.duplicate && !b.alreadyConverted);
        QCOMPARE(b.id, a.id);
        const AddResult c = h.queue->add(x, AddOptions{other.path()});
        QVERIFY(!c.duplicate);  // asked for in another folder: its own job
    }

    void directLinksAndYouTubeIds()
    {
        Job done;
        done.state = JobState::Done;
        done.outputPath = QStringLiteral("/nonexistent/a.mp3");
        done.outputDir = QStringLiteral("/nonexistent");
        done.encoderKey = EncoderSettings().key();
        const QString wanted = EncoderSettings().key();
        const auto verdict = [&](const QString &link) {
            return ReuseCheck::verdict(done, UrlClassifier::classify(link), QStringLiteral("/nonexistent"), wanted);
        };
        // A YouTube link is the same input only when the run resolved it to that video id.
        const QString yt = QStringLiteral("https://youtu.be/dQw4w9WgXcQ");
        QCOMPARE(verdict(yt), ReuseCheck::Verdict::InputChanged);  // nothing recorded
        done.sourceId = QStringLiteral("Youtube:aaaaaaaaaaa");
        QCOMPARE(verdict(yt), ReuseCheck::Verdict::InputChanged);
        done.sourceId = QStringLiteral("Youtube:dQw4w9WgXcQ");
        QCOMPARE(verdict(yt), ReuseCheck::Verdict::OutputChanged);  // past the input check; no file here
        // A direct media link has no identity but its URL.
        done.sourceId.clear();
        QCOMPARE(verdict(QStringLiteral("https://example.org/a.mp3")), ReuseCheck::Verdict::OutputChanged);
        // Another encoder setting, another folder.
        done.encoderKey = EncoderSettings::vbr(2).key();
        QCOMPARE(verdict(QStringLiteral("https://example.org/a.mp3")), ReuseCheck::Verdict::SettingsChanged);
        QVERIFY(EncoderSettings::cbr(192).key() != EncoderSettings::cbr(320).key());
    }

    void jobsFromAnOlderSchemaAreConvertedAgain()
    {
        QTemporaryDir in, out;
        const QString x = input(in, QStringLiteral("x.wav"), 1);
        const QString mp3 = out.filePath(QStringLiteral("x.mp3"));
        QVERIFY(QFile::copy(x, mp3));  // stands for the MP3 an older version wrote
        const FileIdentity written = FileIdentity::of(mp3);
        QueueHarness h([&](QueueConfig &c) {
            // A database exactly as schema version 4 wrote it, with that job done.
            QSqlDatabase s = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            s.setDatabaseName(QFileInfo(c.workRoot).absolutePath() + QStringLiteral("/old.db"));
            QVERIFY(s.open());
            QSqlQuery q(s);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE jobs (id TEXT PRIMARY KEY, input TEXT NOT NULL, key TEXT, output_dir TEXT, state TEXT NOT NULL,"
                " position INTEGER NOT NULL DEFAULT 0, title TEXT, artist TEXT, album TEXT, site TEXT, thumbnail_url TEXT,"
                " duration REAL, progress REAL, bytes_done INTEGER, bytes_total INTEGER, output_path TEXT, error_category TEXT,"
                " error_message TEXT, attempts INTEGER NOT NULL DEFAULT 0, retry_at TEXT, added_at TEXT, started_at TEXT,"
                " finished_at TEXT, parent_id TEXT, part_path TEXT, warning TEXT, pinned INTEGER NOT NULL DEFAULT 0,"
                " block_local_hosts INTEGER NOT NULL DEFAULT 0, output_size INTEGER, output_inode INTEGER,"
                " output_modified TEXT)")));
            q.prepare(QStringLiteral("INSERT INTO jobs (id, input, key, output_dir, state, output_path, output_size,"
                                     " output_inode, output_modified) VALUES (?,?,?,?,'done',?,?,?,?)"));
            for (const QVariant &v : QVariantList{QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427"), x, x,
                                                  c.defaultOutputDir, mp3, written.size, written.inode,
                                                  written.modified.toString(Qt::ISODateWithMs)})
                q.addBindValue(v);
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=4")));
            s.close();
        });
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        JobStore old(h.dir.filePath(QStringLiteral("old.db")));
        QVERIFY2(old.open(), qPrintable(old.lastError()));
        QCOMPARE(old.schemaVersion(), JobStore::kSchemaVersion);
        QVERIFY(old.warning().isEmpty());
        const QList<Job> jobs = old.loadAll();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().state, JobState::Done);
        QCOMPARE(jobs.first().outputInode, written.inode);
        QCOMPARE(jobs.first().inputSize, qint64(-1));
        QVERIFY(jobs.first().encoderKey.isEmpty());
        // It never recorded its input or settings: converted again rather than trusted.
        QCOMPARE(ReuseCheck::verdict(jobs.first(), UrlClassifier::classify(x), jobs.first().outputDir,
                                     h.queue->config().encoder.key()),
                 ReuseCheck::Verdict::InputChanged);
        Job updated = jobs.first();
        updated.sourceId = QStringLiteral("Generic:x");
        updated.encoderKey = EncoderSettings().key();
        QVERIFY(old.save(updated));  // the new columns work
        QCOMPARE(old.loadAll().first().sourceId, updated.sourceId);
    }
};

QTEST_GUILESS_MAIN(TestJobReuse)
#include "tst_jobreuse.moc"
