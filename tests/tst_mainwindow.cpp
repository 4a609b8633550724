// The first window, offscreen: add items by typing and by dropping, watch them finish,
// and save a screenshot (build/tests/screenshots/) for a human to look at.
#include "Engine.h"
#include "MainWindow.h"
#include "MediaFixtures.h"

#include <QtTest>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void addsConvertsAndShowsResults()
    {
        QTemporaryDir dir;
        MediaFixtures fx(dir.path());
        const QString good = fx.make(QStringLiteral("Good song.webm"),
                                     MediaFixtures::stereoTones(2) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-metadata"), QStringLiteral("title=Good song — 日本語")});
        const QString dropped = fx.make(QStringLiteral("dropped.flac"),
                                        MediaFixtures::stereoTones(1, 1000, 440, 44100) + QStringList{QStringLiteral("-c:a"), QStringLiteral("flac")});
        QVERIFY(!good.isEmpty() && !dropped.isEmpty());
        const QString out = dir.filePath(QStringLiteral("out"));

        QTemporaryDir profileDir;
        CommandLineOptions options;
        options.outputDir = out;
        options.profileDir = profileDir.path();
        Engine engine(options);
        QVERIFY2(engine.isReady(), qPrintable(engine.error()));
        MainWindow window(&engine.queue(), engine.outputDir());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *bar = window.findChild<QLineEdit *>();
        auto *list = window.findChild<QTreeWidget *>();
        QVERIFY(bar && list);
        // A path with spaces and a second item on the next line (a QLineEdit keeps only one
        // line when typed, so set it as pasted text would arrive).
        bar->setText(good + QStringLiteral("\n") + dir.filePath(QStringLiteral("missing.ogg")));
        QTest::keyClick(bar, Qt::Key_Return);
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(bar->text().isEmpty());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dropped)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(list->topLevelItemCount(), 3);

        auto state = [&](int i) { return list->topLevelItem(i)->text(1); };
        QTRY_VERIFY_WITH_TIMEOUT(state(0) == QStringLiteral("Done") && state(1) == QStringLiteral("Failed") && state(2) == QStringLiteral("Done"), 60000);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Good song — 日本語"));
        QVERIFY(QFile::exists(list->topLevelItem(0)->text(3)));
        QVERIFY(list->topLevelItem(1)->text(3).contains(QStringLiteral("does not exist")));
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("dropped.mp3"))));

        QDir().mkpath(QStringLiteral("screenshots"));
        const QString shot = QDir(QStringLiteral("screenshots")).absoluteFilePath(QStringLiteral("mainwindow.png"));
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
