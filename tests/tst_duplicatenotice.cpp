// The window when something added is already there (issue 13): a job still queued or running
// is selected with "Already in the list"; a finished one whose MP3 still fits is selected and
// offered with a non-modal notice, "already converted — Open It / Convert Again", never reused
// silently and never announced as "Added 1 item.". Offscreen, the real engine and transcodes.
#include "DuplicateNotice.h"
#include "CompositionRoot.h"
#include "JobListModel.h"
#include "JobListView.h"
#include "MainWindow.h"
#include "MediaFixtures.h"

#include <QtTest>
#include <QDesktopServices>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

class TestDuplicateNotice : public QObject {
    Q_OBJECT

public slots:
    void openedUrl(const QUrl &url) { m_opened << url; }  // QDesktopServices, instead of a program

private:
    QList<QUrl> m_opened;
    QTemporaryDir m_media;
    QTemporaryDir m_profile;
    QTemporaryDir m_out;
    std::unique_ptr<CompositionRoot> m_root;
    std::unique_ptr<MainWindow> m_window;

    QUuid currentJob() const
    {
        return m_window->jobView()->currentIndex().data(JobListModel::JobIdRole).toUuid();
    }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    QPushButton *button(const char *name) const
    {
        return m_window->duplicateNotice()->findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        CommandLineOptions options;
        options.profileDir = m_profile.path();
        options.outputDir = m_out.path();
        options.workers = 1;
        m_root = std::make_unique<CompositionRoot>(options);
        QVERIFY2(m_root->isReady(), qPrintable(m_root->error()));
        m_window = std::make_unique<MainWindow>(*m_root);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        m_window.reset();
        m_root.reset();
    }

    void alreadyConvertedIsOfferedNotReused()
    {
        const MediaFixtures fx(m_media.path());
        const QString song = fx.make(QStringLiteral("song.wav"), MediaFixtures::stereoTones(1));
        const QString other = fx.make(QStringLiteral("other.wav"), MediaFixtures::stereoTones(1, 500));
        QVERIFY(!song.isEmpty() && !other.isEmpty());
        JobListModel *model = m_window->jobModel();
        m_window->addItems({song, other});
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(model->totals().done == 2, 60000);
        const QUuid first = model->jobAt(0)->id;
        const QString mp3 = model->jobAt(0)->outputPath;
        QVERIFY(!m_window->duplicateNotice()->isVisible());

        // Added again: no new job; its row is selected and the choice offered.
        m_window->jobView()->clearSelection();
        m_window->addItems({song});
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(currentJob(), first);
        QVERIFY(m_window->duplicateNotice()->isVisible());
        QCOMPARE(m_window->duplicateNotice()->jobId(), first);
        QVERIFY2(m_window->duplicateNotice()->message().contains(QStringLiteral("“song.mp3” is already converted")),
                 qPrintable(m_window->duplicateNotice()->message()));
        QVERIFY2(!status().contains(QStringLiteral("Added")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("Already converted")), qPrintable(status()));
        QVERIFY(!QApplication::activeModalWidget());  // non-modal: the window stays usable

        // Open It: the existing MP3.
        m_opened.clear();
        button("duplicateNoticeOpen")->click();
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(mp3)});
        QVERIFY(!m_window->duplicateNotice()->isVisible());
        QCOMPARE(model->rowCount(), 2);

        // Convert Again: a new job for the same file, selected, and a second MP3.
        m_window->addItems({song});
        QVERIFY(m_window->duplicateNotice()->isVisible());
        button("duplicateNoticeConvertAgain")->click();
        QVERIFY(!m_window->duplicateNotice()->isVisible());
        QCOMPARE(model->rowCount(), 3);
        const QUuid again = currentJob();
        QVERIFY(!again.isNull() && again != first);
        QTRY_COMPARE_WITH_TIMEOUT(m_root->queue().job(again)->state, JobState::Done, 60000);
        QVERIFY(m_root->queue().job(again)->outputPath != mp3);
        QVERIFY(QFile::exists(mp3));

        // Something new added afterwards takes a leftover notice away.
        m_window->addItems({song});
        QVERIFY(m_window->duplicateNotice()->isVisible());
        m_window->addItems({fx.make(QStringLiteral("third.wav"), MediaFixtures::stereoTones(1, 700))});
        QVERIFY(!m_window->duplicateNotice()->isVisible());
        QVERIFY2(status().startsWith(QStringLiteral("Added 1 item")), qPrintable(status()));
    }

    void stillInTheListIsSelected()
    {
        m_root->queue().pause();
        const QString link = QStringLiteral("https://example.org/waiting.mp3");
        m_window->addItems({link});
        const int rows = m_window->jobModel()->rowCount();
        const QList<Job> jobs = m_root->queue().jobsFor(link);
        QCOMPARE(jobs.size(), 1);
        m_window->jobView()->clearSelection();
        m_window->jobView()->setCurrentIndex({});
        m_window->addItems({link});
        QCOMPARE(m_window->jobModel()->rowCount(), rows);
        QCOMPARE(currentJob(), jobs.first().id);
        QVERIFY(!m_window->duplicateNotice()->isVisible());  // nothing converted yet: nothing to open
        // Named as its row shows it (the link's file name until the title is known, issue 13 item 10).
        QVERIFY2(status() == QStringLiteral("Already in the list: “waiting.mp3”."), qPrintable(status()));
        m_root->queue().cancel(jobs.first().id);
        m_root->queue().resume();
    }
};

QTEST_MAIN(TestDuplicateNotice)
#include "tst_duplicatenotice.moc"
