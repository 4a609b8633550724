// Issue 13 item 14: the web page's address as a phone opens it - the LAN addresses, a Copy
// address button and a QR code, in Settings ▸ Web server and in the status bar. The QR code is
// read back with zbarimg (zbar-tools), the way a phone's camera would read it.
#include "ElidedLabel.h"
#include "CompositionRoot.h"
#include "MainWindow.h"
#include "QrCodeImage.h"
#include "Screenshot.h"
#include "SettingsDialog.h"
#include "WebAddressPanel.h"
#include "settings/Profile.h"
#include "settings/Settings.h"
#include "web/WebAddresses.h"
#include "web/WebServer.h"

#include <QtTest>
#include <QtWidgets>

using namespace tunedrop;

namespace {

// What zbarimg reads in the image; empty when it reads nothing (or is missing: QSKIP first).
QString decode(const QImage &image, const QString &dir)
{
    const QString png = QDir(dir).filePath(QStringLiteral("qr.png"));
    if (!image.save(png))
        return {};
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    if (!zbar.waitForFinished(30000) || zbar.exitCode() != 0)
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

QImage shownQrCode(const QWidget *panel)
{
    const auto *label = panel->findChild<QLabel *>(QStringLiteral("webQrCode"));
    return label ? label->pixmap().toImage() : QImage();
}

}  // namespace

class TestWebAddressPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
    }

    void qrCodeReadsBackAsTheUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("scale");
        QTest::newRow("LAN IPv4") << QStringLiteral("http://192.168.1.20:8080/") << 4;
        QTest::newRow("longest IPv4, top port") << QStringLiteral("http://255.255.255.255:65535/") << 4;
        QTest::newRow("IPv6, bracketed") << QStringLiteral("http://[2001:db8:85a3::8a2e:370:7334]:8080/") << 4;
        QTest::newRow("small modules") << QStringLiteral("http://10.0.0.7:8080/") << 2;
        QTest::newRow("pop-up size") << QStringLiteral("http://10.0.0.7:8080/") << 6;
    }
    void qrCodeReadsBackAsTheUrl()
    {
        QFETCH(QString, url);
        QFETCH(int, scale);
        const QImage image = QrCodeImage::render(url, scale);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width() % scale, 0);
        QCOMPARE(decode(image, m_tmp.path()), url);
    }

    void panelShowsCopiesAndEncodesTheFirstAddress_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("full (settings)") << int(WebAddressPanel::Style::Full);
        QTest::newRow("compact (status bar)") << int(WebAddressPanel::Style::Compact);
    }
    void panelShowsCopiesAndEncodesTheFirstAddress()
    {
        QFETCH(int, style);
        WebAddressPanel panel{WebAddressPanel::Style(style)};
        const QStringList urls{QStringLiteral("http://192.168.1.20:8080/"), QStringLiteral("http://[2001:db8::20]:8080/")};
        panel.setAddresses(urls);
        panel.show();
        QVERIFY(panel.isVisible());
        const QString shown = panel.findChild<QLabel *>(QStringLiteral("webAddressList"))->text();
        QVERIFY2(shown.contains(urls.first()), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("0.0.0.0")));
        QCOMPARE(decode(shownQrCode(&panel), m_tmp.path()), urls.first());

        QApplication::clipboard()->setText(QStringLiteral("something else"));
        auto *copy = panel.findChild<QAbstractButton *>(QStringLiteral("copyWebAddress"));
        QVERIFY(copy && copy->isEnabled());
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), urls.first());
    }

    void compactPanelHidesWithoutAnAddress()
    {
        WebAddressPanel panel{WebAddressPanel::Style::Compact};
        panel.show();
        panel.setAddresses({QStringLiteral("http://10.0.0.7:8080/")});
        QVERIFY(panel.isVisible());
        panel.setAddresses({});
        QVERIFY(!panel.isVisible());
        QApplication::clipboard()->setText(QStringLiteral("kept"));
        panel.copyAddress();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("kept"));
    }

    // Settings ▸ Web server shows what a phone opens with the chosen address and port.
    void settingsPageShowsTheAddressesOfTheChoice_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("this computer only") << QStringLiteral("127.0.0.1");
        QTest::newRow("local network") << QStringLiteral("0.0.0.0");
    }
    void settingsPageShowsTheAddressesOfTheChoice()
    {
        QFETCH(QString, listen);
        QTemporaryDir dir;
        Profile profile(dir.path());
        Settings settings(profile);
        settings.setWebEnabled(true);
        settings.setWebPort(8123);
        SettingsDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("listenAddress"));
        combo->setCurrentIndex(combo->findData(listen));
        auto *panel = dialog.findChild<WebAddressPanel *>(QStringLiteral("webAddress"));
        QVERIFY(panel);
        const QStringList expected = WebAddresses::urls(QHostAddress(listen), 8123, WebAddresses::systemInterfaces());
        QCOMPARE(panel->addresses(), expected);
        for (const QString &u : expected)
            QVERIFY2(!u.contains(QLatin1String("0.0.0.0")), qPrintable(u));
        QCOMPARE(decode(shownQrCode(panel), m_tmp.path()), expected.first());
        dialog.findChild<QSpinBox *>(QStringLiteral("webPort"))->setValue(8124);
        QCOMPARE(panel->addresses(), WebAddresses::urls(QHostAddress(listen), 8124, WebAddresses::systemInterfaces()));
    }

    // The status bar: the running server's address, Copy and the QR code; gone when it stops.
    void statusBarFollowsTheServer()
    {
        QTemporaryDir profile, out;
        {
            Profile p(profile.path());
            Settings(p).setWebEnabled(true);  // loopback (the default)
        }
        CommandLineOptions options;
        options.profileDir = profile.path();
        options.outputDir = out.path();
        options.webPort = 0;  // a free port
        CompositionRoot root(options);
        QVERIFY(root.isReady());
        QVERIFY2(root.webServer(), qPrintable(root.webError()));
        MainWindow window(root);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<WebAddressPanel *>(QStringLiteral("statusWebAddress"));
        QVERIFY(panel);
        const QString expected = QStringLiteral("http://127.0.0.1:%1/").arg(root.webServer()->port());
        QCOMPARE(panel->addresses(), QStringList{expected});
        QVERIFY(panel->isVisible());
        QCOMPARE(decode(shownQrCode(panel), m_tmp.path()), expected);
        panel->findChild<QAbstractButton *>(QStringLiteral("copyWebAddress"))->click();
        QCOMPARE(QApplication::clipboard()->text(), expected);

        root.settings().setWebEnabled(false);
        window.applySettings();
        QVERIFY(!root.webServer());
        QVERIFY(!panel->isVisible());
    }

    // For a person to look at: the Settings page and the status bar at 800×600 and 1600×1000,
    // in English and German, with this machine's LAN addresses (what "Local network" shows).
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *l : {"en", "de"})
            for (const QSize &s : {QSize(800, 600), QSize(1600, 1000)})
                QTest::addRow("%s %dx%d", l, s.width(), s.height()) << QString::fromLatin1(l) << s;
    }
    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral("tunedrop_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
        QTemporaryDir dir, out;
        {
            Profile profile(dir.path());
            Settings settings(profile);
            settings.setWebEnabled(true);
            QVERIFY(settings.setWebPassword(QStringLiteral("correct horse battery staple")));
            settings.setWebListenAddress(QStringLiteral("0.0.0.0"));  // kept only with a password
            SettingsDialog dialog(settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
            tabs->setCurrentIndex(2);  // Web server
            dialog.resize(size.boundedTo(QSize(1000, 800)).expandedTo(dialog.minimumSizeHint()));
            QCoreApplication::processEvents();
            QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("webaddress-settings-") + suffix));
        }
        CommandLineOptions options;
        options.profileDir = dir.path();
        options.outputDir = out.path();
        options.web = true;
        options.webPort = 0;
        options.webListen = QStringLiteral("127.0.0.1");
        CompositionRoot root(options);
        QVERIFY2(root.webServer(), qPrintable(root.webError()));
        MainWindow window(root);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<WebAddressPanel *>(QStringLiteral("statusWebAddress"));
        panel->setAddresses(WebAddresses::urls(QHostAddress(QHostAddress::AnyIPv4), 8080, WebAddresses::systemInterfaces()));
        QCoreApplication::processEvents();
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("webaddress-statusbar-") + suffix));
        // Nothing in the status bar is cut or drawn over: only the address gives way (elided,
        // whole in its tooltip) and the retention note, never the job totals or the buttons.
        for (QWidget *w : window.statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!w->isVisible() || qobject_cast<QSizeGrip *>(w))
                continue;
            QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 squeezed: %2 of %3 px").arg(QLatin1String(w->metaObject()->className()))
                                    .arg(w->width()).arg(w->minimumSizeHint().width())));
            if (auto *label = qobject_cast<QLabel *>(w); label && !dynamic_cast<ElidedLabel *>(label))
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text() + QStringLiteral(" is cut")));
        }
        auto *showQr = panel->findChild<QToolButton *>(QStringLiteral("showWebQrCode"));
        QTimer::singleShot(200, [showQr, suffix] {
            if (QMenu *menu = showQr->menu()) {
                QVERIFY(test::saveScreenshot(menu, QStringLiteral("webaddress-qrpopup-") + suffix));
                menu->close();
            }
        });
        showQr->showMenu();  // returns when the timer closes it
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestWebAddressPanel)
#include "tst_webaddresspanel.moc"
