// Show in Folder (issue 13 item 18): the file manager first (org.freedesktop.FileManager1
// ShowItems, the file selected), then the folder opened through QDesktopServices, then a message
// saying why. Injected steps for each failure, and the real D-Bus call against a fake file
// manager on a private session bus. Offscreen, the real engine, seeded finished jobs.
#include "FolderOpener.h"
#include "WindowFixture.h"

#include <QtTest>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDesktopServices>
#include <QtWidgets>

using namespace tunedrop;
using namespace tunedrop::test;

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

class TestShowInFolder : public QObject {
    Q_OBJECT

public slots:
    void openedUrl(const QUrl &url) { m_opened << url; }  // QDesktopServices, instead of a program

private:
    QList<QUrl> m_opened;

private slots:
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
        auto env = openWindow(profile.path(), out);
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
        selectJob(*env->window, ids[0]);
        const QString file = env->root->queue().job(ids[0])->outputPath;
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
            auto env = openWindow(profile.path(), out.path());
            m_opened.clear();
            QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
            selectJob(*env->window, ids[0]);
            env->actions()->showInFolder->trigger();
            const QString file = env->root->queue().job(ids[0])->outputPath;
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
};

// The tests run inside a private D-Bus session (never the user's) when dbus-run-session exists.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("TUNEDROP_SHOWINFOLDER_BUS")) {
        QCoreApplication probe(argc, argv);
        const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (!runner.isEmpty()) {
            qputenv("TUNEDROP_SHOWINFOLDER_BUS", "1");
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
    TestShowInFolder test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_showinfolder.moc"
