// What a new user is told about the retention purge (issue 13 item 8) and two smaller window
// fixes (item 18): the one-time first-run choice (delete after 8 h, preselected, or keep), the
// status bar and the empty list saying which applies, Keep Forever and Save a Copy one click
// from a finished row, Clear Finished asking before it drops kept jobs, and Show in Folder
// falling back to opening the folder, then saying why. Offscreen, the real engine; finished
// jobs are seeded in the profile's job list, so nothing converts here.
#include "Engine.h"
#include "FolderOpener.h"
#include "JobActions.h"
#include "JobDetailsPane.h"
#include "JobListModel.h"
#include "JobListView.h"
#include "MainWindow.h"
#include "RetentionLabel.h"
#include "RetentionNotice.h"
#include "Screenshot.h"
#include "library/FileIdentity.h"
#include "library/RetentionPurger.h"
#include "queue/JobStore.h"

#include <QtTest>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusConnectionInterface>
#include <QDesktopServices>
#include <QtWidgets>

using namespace tunedrop;

// A file manager on the session bus, on its own connection: a real D-Bus round trip.
class FakeFileManager : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")
public:
    explicit FakeFileManager(const QDBusConnection &bus) : m_bus(bus) {}
    bool fail = false;
    QStringList shown;

public slots:
    void ShowItems(const QStringList &uris, const QString &startupId, const QDBusMessage &message)
    {
        Q_UNUSED(startupId);
        if (fail) {
            message.setDelayedReply(true);
            m_bus.send(message.createErrorReply(QDBusError::Failed, QStringLiteral("cannot show")));
            return;
        }
        shown = uris;
    }

private:
    QDBusConnection m_bus;
};

class TestFirstRun : public QObject {
    Q_OBJECT

public slots:
    void openedUrl(const QUrl &url) { m_opened << url; }  // QDesktopServices, instead of a program

private:
    QList<QUrl> m_opened;
    QTranslator m_english;

    struct Env {
        std::unique_ptr<Engine> engine;
        std::unique_ptr<MainWindow> window;
        JobActions *actions() const { return window->actions(); }
    };

    static std::unique_ptr<Env> open(const QString &profile, const QString &out, int retentionOverride = -1,
                                     QSize size = QSize(1000, 620))
    {
        auto env = std::make_unique<Env>();
        CommandLineOptions options;
        options.profileDir = profile;
        options.outputDir = out;
        options.workers = 1;
        options.retentionHours = retentionOverride;
        env->engine = std::make_unique<Engine>(options);
        if (!env->engine->isReady())
            qFatal("%s", qPrintable(env->engine->error()));
        env->window = std::make_unique<MainWindow>(*env->engine);
        env->window->resize(size);
        env->window->show();
        if (!QTest::qWaitForWindowExposed(env->window.get()))
            qFatal("window not exposed");
        return env;
    }

    // Finished jobs in the profile's job list, each with a real file recorded as TuneDrop's.
    static QList<QUuid> seedFinished(const QString &profile, const QString &out, const QList<bool> &pinned,
                                     int queued = 0)
    {
        QList<QUuid> ids;
        JobStore store(QDir(profile).filePath(QStringLiteral("jobs.db")));
        if (!store.open())
            qFatal("job store");
        int position = 0;
        auto base = [&](const QString &name) {
            Job j;
            j.id = QUuid::createUuid();
            j.input = QStringLiteral("https://example.org/") + name;
            j.key = j.input;
            j.title = name;
            j.outputDir = out;
            j.position = ++position;
            j.addedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + position);
            return j;
        };
        for (int i = 0; i < pinned.size(); ++i) {
            Job j = base(QStringLiteral("song %1").arg(i));
            j.outputPath = QDir(out).filePath(QStringLiteral("song %1.mp3").arg(i));
            QFile f(j.outputPath);
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(2048, 'm')) != 2048)
                qFatal("cannot write %s", qPrintable(j.outputPath));
            f.close();
            const FileIdentity identity = FileIdentity::of(j.outputPath);
            j.outputSize = identity.size;
            j.outputInode = identity.inode;
            j.outputModified = identity.modified;
            j.state = JobState::Done;
            j.progress = 1;
            j.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);  // well inside 8 h
            j.pinned = pinned[i];
            if (!store.save(j))
                qFatal("save");
            ids << j.id;
        }
        for (int i = 0; i < queued; ++i) {
            Job j = base(QStringLiteral("waiting %1").arg(i));
            j.state = JobState::Queued;
            j.retryAt = QDateTime::currentDateTimeUtc().addSecs(3600);  // keeps it from running here
            if (!store.save(j))
                qFatal("save");
            ids << j.id;
        }
        return ids;
    }

    static void select(MainWindow &w, const QUuid &id)
    {
        w.selectJob(id);
        QCOMPARE(w.jobView()->currentIndex().data(JobListModel::JobIdRole).toUuid(), id);
    }

    static QString expiresText(MainWindow &w, int row)
    {
        return w.jobModel()->data(w.jobModel()->index(row, JobListModel::Expires)).toString();
    }

    // Answers the next modal message box from inside its exec(): `answer` gets the box and
    // clicks one of its buttons. Returns whether a box appeared by the time `run` returned.
    template <typename Run>
    static bool answerMessageBox(Run run, std::function<void(QMessageBox *)> answer)
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                poll.stop();
                seen = true;
                answer(box);
            }
        });
        poll.start();
        run();
        poll.stop();
        return seen;
    }

    static QString shownText(QMessageBox *box) { return box->text() + QLatin1Char('\n') + box->informativeText(); }

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
            auto env = open(profile.path(), out.path());
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
            QCOMPARE(w.retentionLabel()->text(), QStringLiteral("MP3s are deleted 8 h after conversion"));
            QCOMPARE(env->engine->purger().retentionHours(), 8);
            QVERIFY(!env->engine->settings().retentionChoiceMade());

            if (keep)
                QTest::mouseClick(keepChoice, Qt::LeftButton);
            QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("retentionNoticeOk")), Qt::LeftButton);
            QVERIFY(!notice->isVisible());
            QCOMPARE(env->engine->settings().retentionHours(), hours);
            QCOMPARE(env->engine->purger().retentionHours(), hours);
            QCOMPARE(w.retentionLabel()->text(), status);
            QCOMPARE(expiresText(w, 0) == QStringLiteral("never"), keep);  // the Expires column follows
            QVERIFY(w.jobView()->emptyHint().endsWith(RetentionLabel::emptyStateText(hours)));
        }
        // The next start: no question, the same answer everywhere.
        auto env = open(profile.path(), out.path());
        QVERIFY(!env->window->retentionNotice()->isVisible());
        QVERIFY(env->engine->settings().retentionChoiceMade());
        QCOMPARE(env->engine->purger().retentionHours(), hours);
        QCOMPARE(env->window->retentionLabel()->text(), status);
    }

    // Closed without an answer: asked again at the next start (nothing was chosen).
    void unansweredIsAskedAgain()
    {
        QTemporaryDir profile, out;
        open(profile.path(), out.path()).reset();
        auto env = open(profile.path(), out.path());
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
        auto env = open(profile.path(), out.path(), override);
        QVERIFY(!env->window->retentionNotice()->isVisible());
        QCOMPARE(env->window->retentionLabel()->text(), status);
        QCOMPARE(env->engine->purger().retentionHours(), hours);
        QVERIFY(env->window->jobView()->emptyHint().endsWith(RetentionLabel::emptyStateText(hours)));
        QCOMPARE(env->engine->settings().retentionHours(), storedHours);  // the command line is for this run only
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
        auto env = open(profile.path(), out.path(), hours);
        QCOMPARE(env->window->jobModel()->rowCount(), 0);
        const QString hint = env->window->jobView()->emptyHint();
        QVERIFY2(hint.startsWith(QStringLiteral("Paste or drop a link here")), qPrintable(hint));
        QVERIFY2(hint.endsWith(QStringLiteral("\n\n") + sentence), qPrintable(hint));
    }

    // "Keep forever" chosen in the Settings dialog while the bar is up answers it too.
    void settingsDialogAnswersTheQuestion()
    {
        QTemporaryDir profile, out;
        auto env = open(profile.path(), out.path());
        QVERIFY(env->window->retentionNotice()->isVisible());
        env->engine->settings().setRetentionHours(0);
        env->window->applySettings();  // what the dialog's OK does
        QVERIFY(!env->window->retentionNotice()->isVisible());
        QVERIFY(env->engine->settings().retentionChoiceMade());
        QCOMPARE(env->window->retentionLabel()->text(), QStringLiteral("MP3s are kept"));
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
        auto env = open(profile.path(), out.path(), -1, size);
        MainWindow &w = *env->window;
        QToolButton *keepButton = w.detailsPane()->buttonFor(env->actions()->pin);
        QToolButton *saveButton = w.detailsPane()->buttonFor(env->actions()->saveCopy);
        QVERIFY2(keepButton && saveButton, "no Keep Forever / Save a Copy buttons beside the details");
        QVERIFY(keepButton->isVisible() && saveButton->isVisible());
        QVERIFY(w.rect().contains(QRect(keepButton->mapTo(&w, QPoint()), keepButton->size())));
        QVERIFY(w.rect().contains(QRect(saveButton->mapTo(&w, QPoint()), saveButton->size())));

        select(w, ids[1]);  // still queued: nothing to keep or copy
        QVERIFY(!keepButton->isEnabled() && !saveButton->isEnabled());

        select(w, ids[0]);
        QVERIFY(keepButton->isEnabled() && saveButton->isEnabled());
        QTest::mouseClick(keepButton, Qt::LeftButton);
        QVERIFY(env->engine->queue().job(ids[0])->pinned);
        QVERIFY(keepButton->isChecked());
        QCOMPARE(expiresText(w, 0), JobListModel::tr("kept"));

        const QString target = copies.filePath(QStringLiteral("copy.mp3"));
        env->actions()->setSaveCopyTargetForTesting(target);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QFile copy(target), original(env->engine->queue().job(ids[0])->outputPath);
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
        auto env = open(profile.path(), out.path());
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

    // Show in Folder: the file manager first (the file selected), then the folder opened
    // directly, then a message saying why.
    void showInFolderFallsBack_data()
    {
        QTest::addColumn<bool>("fileManager");     // FileManager1 takes the request
        QTest::addColumn<bool>("later");           // its failure arrives from the event loop
        QTest::addColumn<int>("openUrl");          // -1: the real QDesktopServices (handler), 0 fails, 1 works
        QTest::addColumn<bool>("removeFolder");
        QTest::addColumn<bool>("folderOpened");    // QDesktopServices / the injected opener was asked
        QTest::addColumn<QString>("message");      // the start of the warning, "" = none
        QTest::newRow("file manager") << true << false << 1 << false << false << QString();
        // The real session bus (none, or one without FileManager1, as here): the folder opens.
        QTest::newRow("real D-Bus, no file manager") << false << false << -1 << false << true << QString();
        QTest::newRow("no file manager: QDesktopServices") << false << false << -1 << false << true << QString();
        QTest::newRow("D-Bus error later: folder opened") << false << true << 1 << false << true << QString();
        QTest::newRow("nothing opens it: says why") << false << false << 0 << false << true
                                                    << QStringLiteral("No file manager could open ");
        QTest::newRow("folder gone: says so") << false << true << 1 << true << false << QStringLiteral("The folder ");
    }
    void showInFolderFallsBack()
    {
        QFETCH(bool, fileManager);
        QFETCH(bool, later);
        QFETCH(int, openUrl);
        QFETCH(bool, removeFolder);
        QFETCH(bool, folderOpened);
        QFETCH(QString, message);
        QTemporaryDir profile, root;
        const QString out = QDir(root.path()).filePath(QStringLiteral("Music"));
        QVERIFY(QDir().mkpath(out));
        const QList<QUuid> ids = seedFinished(profile.path(), out, {false});
        auto env = open(profile.path(), out);
        FolderOpener *opener = env->actions()->folderOpener();
        const bool realBus = QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("real D-Bus"));
        if (realBus && QDBusConnection::sessionBus().isConnected()
            && QDBusConnection::sessionBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.FileManager1")))
            QSKIP("a file manager owns org.freedesktop.FileManager1 on this session bus");
        QStringList askedFor;
        if (!realBus)
            opener->setShowItems([&](const QStringList &urls, std::function<void(bool)> done) {
                askedFor = urls;
                if (later)
                    QTimer::singleShot(0, opener, [done, fileManager] { done(fileManager); });
                else
                    done(fileManager);
            });
        m_opened.clear();
        if (openUrl >= 0)
            opener->setOpenUrl([this, openUrl](const QUrl &url) {
                m_opened << url;
                return openUrl == 1;
            });
        else
            QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
        select(*env->window, ids[0]);
        const QString file = env->engine->queue().job(ids[0])->outputPath;
        if (removeFolder)
            QVERIFY(QDir(out).removeRecursively());
        QString warning;
        const bool seen = answerMessageBox(
            [&] {
                env->actions()->showInFolder->trigger();
                QTest::qWait(50);  // a later D-Bus answer and its fallback
            },
            [&](QMessageBox *box) {
                warning = box->text();
                box->button(QMessageBox::Ok)->click();
            });
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        if (!realBus)
            QCOMPARE(askedFor, QStringList{QUrl::fromLocalFile(file).toString()});
        QCOMPARE(m_opened.contains(QUrl::fromLocalFile(out)), folderOpened);
        if (fileManager)
            QVERIFY(m_opened.isEmpty());
        QCOMPARE(seen, !message.isEmpty());
        if (seen) {
            QVERIFY2(warning.startsWith(message), qPrintable(warning));
            QVERIFY2(warning.contains(QDir::toNativeSeparators(out)), qPrintable(warning));
        }
    }

    // The real D-Bus call: FileManager1 takes the request, or answers an error and the folder
    // is opened instead. Needs a session bus (main() provides a private one).
    void showInFolderUsesFileManager1_data()
    {
        QTest::addColumn<bool>("fail");
        QTest::newRow("shown") << false;
        QTest::newRow("error reply: folder opened") << true;
    }
    void showInFolderUsesFileManager1()
    {
        QFETCH(bool, fail);
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (dbus-run-session is missing)");
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fakeFileManager"));
        FakeFileManager fake(bus);
        fake.fail = fail;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/FileManager1"), &fake, QDBusConnection::ExportAllSlots));
        QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.FileManager1")), qPrintable(bus.lastError().message()));
        QTemporaryDir profile, out;
        const QList<QUuid> ids = seedFinished(profile.path(), out.path(), {false});
        {
            auto env = open(profile.path(), out.path());
            m_opened.clear();
            QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
            select(*env->window, ids[0]);
            env->actions()->showInFolder->trigger();
            const QString file = env->engine->queue().job(ids[0])->outputPath;
            if (fail)
                QTRY_COMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(out.path())});
            else
                QTRY_COMPARE(fake.shown, QStringList{QUrl::fromLocalFile(file).toString()});
            QTest::qWait(50);
            QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
            QCOMPARE(m_opened.isEmpty(), !fail);
        }
        bus.unregisterService(QStringLiteral("org.freedesktop.FileManager1"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/FileManager1"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fakeFileManager"));
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
            auto env = open(profile.path(), out.path(), -1, size);
            QVERIFY(env->window->retentionNotice()->isVisible());
            QTest::qWait(50);
            const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language.isEmpty() ? QStringLiteral("en") : language)
                                       .arg(size.width()).arg(size.height());
            QVERIFY(test::saveScreenshot(env->window.get(), QStringLiteral("firstrun-") + suffix));
        }
        {  // a finished row selected, after the answer: the toolbar's Keep Forever / Save a Copy
            QTemporaryDir profile2, out2;
            const QList<QUuid> ids = seedFinished(profile2.path(), out2.path(), {true, false}, 1);
            auto env = open(profile2.path(), out2.path(), -1, size);
            QTest::mouseClick(env->window->retentionNotice()->findChild<QPushButton *>(QStringLiteral("retentionNoticeOk")),
                              Qt::LeftButton);
            select(*env->window, ids[1]);
            QTest::qWait(50);
            const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language.isEmpty() ? QStringLiteral("en") : language)
                                       .arg(size.width()).arg(size.height());
            QVERIFY(test::saveScreenshot(env->window.get(), QStringLiteral("firstrun-finished-") + suffix));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

// The tests run inside a private D-Bus session (never the user's) when dbus-run-session exists.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("TUNEDROP_FIRSTRUN_BUS")) {
        QCoreApplication probe(argc, argv);
        const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (!runner.isEmpty()) {
            qputenv("TUNEDROP_FIRSTRUN_BUS", "1");
            QStringList args{QStringLiteral("--"), QCoreApplication::applicationFilePath()};
            args << QCoreApplication::arguments().mid(1);
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(runner, args);
            if (child.waitForStarted() && child.waitForFinished(-1) && child.exitStatus() == QProcess::NormalExit)
                return child.exitCode();
            return 1;
        }
    }
    QApplication app(argc, argv);
    TestFirstRun test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_firstrun.moc"
