// The window, offscreen, driving the real engine: the URL bar, multi-link paste, drops of every
// shape, the list following jobs, each action, the main thread staying responsive with 5,000
// jobs, and screenshots (build/tests/screenshots/) for a human to look at.
#include "AboutDialog.h"
#include "DropOverlay.h"
#include "CompositionRoot.h"
#include "JobActions.h"
#include "JobListModel.h"
#include "JobListView.h"
#include "MainWindow.h"
#include "MediaFixtures.h"
#include "PlayerBar.h"
#include "Screenshot.h"
#include "YtDlpNotice.h"
#include "queue/JobStore.h"
#include "transcode/LibraryVersions.h"
#include "web/WebServer.h"

#include <QtTest>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

class TestMainWindow : public QObject {
    Q_OBJECT

public slots:
    // QDesktopServices hands file:// URLs here instead of launching other programs.
    void openedUrl(const QUrl &url) { m_opened << url; }

private:
    QList<QUrl> m_opened;

    QTemporaryDir m_media;
    std::unique_ptr<MediaFixtures> m_fx;

    struct Env {
        QTemporaryDir profile;
        QTemporaryDir out;
        std::unique_ptr<CompositionRoot> root;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<Env> makeWindow(int workers = 2)
    {
        auto env = std::make_unique<Env>();
        CommandLineOptions options;
        options.profileDir = env->profile.path();
        options.outputDir = env->out.path();
        options.workers = workers;
        env->root = std::make_unique<CompositionRoot>(options);
        if (!env->root->isReady())
            qFatal("%s", qPrintable(env->root->error()));
        env->window = std::make_unique<MainWindow>(*env->root);
        env->window->resize(1000, 620);
        env->window->show();
        if (!QTest::qWaitForWindowExposed(env->window.get()))
            qFatal("window not exposed");
        return env;
    }

    QString media(const QString &name, double seconds, const QStringList &extra = {})
    {
        if (QFile::exists(m_fx->path(name)))
            return m_fx->path(name);
        QString error;
        const QString p = m_fx->make(name, MediaFixtures::stereoTones(seconds) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")} + extra, &error);
        if (p.isEmpty())
            qFatal("%s", qPrintable(error));
        return p;
    }

    static QString stateOf(MainWindow &w, int row)
    {
        return w.jobModel()->data(w.jobModel()->index(row, JobListModel::State)).toString();
    }

    static void shot(QWidget *w, const QString &name) { QVERIFY(test::saveScreenshot(w, name)); }

    static void selectRow(MainWindow &w, int sourceRow)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(w.jobView()->model());
        const QModelIndex idx = proxy->mapFromSource(w.jobModel()->index(sourceRow, 0));
        w.jobView()->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<MediaFixtures>(m_media.path());
    }

    void emptyWindowShowsTheHint()
    {
        auto env = makeWindow();
        QCOMPARE(env->window->jobModel()->rowCount(), 0);
        QCOMPARE(env->window->windowTitle(), QStringLiteral("TuneDrop"));
        QVERIFY(!env->window->windowIcon().isNull());
        shot(env->window.get(), QStringLiteral("mainwindow-empty.png"));
    }

    // Help ▸ About TuneDrop: the version and every component with its version, licence and origin.
    void aboutDialogListsComponentsAndLicences()
    {
        auto env = makeWindow();
        auto *about = env->window->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QPointer<AboutDialog> shown;
        bool opened = false;
        QTimer::singleShot(0, env->window.get(), [&shown, &opened] {
            shown = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            opened = shown;
            if (shown)
                shown->findChild<QTextBrowser *>(QStringLiteral("aboutComponents"))->resize(720, 320);
        });
        QTimer::singleShot(300, env->window.get(), [&shown] {
            if (AboutDialog *dialog = shown.data()) {
                shot(dialog, QStringLiteral("about.png"));
                dialog->reject();
            }
        });
        about->trigger();  // modal: returns when the timer closes it
        QVERIFY2(opened, "the About dialog did not open");
        const QString text = QTextDocumentFragment::fromHtml(AboutDialog::componentsHtml()).toPlainText();
        for (const QString &line : libraryVersions())  // "Qt 6.4.2", "LAME 3.100", ... as running
            for (const QString &part : line.split(QLatin1Char(' ')))
                QVERIFY2(text.contains(part), qPrintable(part));
        for (const char *expected : {"TuneDrop", "GPL-3.0-or-later", "LGPL-3.0-only", "LGPL-2.1-or-later", "LGPL-2.0-or-later",
                                     "MPL-1.1", "BSD-3-Clause", "QtKeychain", "yt-dlp", "Unlicense", "ffmpeg.org"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }

    // Alt+letter must reach one item per menu, in every language.
    void menuMnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"", "de", "es", "fr"})
            QTest::newRow(*l ? l : "en (source)") << QString::fromLatin1(l);
    }
    void menuMnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral("tunedrop_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        auto env = makeWindow();
        QCoreApplication::removeTranslator(&translator);
        QList<QList<QAction *>> menus{env->window->menuBar()->actions()};
        for (QAction *top : env->window->menuBar()->actions())
            if (top->menu())
                menus << top->menu()->actions();
        for (const QList<QAction *> &actions : std::as_const(menus)) {
            QMap<QChar, QString> used;
            for (QAction *a : actions) {
                const QString text = a->text();
                const qsizetype amp = text.indexOf(QLatin1Char('&'));
                if (a->isSeparator() || amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!used.contains(key), qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(used.value(key), text, key)));
                used.insert(key, text);
            }
        }
    }

    void urlBarAddsAndMultiLinkPasteAddsEach()
    {
        auto env = makeWindow();
        env->root->queue().pause();
        MainWindow &w = *env->window;
        QTest::keyClicks(w.urlBar(), media(QStringLiteral("typed.webm"), 1));
        QTest::keyClick(w.urlBar(), Qt::Key_Return);
        QCOMPARE(w.jobModel()->rowCount(), 1);
        QVERIFY(w.urlBar()->text().isEmpty());

        QApplication::clipboard()->setText(QStringLiteral("Two songs:\nhttps://example.com/a.mp3\nand https://www.youtube.com/watch?v=dQw4w9WgXcQ!"));
        w.urlBar()->setFocus();
        QTest::keySequence(w.urlBar(), QKeySequence::Paste);
        QCOMPARE(w.jobModel()->rowCount(), 3);
        QVERIFY(w.urlBar()->text().isEmpty());

        // Ctrl+V with the focus elsewhere adds the clipboard's links too.
        QApplication::clipboard()->setText(QStringLiteral("https://example.com/c.ogg https://example.com/d.flac"));
        w.jobView()->setFocus();
        QTest::keySequence(&w, QKeySequence::Paste);
        QCOMPARE(w.jobModel()->rowCount(), 5);

        // Something invalid is explained, not added.
        QTest::keyClicks(w.urlBar(), QStringLiteral("javascript:alert(1)"));
        QTest::keyClick(w.urlBar(), Qt::Key_Return);
        QCOMPARE(w.jobModel()->rowCount(), 5);
        QVERIFY(!w.statusBar()->currentMessage().isEmpty());
    }

    void dropsOfEveryShape_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("local files (text/uri-list)") << QStringLiteral("files") << 2;
        QTest::newRow("browser link (text/uri-list)") << QStringLiteral("url") << 1;
        QTest::newRow("firefox address bar (text/x-moz-url)") << QStringLiteral("moz") << 1;
        QTest::newRow("plain text with links") << QStringLiteral("text") << 2;
        QTest::newRow("page fragment (text/html)") << QStringLiteral("html") << 1;
        QTest::newRow("an image: refused") << QStringLiteral("image") << 0;
    }
    void dropsOfEveryShape()
    {
        QFETCH(QString, shape);
        QFETCH(int, expectedRows);
        auto env = makeWindow();
        env->root->queue().pause();
        MainWindow &w = *env->window;
        QMimeData mime;
        if (shape == QLatin1String("files")) {
            mime.setUrls({QUrl::fromLocalFile(media(QStringLiteral("drop-a.webm"), 1)), QUrl::fromLocalFile(media(QStringLiteral("drop-b.webm"), 1))});
        } else if (shape == QLatin1String("url")) {
            mime.setUrls({QUrl(QStringLiteral("https://youtu.be/dQw4w9WgXcQ"))});
        } else if (shape == QLatin1String("moz")) {
            const QString moz = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ\nA title");
            mime.setData(QStringLiteral("text/x-moz-url"), QByteArray(reinterpret_cast<const char *>(moz.utf16()), moz.size() * 2));
        } else if (shape == QLatin1String("text")) {
            mime.setText(QStringLiteral("https://example.com/1.mp3\nhttps://example.com/2.mp3"));
        } else if (shape == QLatin1String("html")) {
            mime.setHtml(QStringLiteral("<a href=\"https://example.com/song.m4a\">song</a>"));
        } else {
            mime.setImageData(QImage(4, 4, QImage::Format_RGB32));
        }
        const QPoint pos(w.width() / 2, w.height() / 2);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(w.dropOverlay()->isVisible());  // the highlight (or the explanation) shows
        if (shape == QLatin1String("files"))
            shot(&w, QStringLiteral("mainwindow-drag.png"));
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(!w.dropOverlay()->isVisible());
        QCOMPARE(w.jobModel()->rowCount(), expectedRows);
        if (expectedRows == 0)
            QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("not a link")));
    }

    void listFollowsJobsAndActionsWork()
    {
        auto env = makeWindow(2);
        MainWindow &w = *env->window;
        JobActions *a = w.actions();
        a->setRemoveChoiceForTesting(JobActions::RemoveChoice::DeleteFiles);
        w.addItems({media(QStringLiteral("Good song.webm"), 2, {QStringLiteral("-metadata"), QStringLiteral("title=Good song — 日本語 🎵")}),
                    m_media.filePath(QStringLiteral("missing.ogg")),
                    media(QStringLiteral("long.webm"), 600)});
        QCOMPARE(w.jobModel()->rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, 0), QStringLiteral("Done"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, 1), QStringLiteral("Failed"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, 2), QStringLiteral("Converting"), 30000);
        QCOMPARE(w.jobModel()->data(w.jobModel()->index(0, JobListModel::Title)).toString(), QStringLiteral("Good song — 日本語 🎵"));
        QVERIFY(w.jobModel()->data(w.jobModel()->index(1, 0), JobListModel::ErrorRole).toString().contains(QStringLiteral("does not exist")));
        QTRY_VERIFY_WITH_TIMEOUT(w.windowTitle().contains(QStringLiteral("%")), 10000);  // overall progress while working

        // Queued, cancelled and paused states for the screenshot.
        env->root->queue().pause();
        w.addItems({media(QStringLiteral("queued.webm"), 1)});
        selectRow(w, 1);
        QVERIFY(a->retry->isEnabled());
        QVERIFY(!a->play->isEnabled());
        selectRow(w, 0);
        QVERIFY(a->play->isEnabled() && a->open->isEnabled() && a->showInFolder->isEnabled());
        QVERIFY(!a->copyLanLink->isEnabled());  // the web server is off
        shot(&w, QStringLiteral("mainwindow-jobs.png"));

        // Open and Show in Folder ask the desktop to open the file and its folder.
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
        m_opened.clear();
        a->open->trigger();
        a->showInFolder->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        const QString output = w.jobModel()->data(w.jobModel()->index(0, 0), JobListModel::OutputPathRole).toString();
        QCOMPARE(m_opened, (QList<QUrl>{QUrl::fromLocalFile(output), QUrl::fromLocalFile(QFileInfo(output).absolutePath())}));

        // Copy LAN Download Link works once the web server is on.
        env->root->settings().setWebEnabled(true);
        a->updateEnabled();
        QVERIFY(a->copyLanLink->isEnabled());
        a->copyLanLink->trigger();
        const QString id = w.jobModel()->data(w.jobModel()->index(0, 0), JobListModel::JobIdRole).toUuid().toString(QUuid::WithoutBraces);
        QVERIFY2(QApplication::clipboard()->text().endsWith(QStringLiteral(":8080/download-music/") + id), qPrintable(QApplication::clipboard()->text()));
        env->root->settings().setWebEnabled(false);

        // Keep Forever pins the job; Save a Copy writes the MP3 elsewhere.
        QVERIFY(a->pin->isEnabled());
        a->pin->trigger();
        QVERIFY(env->root->queue().job(QUuid::fromString(id))->pinned);
        a->pin->trigger();
        QVERIFY(!env->root->queue().job(QUuid::fromString(id))->pinned);
        QTemporaryDir copies;
        a->setSaveCopyTargetForTesting(copies.filePath(QStringLiteral("copy.mp3")));
        a->saveCopy->trigger();
        QFile original(output), copy(copies.filePath(QStringLiteral("copy.mp3")));
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        // Play: the player gets the file.
        a->play->trigger();
        QCOMPARE(w.playerBar()->currentFile(), w.jobModel()->data(w.jobModel()->index(0, 0), JobListModel::OutputPathRole).toString());

        // Cancel the running one.
        selectRow(w, 2);
        QVERIFY(a->cancel->isEnabled());
        a->cancel->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, 2), QStringLiteral("Cancelled"), 5000);

        // Retry the failed one: it runs again (and fails again: the file is still missing).
        selectRow(w, 1);
        env->root->queue().resume();
        a->retry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, 1), QStringLiteral("Failed"), 10000);

        // Pause/resume via the action.
        a->pauseQueue->trigger();
        QVERIFY(env->root->queue().isPaused());
        a->pauseQueue->trigger();
        QVERIFY(!env->root->queue().isPaused());

        // Delete removes the selection (here: with its file).
        const QString file = w.jobModel()->data(w.jobModel()->index(0, 0), JobListModel::OutputPathRole).toString();
        w.playerBar()->stop();
        selectRow(w, 0);
        w.jobView()->setFocus();
        QTest::keyClick(w.jobView(), Qt::Key_Delete);
        QTRY_COMPARE(w.jobModel()->rowCount(), 3);
        QVERIFY(!QFile::exists(file));

        // Clear finished removes done jobs only.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, 2), QStringLiteral("Done"), 30000);  // "queued.webm"
        a->clearFinished->trigger();
        QCOMPARE(w.jobModel()->rowCount(), 2);
    }

    void mainThreadStaysResponsiveWith5000Jobs()
    {
        auto env = makeWindow(4);
        MainWindow &w = *env->window;
        QStringList running;
        for (int i = 0; i < 4; ++i)
            running << media(QStringLiteral("busy-%1.webm").arg(i), 600);
        w.addItems(running);
        QTRY_VERIFY_WITH_TIMEOUT(env->root->queue().runningCount() == 4, 20000);
        env->root->queue().pause();
        QStringList many;
        for (int i = 0; i < 5000; ++i)
            many << QStringLiteral("/nonexistent/tunedrop/%1.webm").arg(i);
        QElapsedTimer addTimer;
        addTimer.start();
        w.addItems(many);
        const qint64 addMs = addTimer.elapsed();
        QCOMPARE(w.jobModel()->rowCount(), 5004);
        QElapsedTimer firstEvents;
        firstEvents.start();
        QCoreApplication::processEvents();
        const qint64 settleMs = firstEvents.elapsed();

        // A 10 ms heartbeat on the main thread: the longest gap is the longest stall.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worst = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        heartbeat.start(10);
        QScrollBar *bar = w.jobView()->verticalScrollBar();
        for (int step = 0; step < 200; ++step) {  // scroll through the whole list and back
            bar->setValue(step < 100 ? bar->maximum() * step / 100 : bar->maximum() * (200 - step) / 100);
            if (step % 10 == 0)
                QTest::keyClicks(w.urlBar(), QStringLiteral("typing "));
            QTest::qWait(15);
        }
        heartbeat.stop();
        qInfo("first event pass after adding: %lld ms", settleMs);
        qInfo("adding 5,000 jobs took %lld ms; longest main-thread stall while scrolling and typing "
              "with 4 jobs converting: %lld ms (target: under 50 ms)", addMs, worst);
        QVERIFY(env->root->queue().runningCount() == 4);
        QVERIFY(worst < 1000);  // a hang detector only: the figure above is the measurement
        shot(&w, QStringLiteral("mainwindow-5000.png"));
        env->root->queue().shutdown();
    }

    // A list with a job in every state, for the README and for a human to check the look.
    void screenshotOfEveryState()
    {
        QTemporaryDir profile, out;
        const QString mp3 = m_fx->make(QStringLiteral("state-done.mp3"),
            MediaFixtures::stereoTones(30) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"), QStringLiteral("192k")});
        QVERIFY(!mp3.isEmpty());
        struct Row { JobState state; const char *title; const char *site; const char *input; const char *error; };
        const Row rows[] = {
            {JobState::Done, "Nina Simone — Feeling Good", "Youtube", "https://www.youtube.com/watch?v=D5Y11hwjMNs", ""},
            {JobState::Converting, "坂本龍一 — Merry Christmas Mr. Lawrence", "Youtube", "https://youtu.be/LGs_vGt0MY8", ""},
            {JobState::Downloading, "Los Ángeles Azules — Mis Sentimientos", "Vimeo", "https://vimeo.com/76979871", ""},
            {JobState::Resolving, "", "", "https://soundcloud.com/artist/track-name", ""},
            {JobState::Queued, "Podcast episode 42", "127.0.0.1", "http://192.168.1.20/podcast/ep42.m4a", ""},
            {JobState::Failed, "Private video", "Youtube", "https://www.youtube.com/watch?v=aaaaaaaaaaa",
             "This video is unavailable: it may be private or removed."},
            {JobState::Cancelled, "Live stream recording", "Twitch", "https://www.twitch.tv/videos/123456", "Cancelled."},
            {JobState::Expired, "Morning mix", "Mixcloud", "https://www.mixcloud.com/dj/morning-mix/", ""},
        };
        QList<Job> jobs;
        {
            JobStore store(QDir(profile.path()).filePath(QStringLiteral("jobs.db")));
            QVERIFY(store.open());
            int position = 0;
            for (const Row &r : rows) {
                Job j;
                j.id = QUuid::createUuid();
                j.input = QString::fromUtf8(r.input);
                j.key = j.input;
                j.title = QString::fromUtf8(r.title);
                j.site = QString::fromUtf8(r.site);
                j.outputDir = out.path();
                j.position = ++position;
                j.addedAt = QDateTime::currentDateTimeUtc().addSecs(-600 + position * 60);
                j.state = isActiveState(r.state) ? JobState::Queued : r.state;
                j.retryAt = QDateTime::currentDateTimeUtc().addSecs(3600);  // keep it from running here
                j.errorText = UserText::literal(QString::fromUtf8(r.error));
                j.errorCategory = j.errorMessage().isEmpty() ? ErrorCategory::None : ErrorCategory::NotFound;
                if (r.state == JobState::Done) {
                    j.outputPath = mp3;
                    j.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
                    j.progress = 1;
                }
                QVERIFY(store.save(j));
                j.state = r.state;
                jobs << j;
            }
        }
        CommandLineOptions options;
        options.profileDir = profile.path();
        options.outputDir = out.path();
        CompositionRoot root(options);
        QVERIFY(root.isReady());
        MainWindow w(root);
        w.resize(1100, 520);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Live states arrive as the queue reports them.
        for (Job j : jobs) {
            if (!isActiveState(j.state))
                continue;
            j.retryAt = {};
            j.progress = j.state == JobState::Converting ? 0.62 : j.state == JobState::Downloading ? 0.27 : 0;
            j.speed = j.state == JobState::Downloading ? 2.4e6 : 0;
            j.bytesDone = j.state == JobState::Downloading ? 5'400'000 : 0;
            j.bytesTotal = j.state == JobState::Downloading ? 20'000'000 : -1;
            j.etaSeconds = j.state == JobState::Converting ? 14 : j.state == JobState::Downloading ? 71 : -1;
            emit root.queue().jobChanged(j);
        }
        for (int i = 0; i < 8; ++i)
            QCOMPARE(stateOf(w, i), JobListModel::stateText(jobs[i].state));
        selectRow(w, 5);
        QTest::qWait(50);
        shot(&w, QStringLiteral("mainwindow-states.png"));
        root.queue().shutdown();
    }

    void everyControlHasAnAccessibleName()
    {
        auto env = makeWindow();
        QTRY_VERIFY(!env->window->ytDlpNotice()->isBusy());  // its bar, when shown, counts too
        QStringList unnamed;
        for (QWidget *w : env->window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            QString name = w->accessibleName();
            if (auto *b = qobject_cast<QAbstractButton *>(w); b && name.isEmpty())
                name = b->text();
            if (name.isEmpty() && !qobject_cast<QScrollBar *>(w) && !qobject_cast<QTabBar *>(w)
                && !w->inherits("QAbstractScrollArea") && !w->inherits("QMenuBar") && !w->inherits("QTreeView")
                && !w->inherits("QHeaderView"))
                unnamed << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(!env->window->jobView()->accessibleName().isEmpty());
        // Keyboard: Ctrl+L puts the focus in the link bar, Tab moves on to the buttons.
        env->window->jobView()->setFocus();
        QTest::keyClick(env->window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(env->window->urlBar()->hasFocus());
    }

    void webServerFollowsTheSettingsLive()
    {
        auto env = makeWindow();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(!env->root->webServer());
        env->root->settings().setWebEnabled(true);
        env->root->settings().setWebPort(port);
        env->window->applySettings();
        QVERIFY2(env->root->webServer(), qPrintable(env->root->webError()));
        QCOMPARE(env->root->webServer()->port(), port);
        QVERIFY(env->window->statusBar()->currentMessage().contains(QString::number(port)));
        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        env->root->settings().setWebEnabled(false);
        env->window->applySettings();
        QVERIFY(!env->root->webServer());
    }

    void layoutIsRestored()
    {
        QTemporaryDir profile;
        CommandLineOptions options;
        options.profileDir = profile.path();
        {
            CompositionRoot root(options);
            MainWindow w(root);
            w.resize(777, 555);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // Progress: a column that never gives way for room (JobColumnLayout), so its width shows.
            w.jobView()->header()->resizeSection(JobListModel::Progress, 211);
            w.close();
        }
        CompositionRoot root(options);
        MainWindow w(root);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(777, 555));
        QCOMPARE(w.jobView()->header()->sectionSize(JobListModel::Progress), 211);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
