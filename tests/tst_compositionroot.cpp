// Issue 13 item 7: headless with the web server on, the conversion workers yield to the
// server's thread (niceness 5, as they do to the window's); a batch without one does not.
#include "CompositionRoot.h"

#include <QtTest>

using namespace tunedrop;

class TestEngineConfig : public QObject {
    Q_OBJECT

private slots:
    void workersYieldWhenSomethingWaitsOnTheMainThread_data()
    {
        QTest::addColumn<bool>("headless");
        QTest::addColumn<bool>("webOption");
        QTest::addColumn<bool>("webSetting");
        QTest::addColumn<bool>("yield");
        QTest::newRow("window") << false << false << false << true;
        QTest::newRow("window with the web server") << false << false << true << true;
        QTest::newRow("headless batch") << true << false << false << false;
        QTest::newRow("headless --web") << true << true << false << true;
        QTest::newRow("headless, web server in the settings") << true << false << true << true;
    }
    void workersYieldWhenSomethingWaitsOnTheMainThread()
    {
        QFETCH(bool, headless);
        QFETCH(bool, webOption);
        QFETCH(bool, webSetting);
        QFETCH(bool, yield);
        QTemporaryDir profile, out;
        {
            Profile p(profile.path());
            Settings s(p);
            s.setWebEnabled(webSetting);
        }
        CommandLineOptions options;
        options.profileDir = profile.path();
        options.outputDir = out.path();
        options.headless = headless;
        options.web = webOption;
        options.webPort = 0;
        CompositionRoot root(options);
        QVERIFY(root.isReady());
        QCOMPARE(root.configs().queue.yieldToInterface, yield);
    }
};

QTEST_GUILESS_MAIN(TestEngineConfig)
#include "tst_compositionroot.moc"
