// The window while the queue is paused (issue 13 item 12): the Pause/Resume action shows what
// it does (pause icon on "Pause Queue", play icon on "Resume Queue"), the status bar says
// "Queue paused", a running row says "Paused" with no speed or ETA; screenshots at 800×600 and
// 1600×1000, in English and German (build/tests/screenshots/).
#include "CompositionRoot.h"
#include "JobActions.h"
#include "JobListModel.h"
#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "MediaFixtures.h"
#include "Screenshot.h"

#include <QtTest>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

namespace {

bool sameIcon(const QIcon &a, QStyle::StandardPixmap pixmap)
{
    const QIcon b = QApplication::style()->standardIcon(pixmap);
    return a.pixmap(16).toImage() == b.pixmap(16).toImage();
}

}  // namespace

class TestPauseWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;
    QString m_wav;

    struct Env {
        QTemporaryDir profile;
        QTemporaryDir out;
        std::unique_ptr<CompositionRoot> root;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<Env> makeWindow()
    {
        auto env = std::make_unique<Env>();
        CommandLineOptions options;
        options.profileDir = env->profile.path();
        options.outputDir = env->out.path();
        options.workers = 1;
        env->root = std::make_unique<CompositionRoot>(options);
        if (!env->root->isReady())
            qFatal("%s", qPrintable(env->root->error()));
        env->window = std::make_unique<MainWindow>(*env->root);
        env->window->resize(800, 600);
        env->window->show();
        if (!QTest::qWaitForWindowExposed(env->window.get()))
            qFatal("window not exposed");
        return env;
    }

    static QString cell(MainWindow &w, int row, int column)
    {
        return w.jobModel()->data(w.jobModel()->index(row, column)).toString();
    }

    static QLabel *pausedLabel(MainWindow &w)
    {
        return w.statusBar()->findChild<QLabel *>(QStringLiteral("queuePausedLabel"));
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<MediaFixtures>(m_media.path());
        QString error;
        m_wav = m_fx->make(QStringLiteral("Slow Song.wav"), MediaFixtures::musicLike(20), &error);
        QVERIFY2(!m_wav.isEmpty(), qPrintable(error));
        QVERIFY(QFile::copy(m_wav, m_fx->path(QStringLiteral("Next Song.wav"))));
    }

    // The action's text, icon and tooltip follow the queue, whichever way it was paused.
    void actionShowsWhatItDoes_data()
    {
        QTest::addColumn<bool>("paused");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("icon");
        QTest::newRow("running") << false << QStringLiteral("P&ause Queue") << int(QStyle::SP_MediaPause);
        QTest::newRow("paused") << true << QStringLiteral("Resume &Queue") << int(QStyle::SP_MediaPlay);
    }
    void actionShowsWhatItDoes()
    {
        QFETCH(bool, paused);
        QFETCH(QString, text);
        QFETCH(int, icon);
        auto env = makeWindow();
        QAction *action = env->window->actions()->pauseQueue;
        if (paused)
            action->trigger();  // Ctrl+P, the toolbar, the menu and the tray all trigger it
        QCOMPARE(env->root->queue().isPaused(), paused);
        QCOMPARE(action->text(), text);
        QVERIFY(sameIcon(action->icon(), QStyle::StandardPixmap(icon)));
        QVERIFY(!action->toolTip().contains(QStringLiteral("running ones finish")));  // no longer true
        QVERIFY(!action->isChecked());
        QLabel *label = pausedLabel(*env->window);
        QVERIFY(label);
        QCOMPARE(label->isVisible(), paused);
        QCOMPARE(label->text(), QStringLiteral("Queue paused"));

        // Paused from elsewhere (the web, a command): the same look.
        if (paused)
            env->root->queue().resume();
        else
            env->root->queue().pause();
        QCOMPARE(action->text(), paused ? QStringLiteral("P&ause Queue") : QStringLiteral("Resume &Queue"));
        QVERIFY(sameIcon(action->icon(), paused ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        QCOMPARE(label->isVisible(), !paused);
    }

    // A running download's row says "Paused" with no speed or ETA, and goes on after resume.
    void runningRowSaysPaused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pausedText");
        QTest::newRow("en") << QString() << QStringLiteral("Paused");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Angehalten");
    }
    void runningRowSaysPaused()
    {
        QFETCH(QString, language);
        QFETCH(QString, pausedText);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral("tunedrop_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        LocalHttpServer server(m_media.path());
        LocalHttpServer::Fault slow;
        slow.chunkDelayMs = 60;  // ~1 MB/s: four seconds for the whole file
        server.setFault(QStringLiteral("Slow Song.wav"), slow);
        auto env = makeWindow();
        MainWindow &w = *env->window;
        JobQueue &queue = env->root->queue();
        const QUuid running = queue.add(server.url(QStringLiteral("Slow Song.wav"))).id;
        queue.add(server.url(QStringLiteral("Next Song.wav")));  // waits: one worker
        // Paused a little way in, while bytes arrive (speed shown).
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(running)->progress > 0.15
                                     && !cell(w, w.jobModel()->rowOf(running), JobListModel::Speed).isEmpty(),
                                 30000);
        const int row = w.jobModel()->rowOf(running);

        w.actions()->pauseQueue->trigger();
        QCOMPARE(cell(w, row, JobListModel::State), pausedText);
        QVERIFY(cell(w, row, JobListModel::Speed).isEmpty());
        QVERIFY(cell(w, row, JobListModel::Eta).isEmpty());
        QVERIFY(w.jobModel()->data(w.jobModel()->index(row, 0), JobListModel::PausedRole).toBool());
        QCOMPARE(cell(w, 1 - row, JobListModel::State), JobListModel::stateText(JobState::Queued));
        QVERIFY(pausedLabel(w)->isVisible());
        QTest::qWait(300);  // later progress reports must not bring speed or ETA back
        QVERIFY(cell(w, row, JobListModel::Speed).isEmpty());
        QCOMPARE(cell(w, row, JobListModel::State), pausedText);

        const QString suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
        QVERIFY(saveScreenshot(&w, QStringLiteral("pause-window%1-800x600.png").arg(suffix)));
        w.resize(1600, 1000);
        QTest::qWait(50);
        QVERIFY(saveScreenshot(&w, QStringLiteral("pause-window%1-1600x1000.png").arg(suffix)));
        QCoreApplication::removeTranslator(&translator);

        w.actions()->pauseQueue->trigger();
        QVERIFY(!pausedLabel(w)->isVisible());
        QVERIFY(cell(w, row, JobListModel::State) != JobListModel::pausedText());
        QTRY_COMPARE_WITH_TIMEOUT(queue.job(running)->state, JobState::Done, 60000);
    }
};

QTEST_MAIN(TestPauseWindow)
#include "tst_pausewindow.moc"
