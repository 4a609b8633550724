// The window from the keyboard (issue 13 item 17): Alt+F opens the File menu (no button takes
// its letter, in any language), Ctrl+O is Open Files… and Ctrl+Return opens the selected MP3,
// no two commands share a shortcut, and the focus ring is plain to see in Fusion.
#include "CompositionRoot.h"
#include "FocusFrameStyle.h"
#include "JobActions.h"
#include "JobListModel.h"
#include "JobListView.h"
#include "MainWindow.h"
#include "MediaFixtures.h"
#include "Screenshot.h"

#include <QDesktopServices>
#include <QtTest>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

class TestKeyboard : public QObject {
    Q_OBJECT

public slots:
    void openedUrl(const QUrl &url) { m_opened << url; }

private:
    QList<QUrl> m_opened;

    struct Env {
        QTemporaryDir profile;
        QTemporaryDir out;
        std::unique_ptr<CompositionRoot> root;
        std::unique_ptr<MainWindow> window;
    };

    static std::unique_ptr<Env> makeWindow(const QString &language = QString())
    {
        QTranslator translator;
        if (!language.isEmpty()) {
            if (!translator.load(QStringLiteral("tunedrop_") + language, QStringLiteral(":/i18n")))
                qFatal("no %s translation", qPrintable(language));
            QCoreApplication::installTranslator(&translator);
        }
        auto env = std::make_unique<Env>();
        CommandLineOptions options;
        options.profileDir = env->profile.path();
        options.outputDir = env->out.path();
        env->root = std::make_unique<CompositionRoot>(options);
        if (!env->root->isReady())
            qFatal("%s", qPrintable(env->root->error()));
        env->root->queue().pause();
        env->window = std::make_unique<MainWindow>(*env->root);
        QCoreApplication::removeTranslator(&translator);
        env->window->resize(800, 600);
        env->window->show();
        if (!QTest::qWaitForWindowExposed(env->window.get()))
            qFatal("window not exposed");
        QApplication::setActiveWindow(env->window.get());
        return env;
    }

    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size(); i = text.indexOf(QLatin1Char('&'), i + 2))
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
        return {};
    }

    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"", "de", "es", "fr"})
            QTest::newRow(*l ? l : "en (source)") << QString::fromLatin1(l);
    }

    // How many pixels of a line are (nearly) the highlight colour.
    static double highlightShare(const QImage &image, int y, int x0, int x1, const QColor &highlight)
    {
        int near = 0;
        for (int x = x0; x < x1; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - highlight.red()) + std::abs(c.green() - highlight.green()) + std::abs(c.blue() - highlight.blue()) < 40)
                ++near;
        }
        return x1 > x0 ? double(near) / (x1 - x0) : 0;
    }

    static double bestRingShare(const QImage &image, int top, int x0, int x1, const QColor &highlight)
    {
        double best = 0;
        for (int y = std::max(0, top - 1); y <= top + 3 && y < image.height(); ++y)
            best = std::max(best, highlightShare(image, y, x0, x1, highlight));
        return best;
    }

private slots:
    void initTestCase() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl"); }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    // Alt+<the File menu's letter> opens the menu; it does not focus a button with the same letter.
    void altLetterOpensTheFileMenu_data() { languages(); }
    void altLetterOpensTheFileMenu()
    {
        QFETCH(QString, language);
        auto env = makeWindow(language);
        MainWindow &w = *env->window;
        QAction *fileTop = w.menuBar()->actions().first();
        QVERIFY(fileTop->menu());
        const QChar letter = mnemonic(fileTop->text());
        QVERIFY(!letter.isNull());
        w.jobView()->setFocus();
        QTest::keyClick(&w, Qt::Key(letter.toUpper().unicode()), Qt::AltModifier);
        QTRY_VERIFY2(fileTop->menu()->isVisible(), qPrintable(QStringLiteral("Alt+%1 did not open %2").arg(letter, fileTop->text())));
        fileTop->menu()->hide();
    }

    // Alt+letter is one thing per window: the menu bar's titles and the visible buttons.
    void noMnemonicClashInTheWindow_data() { languages(); }
    void noMnemonicClashInTheWindow()
    {
        QFETCH(QString, language);
        auto env = makeWindow(language);
        MainWindow &w = *env->window;
        QMap<QChar, QString> used;
        QStringList texts;
        for (QAction *top : w.menuBar()->actions())
            texts << top->text();
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
            if (b->isVisible())
                texts << b->text();
        for (const QString &text : std::as_const(texts)) {
            const QChar key = mnemonic(text);
            if (key.isNull())
                continue;
            QVERIFY2(!used.contains(key), qPrintable(QStringLiteral("“%1” and “%2” share Alt+%3").arg(used.value(key), text, key)));
            used.insert(key, text);
        }
    }

    // Every shortcut of the window reaches one command.
    void noDuplicateShortcuts()
    {
        auto env = makeWindow();
        MainWindow &w = *env->window;
        QSet<QAction *> actions;
        for (QAction *a : w.findChildren<QAction *>())
            actions.insert(a);
        for (QAction *a : w.QWidget::actions() + w.jobView()->actions())
            actions.insert(a);
        QMap<QString, QString> owner;
        for (QAction *a : std::as_const(actions))
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString(QKeySequence::PortableText);
                QVERIFY2(!owner.contains(key), qPrintable(QStringLiteral("%1: “%2” and “%3”").arg(key, owner.value(key), a->text())));
                owner.insert(key, a->text());
            }
        for (QShortcut *s : w.findChildren<QShortcut *>()) {
            const QString key = s->key().toString(QKeySequence::PortableText);
            QVERIFY2(!owner.contains(key), qPrintable(QStringLiteral("%1: “%2” and a QShortcut").arg(key, owner.value(key))));
            owner.insert(key, QStringLiteral("QShortcut"));
        }
        QCOMPARE(owner.value(QKeySequence(QKeySequence::Open).toString(QKeySequence::PortableText)),
                 w.findChild<QAction *>(QStringLiteral("openFilesAction"))->text());
        QCOMPARE(w.actions()->open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    }

    // Ctrl+O asks for files to convert, whatever is selected.
    void ctrlOOpensFiles()
    {
        auto env = makeWindow();
        MainWindow &w = *env->window;
        bool asked = false;
        QTimer::singleShot(0, &w, [&asked] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->reject();
            }
        });
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(asked);
    }

    // Ctrl+Return opens the selected MP3 with the default application (as Open File does).
    void ctrlReturnOpensTheSelectedMp3()
    {
        QTemporaryDir media;
        MediaFixtures fx(media.path());
        QString error;
        const QString mp3 = fx.make(QStringLiteral("open-me.mp3"),
                                    MediaFixtures::monoTone(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libmp3lame")}, &error);
        QVERIFY2(!mp3.isEmpty(), qPrintable(error));
        auto env = makeWindow();
        MainWindow &w = *env->window;
        w.addItems({mp3});
        Job done = w.jobModel()->jobAt(0) ? *w.jobModel()->jobAt(0) : Job{};
        done.state = JobState::Done;
        done.outputPath = mp3;
        emit env->root->queue().jobChanged(done);
        w.selectJob(done.id);
        w.actions()->updateEnabled();
        m_opened.clear();
        w.jobView()->setFocus();
        QTest::keyClick(w.jobView(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first().toLocalFile(), mp3);
    }

    // Tab to a button, or into the list: a 2-pixel ring in the highlight colour, not Fusion's tint.
    void focusRingIsVisible()
    {
        auto env = makeWindow();
        MainWindow &w = *env->window;
        w.addItems({QStringLiteral("https://example.com/one.mp3"), QStringLiteral("https://example.com/two.mp3")});
        QPushButton *add = nullptr;
        for (QPushButton *b : w.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Add"))
                add = b;
        QVERIFY(add);
        w.urlBar()->setFocus();
        QTest::keyClick(w.urlBar(), Qt::Key_Tab);  // a real Tab: styles show focus only after one
        QTRY_VERIFY(add->hasFocus());
        const QColor highlight = add->palette().color(QPalette::Active, QPalette::Highlight);
        const QImage button = add->grab().toImage();
        const double buttonShare = bestRingShare(button, 0, 4, button.width() - 4, highlight);
        QVERIFY2(buttonShare > 0.8, qPrintable(QString::number(buttonShare)));

        // The list's current row (not selected, so the ring is not hidden in the selection colour).
        JobListView *view = w.jobView();
        view->setFocus(Qt::TabFocusReason);
        view->selectionModel()->clearSelection();
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0), QItemSelectionModel::NoUpdate);
        QTRY_VERIFY(view->hasFocus());
        const QRect row = view->visualRect(view->model()->index(0, 0));
        const QImage list = view->viewport()->grab().toImage();
        const double rowShare = bestRingShare(list, row.top(), 4, std::min(list.width(), view->header()->length()) - 4, highlight);
        QVERIFY2(rowShare > 0.8, qPrintable(QString::number(rowShare)));
        QVERIFY(saveScreenshot(&w, QStringLiteral("keyboard-focus-ring.png")));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
