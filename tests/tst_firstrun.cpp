// What a new user is told about the retention purge (issue 13 item 8) and two smaller window
// fixes (item 18): the one-time first-run choice (delete after 8 h, preselected, or keep), the
// status bar and the empty list saying which applies, Keep Forever and Save a Copy one click
// from a finished row, and Clear Finished asking before it drops kept jobs (Show in Folder:
// tst_showinfolder). Offscreen, the real engine; finished jobs are seeded in the profile's job
// list, so nothing converts here.
#include "JobDetailsPane.h"
#include "RetentionLabel.h"
#include "RetentionNotice.h"
#include "Screenshot.h"
#include "WindowFixture.h"
#include "library/RetentionPurger.h"
#include "settings/Profile.h"

#include <QtTest>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

class TestFirstRun : public QObject {
    Q_OBJECT

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        // As main() does: English plural forms ("1 hour", "8 hours") come from tunedrop_en.
        QVERIFY(m_english.load(QStringLiteral("tunedrop_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
    }

    // First start: the bar asks, "delete after 8 h" preselected; the answer is kept in the
    // settings, applied to the purge, said in the status bar and the empty list, and the
    // next start asks no more.
    void firstStartAsksOnce_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("status");
        QTest::newRow("delete (preselected)") << false << 8 << QStringLiteral("MP3s are deleted 8 h after conversion");
        QTest::newRow("keep them") << true << 0 << QStringLiteral("MP3s are kept");
    }
    void firstStartAsksOnce()
    {
        QFETCH(bool, keep);
        QFETCH(int, hours);
        QFETCH(QString, status);
        QTemporaryDir profile, out;
        seedFinished(profile.path(), out.path(), {false});
        {
            auto env = openWindow(profile.path(), out.path());
            MainWindow &w = *env->window;
            RetentionNotice *notice = w.retentionNotice();
            QVERIFY(notice->isVisible());
            QVERIFY(!QApplication::activeModalWidget());  // a bar, not a dialog: the window stays usable
            auto *deleteChoice = notice->findChild<QRadioButton *>(QStringLiteral("retentionNoticeDelete"));
            auto *keepChoice = notice->findChild<QRadioButton *>(QStringLiteral("retentionNoticeKeep"));
            QVERIFY(deleteChoice && keepChoice);
            QCOMPARE(deleteChoice->text(), QStringLiteral("Delete MP3s 8 hours after conversion"));
            QCOMPARE(keepChoice->text(), QStringLiteral("Keep them"));
            QVERIFY(deleteChoice->isChecked());
            QVERIFY(!keepChoice->isChecked());
            QVERIFY2(notice->message().contains(QStringLiteral("8 hours after conversion")), qPrintable(notice->message()));
            // Until answered, the preselected purge is what applies, and the window says so.
            QCOMPARE(w.retentionLabel()->fullText(), QStringLiteral("MP3s are deleted 8 h after conversion"));
            QCOMPARE(env->root->purger().retentionHours(), 8);
            QVERIFY(!env->root->settings().retentionChoiceMade());

            if (keep)
                QTest::mouseClick(keepChoice, Qt::LeftButton);
            QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("retentionNoticeOk")), Qt::LeftButton);
            QVERIFY(!notice->isVisible());
            QCOMPARE(env->root->settings().retentionHours(), hours);
            QCOMPARE(env->root->purger().retentionHours(), hours);
            QCOMPARE(w.retentionLabel()->fullText(), status);
            QCOMPARE(expiresText(w, 0) == QStringLiteral("never"), keep);  // the Expires column follows
            QVERIFY(w.jobView()->emptyHint().endsWith(RetentionLabel::emptyStateText(hours)));
        }
        // The next start: no question, the same answer everywhere.
        auto env = openWindow(profile.path(), out.path());
        QVERIFY(!env->window->retentionNotice()->isVisible());
        QVERIFY(env->root->settings().retentionChoiceMade());
        QCOMPARE(env->root->purger().retentionHours(), hours);
        QCOMPARE(env->window->retentionLabel()->fullText(), status);
    }

    // Closed without an answer: asked again at the next start (nothing was chosen).
    void unansweredIsAskedAgain()
    {
        QTemporaryDir profile, out;
        openWindow(profile.path(), out.path()).reset();
        auto env = openWindow(profile.path(), out.path());
        QVERIFY(env->window->retentionNotice()->isVisible());
    }

    // Nothing to ask when the command line decides or the purge is already off; the status bar
    // and the empty list still say what happens.
    void notAskedWhenDecidedElsewhere_data()
    {
        QTest::addColumn<int>("override");
        QTest::addColumn<int>("storedHours");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("status");
        QTest::newRow("--retention-hours 24") << 24 << 8 << 24 << QStringLiteral("MP3s are deleted 24 h after conversion (command line)");
        QTest::newRow("--retention-hours 0") << 0 << 8 << 0 << QStringLiteral("MP3s are kept (command line)");
        QTest::newRow("kept in Settings") << -1 << 0 << 0 << QStringLiteral("MP3s are kept");
    }
    void notAskedWhenDecidedElsewhere()
    {
        QFETCH(int, override);
        QFETCH(int, storedHours);
        QFETCH(int, hours);
        QFETCH(QString, status);
        QTemporaryDir profile, out;
        {
            Profile p(profile.path());
            Settings s(p);
            s.setRetentionHours(storedHours);
            QVERIFY(s.sync());
        }
        auto env = openWindow(profile.path(), out.path(), override);
        QVERIFY(!env->window->retentionNotice()->isVisible());
        QCOMPARE(env->window->retentionLabel()->fullText(), status);
        QCOMPARE(env->root->purger().retentionHours(), hours);
        QVERIFY(env->window->jobView()->emptyHint().endsWith(RetentionLabel::emptyStateText(hours)));
        QCOMPARE(env->root->settings().retentionHours(), storedHours);  // the command line is for this run only
    }

    // The empty list says what becomes of the MP3s, in words matching the setting.
    void emptyStateSaysWhatHappens_data()
    {
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("8 h") << 8 << QStringLiteral("Finished MP3s are deleted 8 hours after conversion, unless you keep them.");
        QTest::newRow("1 h") << 1 << QStringLiteral("Finished MP3s are deleted 1 hour after conversion, unless you keep them.");
        QTest::newRow("kept") << 0 << QStringLiteral("Finished MP3s are kept until you delete them.");
    }
    void emptyStateSaysWhatHappens()
    {
        QFETCH(int, hours);
        QFETCH(QString, sentence);
        QTemporaryDir profile, out;
        auto env = openWindow(profile.path(), out.path(), hours);
        QCOMPARE(env->window->jobModel()->rowCount(), 0);
        const QString hint = env->window->jobView()->emptyHint();
        QVERIFY2(hint.startsWith(QStringLiteral("Paste or drop a link here")), qPrintable(hint));
        QVERIFY2(hint.endsWith(QStringLiteral("\n\n") + sentence), qPrintable(hint));
    }

    // "Keep forever" chosen in the Settings dialog while the bar is up answers it too.
    void settingsDialogAnswersTheQuestion()
    {
        QTemporaryDir profile, out;
        auto env = openWindow(profile.path(), out.path());
        QVERIFY(env->window->retentionNotice()->isVisible());
        env->root->settings().setRetentionHours(0);
        env->window->applySettings();  // what the dialog's OK does
        QVERIFY(!env->window->retentionNotice()->isVisible());
        QVERIFY(env->root->settings().retentionChoiceMade());
        QCOMPARE(env->window->retentionLabel()->fullText(), QStringLiteral("MP3s are kept"));
    }

    // Keep Forever and Save a Copy are buttons beside the details of the selected row, visible
    // at the smallest window size and enabled for a finished row: one click each.
    void keepAndSaveAreOneClickFromAFinishedRow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void keepAndSaveAreOneClickFromAFinishedRow()
    {
        QFETCH(QSize, size);
        QTemporaryDir profile, out, copies;
        const QList<QUuid> ids = seedFinished(profile.path(), out.path(), {false}, 1);
        auto env = openWindow(profile.path(), out.path(), -1, size);
        MainWindow &w = *env->window;
        QToolButton *keepButton = w.detailsPane()->buttonFor(env->actions()->pin);
        QToolButton *saveButton = w.detailsPane()->buttonFor(env->actions()->saveCopy);
        QVERIFY2(keepButton && saveButton, "no Keep Forever / Save a Copy buttons beside the details");
        QVERIFY(keepButton->isVisible() && saveButton->isVisible());
        QVERIFY(w.rect().contains(QRect(keepButton->mapTo(&w, QPoint()), keepButton->size())));
        QVERIFY(w.rect().contains(QRect(saveButton->mapTo(&w, QPoint()), saveButton->size())));

        selectJob(w, ids[1]);  // still queued: nothing to keep or copy
        QVERIFY(!keepButton->isEnabled() && !saveButton->isEnabled());

        selectJob(w, ids[0]);
        QVERIFY(keepButton->isEnabled() && saveButton->isEnabled());
        QTest::mouseClick(keepButton, Qt::LeftButton);
        QVERIFY(env->root->queue().job(ids[0])->pinned);
        QVERIFY(keepButton->isChecked());
        QCOMPARE(expiresText(w, 0), JobListModel::tr("kept"));

        const QString target = copies.filePath(QStringLiteral("copy.mp3"));
        env->actions()->setSaveCopyTargetForTesting(target);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QFile copy(target), original(env->root->queue().job(ids[0])->outputPath);
        QVERIFY(copy.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    // Clear Finished with kept jobs among the finished ones: it says how many and asks.
    void clearFinishedAsksAboutKeptJobs_data()
    {
        QTest::addColumn<QList<bool>>("pinned");
        QTest::addColumn<QString>("answer");  // a button's object name, "cancel", or "" (no box expected)
        QTest::addColumn<int>("remaining");   // rows left (one queued job always stays)
        QTest::addColumn<QString>("question");
        const QList<bool> mixed{true, false, true, false};
        const QString two = QStringLiteral("2 of the finished jobs are marked Keep Forever.");
        QTest::newRow("clear the others") << mixed << QStringLiteral("clearOthers") << 3 << two;
        QTest::newRow("clear all") << mixed << QStringLiteral("clearAll") << 1 << two;
        QTest::newRow("cancel") << mixed << QStringLiteral("cancel") << 5 << two;
        QTest::newRow("one kept, all kept") << QList<bool>{true} << QStringLiteral("clearAll") << 1
                                            << QStringLiteral("1 of the finished jobs is marked Keep Forever.");
        QTest::newRow("none kept: no question") << QList<bool>{false, false} << QString() << 1 << QString();
    }
    void clearFinishedAsksAboutKeptJobs()
    {
        QFETCH(QList<bool>, pinned);
        QFETCH(QString, answer);
        QFETCH(int, remaining);
        QFETCH(QString, question);
        QTemporaryDir profile, out;
        seedFinished(profile.path(), out.path(), pinned, 1);
        auto env = openWindow(profile.path(), out.path());
        MainWindow &w = *env->window;
        QCOMPARE(w.jobModel()->rowCount(), pinned.size() + 1);
        QString asked;
        QStringList buttons;
        const bool seen = answerMessageBox([&] { env->actions()->clearFinished->trigger(); }, [&](QMessageBox *box) {
            asked = shownText(box);
            for (QAbstractButton *b : box->buttons())
                if (!b->objectName().isEmpty())
                    buttons << b->objectName();
            QAbstractButton *b = answer == QLatin1String("cancel") ? box->button(QMessageBox::Cancel)
                                                                   : box->findChild<QAbstractButton *>(answer);
            QVERIFY2(b, qPrintable(answer));
            b->click();
        });
        QCOMPARE(seen, !answer.isEmpty());
        if (seen) {
            QVERIFY2(asked.startsWith(question), qPrintable(asked));
            QVERIFY2(asked.contains(QStringLiteral("stay in the folder")), qPrintable(asked));
            QCOMPARE(buttons.contains(QStringLiteral("clearOthers")), pinned.contains(false));
        }
        QCOMPARE(w.jobModel()->rowCount(), remaining);
        for (const QString &f : QDir(out.path()).entryList({QStringLiteral("*.mp3")}, QDir::Files))
            QVERIFY(QFile::exists(QDir(out.path()).filePath(f)));
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.mp3")}, QDir::Files).size(), pinned.size());  // files stay
    }

    // The bar as a new user sees it, in German, at the smallest and a large window size.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("de 800x600") << QStringLiteral("de") << QSize(800, 600);
        QTest::newRow("de 1600x1000") << QStringLiteral("de") << QSize(1600, 1000);
        QTest::newRow("en 800x600") << QString() << QSize(800, 600);
    }
    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral("tunedrop_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir profile, out;
        {
            auto env = openWindow(profile.path(), out.path(), -1, size);
            QVERIFY(env->window->retentionNotice()->isVisible());
            QTest::qWait(50);
            const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language.isEmpty() ? QStringLiteral("en") : language)
                                       .arg(size.width()).arg(size.height());
            QVERIFY(saveScreenshot(env->window.get(), QStringLiteral("firstrun-") + suffix));
        }
        {  // a finished row selected, after the answer: the toolbar's Keep Forever / Save a Copy
            QTemporaryDir profile2, out2;
            const QList<QUuid> ids = seedFinished(profile2.path(), out2.path(), {true, false}, 1);
            auto env = openWindow(profile2.path(), out2.path(), -1, size);
            QTest::mouseClick(env->window->retentionNotice()->findChild<QPushButton *>(QStringLiteral("retentionNoticeOk")),
                              Qt::LeftButton);
            selectJob(*env->window, ids[1]);
            QTest::qWait(50);
            const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language.isEmpty() ? QStringLiteral("en") : language)
                                       .arg(size.width()).arg(size.height());
            QVERIFY(saveScreenshot(env->window.get(), QStringLiteral("firstrun-finished-") + suffix));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
