// What the window says when something is added (issue 13 item 13): a link already listed
// selects its row and says so; new rows come into view from the bar, a second instance and
// Open Files…; the lines of a paste that hold no link are reported; text that is not a link
// stays in the bar, marked, instead of being erased.
#include "CompositionRoot.h"
#include "JobListModel.h"
#include "JobListView.h"
#include "LinkBarMark.h"
#include "MainWindow.h"
#include "Screenshot.h"

#include <QtTest>
#include <QtWidgets>

using namespace tunedrop;

class TestUrlFeedback : public QObject {
    Q_OBJECT

    struct Env {
        QTemporaryDir profile;
        QTemporaryDir out;
        std::unique_ptr<CompositionRoot> root;
        std::unique_ptr<MainWindow> window;
    };

    static std::unique_ptr<Env> makeWindow(QSize size = QSize(800, 600))
    {
        auto env = std::make_unique<Env>();
        CommandLineOptions options;
        options.profileDir = env->profile.path();
        options.outputDir = env->out.path();
        env->root = std::make_unique<CompositionRoot>(options);
        if (!env->root->isReady())
            qFatal("%s", qPrintable(env->root->error()));
        env->root->queue().pause();  // rows stay as added
        env->window = std::make_unique<MainWindow>(*env->root);
        env->window->resize(size);
        env->window->show();
        if (!QTest::qWaitForWindowExposed(env->window.get()))
            qFatal("window not exposed");
        return env;
    }

    static void fill(MainWindow &w, int rows)
    {
        QStringList links;
        for (int i = 0; i < rows; ++i)
            links << QStringLiteral("https://example.com/fill/%1.mp3").arg(i);
        w.addItems(links);
    }

    static QModelIndex viewIndexOf(MainWindow &w, int sourceRow)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(w.jobView()->model());
        return proxy->mapFromSource(w.jobModel()->index(sourceRow, 0));
    }

    static bool isShown(MainWindow &w, int sourceRow)
    {
        const QRect r = w.jobView()->visualRect(viewIndexOf(w, sourceRow));
        return r.isValid() && w.jobView()->viewport()->rect().contains(r.center());
    }

    static int currentSourceRow(MainWindow &w)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(w.jobView()->model());
        return proxy->mapToSource(w.jobView()->currentIndex()).row();
    }

    static QString bar(MainWindow &w) { return w.statusBar()->currentMessage(); }

    QTranslator m_english;  // the plural forms ("2 lines", not "2 line(s)"), as main() loads them

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral("tunedrop_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
    }

    // Typed text that is not a link stays, marked, with the reason; editing clears the mark.
    void notALinkStaysInTheBar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << QStringLiteral("blue in green miles davis");
        QTest::newRow("script") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("mail") << QStringLiteral("mailto:someone@example.com");
    }
    void notALinkStaysInTheBar()
    {
        QFETCH(QString, text);
        auto env = makeWindow();
        MainWindow &w = *env->window;
        QTest::keyClicks(w.urlBar(), text);
        QTest::keyClick(w.urlBar(), Qt::Key_Return);
        QCOMPARE(w.jobModel()->rowCount(), 0);
        QCOMPARE(w.urlBar()->text(), text);  // not erased
        QVERIFY(w.urlBarMark()->isMarked());
        QVERIFY(w.urlBar()->property("invalid").toBool());
        QVERIFY(!w.urlBar()->toolTip().isEmpty());
        QVERIFY2(bar(w).contains(w.urlBarMark()->reason()), qPrintable(bar(w)));
        if (QTest::currentDataTag() == QByteArray("words")) {
            QVERIFY(test::saveScreenshot(&w, QStringLiteral("feedback-not-a-link.png")));
        }
        // Correcting it: the mark goes as soon as the text changes, and a link is then added.
        w.urlBar()->selectAll();
        QTest::keyClicks(w.urlBar(), QStringLiteral("https://example.com/blue-in-green.mp3"));
        QVERIFY(!w.urlBarMark()->isMarked());
        QVERIFY(!w.urlBar()->property("invalid").toBool());
        QTest::keyClick(w.urlBar(), Qt::Key_Return);
        QCOMPARE(w.jobModel()->rowCount(), 1);
        QVERIFY(w.urlBar()->text().isEmpty());
    }

    // A multi-line paste: the links are added, the other lines counted and the first one quoted.
    void pastedLinesWithoutLinksAreReported()
    {
        auto env = makeWindow();
        MainWindow &w = *env->window;
        QApplication::clipboard()->setText(QStringLiteral("https://example.com/a.mp3\nnot a link\n\n"
                                                          "https://example.com/b.mp3\n   hello world  \n"));
        w.urlBar()->setFocus();
        QTest::keySequence(w.urlBar(), QKeySequence::Paste);
        QCOMPARE(w.jobModel()->rowCount(), 2);
        QVERIFY2(bar(w).contains(QStringLiteral("2 lines skipped")), qPrintable(bar(w)));
        QVERIFY2(bar(w).contains(QStringLiteral("“not a link”")), qPrintable(bar(w)));
        QVERIFY2(bar(w).contains(QStringLiteral("Added 2 items")), qPrintable(bar(w)));
    }

    // Added again while still in the list: no "Added 1 item.", the listed row is shown.
    void alreadyListedSelectsThatRow()
    {
        auto env = makeWindow();
        MainWindow &w = *env->window;
        fill(w, 60);
        w.jobView()->scrollToBottom();
        QTest::keyClicks(w.urlBar(), QStringLiteral("https://example.com/fill/0.mp3"));
        QTest::keyClick(w.urlBar(), Qt::Key_Return);
        QCOMPARE(w.jobModel()->rowCount(), 60);
        QVERIFY2(bar(w).startsWith(QStringLiteral("Already in the list")), qPrintable(bar(w)));
        QVERIFY2(!bar(w).contains(QStringLiteral("Added")), qPrintable(bar(w)));
        QCOMPARE(currentSourceRow(w), 0);
        QVERIFY(isShown(w, 0));
    }

    // However they arrive, new rows are scrolled into view and made current.
    void newRowsComeIntoView_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("link bar") << QStringLiteral("bar");
        QTest::newRow("second instance") << QStringLiteral("instance");
        QTest::newRow("Open Files…") << QStringLiteral("files");
        QTest::newRow("sorted by title, new row in the middle") << QStringLiteral("sorted");
    }
    void newRowsComeIntoView()
    {
        QFETCH(QString, how);
        auto env = makeWindow();
        MainWindow &w = *env->window;
        fill(w, 80);
        w.jobView()->scrollToTop();
        w.jobView()->setCurrentIndex(viewIndexOf(w, 0));
        QVERIFY(!isShown(w, 79));
        QTemporaryDir media;
        if (how == QLatin1String("bar")) {
            QTest::keyClicks(w.urlBar(), QStringLiteral("https://example.com/new.mp3"));
            QTest::keyClick(w.urlBar(), Qt::Key_Return);
        } else if (how == QLatin1String("instance")) {
            w.addItems({QStringLiteral("https://example.com/from-another-start.mp3")});  // what main() does with them
        } else if (how == QLatin1String("files")) {
            const QString file = media.filePath(QStringLiteral("chosen.ogg"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("OggS");
            f.close();
            bool answered = false;
            auto *timer = new QTimer(&w);
            connect(timer, &QTimer::timeout, &w, [&] {
                if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    dialog->setDirectory(media.path());
                    dialog->selectFile(QStringLiteral("chosen.ogg"));
                    answered = true;
                    timer->stop();
                    static_cast<QDialog *>(dialog)->accept();  // QFileDialog::accept, reached as QDialog's
                }
            });
            timer->start(20);
            w.findChild<QAction *>(QStringLiteral("openFilesAction"))->trigger();
            QVERIFY(answered);
        } else {
            w.jobView()->sortByColumn(JobListModel::Title, Qt::DescendingOrder);
            w.jobView()->scrollToTop();
            w.addItems({QStringLiteral("https://example.com/fill/40b.mp3")});
        }
        QCOMPARE(w.jobModel()->rowCount(), 81);
        QCOMPARE(currentSourceRow(w), 80);
        QVERIFY(isShown(w, 80));
    }
};

QTEST_MAIN(TestUrlFeedback)
#include "tst_urlfeedback.moc"
