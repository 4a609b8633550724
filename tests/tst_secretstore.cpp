// SecretStore against a real Secret Service (a private gnome-keyring in its own D-Bus session) and
// without one (the 0600 fallback file).
//
// Started plainly, main() re-runs this binary as
//   dbus-run-session -- sh -c 'printf %s pass | gnome-keyring-daemon --unlock --components=secrets; exec <test>'
// with HOME, XDG_* pointing into a temporary directory, so the keyring is private and the user's
// own keyring is never touched. Without dbus-run-session or gnome-keyring-daemon the keychain cases
// are skipped. Set TUNEDROP_IN_KEYRING_SESSION yourself to stop the re-exec (value 1: you provide
// the Secret Service, the keychain cases run; any other value: they are skipped).
#include "KeyringSession.h"
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <memory>

using tunedrop::SecretStore;

namespace {


// Every byte value, including NUL and invalid UTF-8.
QByteArray binarySecret()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(255 - i));
    return bytes;
}

QByteArray unicodeSecret()
{
    return QStringLiteral("p\u00e4ss w\u00f6rd \u2713 \u79d8\u5bc6 \U0001F511").toUtf8();
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private:
    bool m_inKeyringSession = false;
    bool m_keychainUsed = false;  // GDBus has a live session-bus connection in this process

    // A store whose probe runs with the session bus pointed at a socket that does not exist, as on
    // a headless server. The environment is restored afterwards; the backend stays chosen.
    std::unique_ptr<SecretStore> makeStoreWithoutBus(const QString &dir,
                                                     const QString &profile = QStringLiteral("default"))
    {
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const bool hadBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QFile::encodeName(QStringLiteral("unix:path=") + dir + QStringLiteral("/no-such-bus")));
        auto store = std::make_unique<SecretStore>(QStringLiteral("TuneDropTest"), profile, dir);
        store->backend();
        if (hadBus)
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        return store;
    }

    void assertFileSafe(const QString &path, const QList<QByteArray> &secrets)
    {
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray content = fileBytes(path);
        for (const QByteArray &secret : secrets)
            QVERIFY2(!content.contains(secret), "secret found in plain text in the fallback file");
    }

private slots:
    void initTestCase()
    {
        m_inKeyringSession = tunedrop::test::inKeyringSession();
        qInfo("Keyring session: %s", m_inKeyringSession ? "yes (keychain cases run)" : "no (keychain cases skipped)");
    }

    // --- no Secret Service: the 0600 file ---------------------------------------------------------
    // These run first: libsecret/GDBus keep their session-bus connection for the process once it
    // worked, so a store probed later in this process would still find the keychain.

    void init()
    {
        if (m_keychainUsed && QByteArray(QTest::currentTestFunction()).startsWith("file"))
            QSKIP("A keychain case already ran in this process and GDBus keeps its session-bus "
                  "connection, so 'no Secret Service' cannot be simulated any more: run the file "
                  "cases first (declaration order does).");
    }

    void fileBackendWithoutSecretService()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = makeStoreWithoutBus(dir.path());
        QCOMPARE(store->backend(), SecretStore::Backend::File);
        QCOMPARE(store->fallbackFile(), QDir(dir.path()).filePath(QStringLiteral("secrets")));
        QVERIFY(!store->warning().isEmpty());
        QVERIFY2(store->warning().contains(QDir::toNativeSeparators(store->fallbackFile())),
                 qPrintable(store->warning()));
        QCOMPARE(store->warning(),
                 QStringLiteral("No keychain service is available: secrets are kept in %1, readable only by you.")
                     .arg(QDir::toNativeSeparators(store->fallbackFile())));

        QString error;
        QVERIFY(!store->read(QStringLiteral("missing"), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFileInfo::exists(store->fallbackFile()));  // nothing written yet

        const QByteArray secret = unicodeSecret();
        QVERIFY2(store->write(QStringLiteral("web/apiToken"), secret, &error), qPrintable(error));
        assertFileSafe(store->fallbackFile(), {secret});
        QCOMPARE(store->read(QStringLiteral("web/apiToken"), &error).value_or(QByteArray()), secret);
    }

    void fileRoundTripAcrossInstances()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray text = unicodeSecret();
        const QByteArray binary = binarySecret();
        const QByteArray ascii = QByteArrayLiteral("plain-ascii-token-0123456789");
        QString error;
        {
            auto store = makeStoreWithoutBus(dir.path());
            QCOMPARE(store->backend(), SecretStore::Backend::File);
            QVERIFY2(store->write(QStringLiteral("text"), text, &error), qPrintable(error));
            QVERIFY2(store->write(QStringLiteral("binary"), binary, &error), qPrintable(error));
            QVERIFY2(store->write(QStringLiteral("ascii"), ascii, &error), qPrintable(error));
            QVERIFY(store->write(QStringLiteral("empty"), QByteArray(), &error));
            assertFileSafe(store->fallbackFile(), {text, binary, ascii});
        }
        {
            auto store = makeStoreWithoutBus(dir.path());
            QCOMPARE(store->read(QStringLiteral("text"), &error).value_or(QByteArray()), text);
            QCOMPARE(store->read(QStringLiteral("binary"), &error).value_or(QByteArray()), binary);
            QCOMPARE(store->read(QStringLiteral("ascii"), &error).value_or(QByteArray()), ascii);
            const auto empty = store->read(QStringLiteral("empty"), &error);
            QVERIFY(empty.has_value());
            QVERIFY(empty->isEmpty());

            // Overwrite one, remove another.
            QVERIFY(store->write(QStringLiteral("ascii"), QByteArrayLiteral("second-value-xyz"), &error));
            QVERIFY2(store->remove(QStringLiteral("binary"), &error), qPrintable(error));
            QVERIFY(!store->read(QStringLiteral("binary")));
            QVERIFY(store->remove(QStringLiteral("binary"), &error));  // removing twice is fine
            assertFileSafe(store->fallbackFile(), {text, binary, ascii, QByteArrayLiteral("second-value-xyz")});
        }
        {
            auto store = makeStoreWithoutBus(dir.path());
            QVERIFY(!store->read(QStringLiteral("binary")));
            QCOMPARE(store->read(QStringLiteral("text")).value_or(QByteArray()), text);
            QCOMPARE(store->read(QStringLiteral("ascii")).value_or(QByteArray()),
                     QByteArrayLiteral("second-value-xyz"));
        }
    }

    void fileKeepsProfilesApart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto a = makeStoreWithoutBus(dir.path(), QStringLiteral("alice"));
        auto b = makeStoreWithoutBus(dir.path(), QStringLiteral("bob"));
        QVERIFY(a->write(QStringLiteral("k"), QByteArrayLiteral("alice-secret")));
        QVERIFY(b->write(QStringLiteral("k"), QByteArrayLiteral("bob-secret")));
        QCOMPARE(a->read(QStringLiteral("k")).value_or(QByteArray()), QByteArrayLiteral("alice-secret"));
        QCOMPARE(b->read(QStringLiteral("k")).value_or(QByteArray()), QByteArrayLiteral("bob-secret"));
        QVERIFY(a->remove(QStringLiteral("k")));
        QVERIFY(!a->read(QStringLiteral("k")));
        QCOMPARE(b->read(QStringLiteral("k")).value_or(QByteArray()), QByteArrayLiteral("bob-secret"));
    }

    void fileModeRestored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = makeStoreWithoutBus(dir.path());
        QVERIFY(store->write(QStringLiteral("k"), QByteArrayLiteral("v1-secret")));
        QVERIFY(QFile::setPermissions(store->fallbackFile(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(fileMode(store->fallbackFile()), 0644);
        QVERIFY(store->write(QStringLiteral("k"), QByteArrayLiteral("v2-secret")));
        assertFileSafe(store->fallbackFile(), {QByteArrayLiteral("v2-secret")});
        QCOMPARE(store->read(QStringLiteral("k")).value_or(QByteArray()), QByteArrayLiteral("v2-secret"));
    }

    void fileDamaged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = makeStoreWithoutBus(dir.path());
        QFile file(store->fallbackFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QString error;
        QVERIFY(!store->read(QStringLiteral("k"), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store->write(QStringLiteral("k"), QByteArrayLiteral("v"), &error));  // never clobbers
        QVERIFY(!error.isEmpty());
        QCOMPARE(fileBytes(store->fallbackFile()), QByteArray("{ not json"));
    }

    // --- a real Secret Service --------------------------------------------------------------------

    void keychainRoundTrip()
    {
        if (!m_inKeyringSession)
            QSKIP("No private Secret Service: dbus-run-session or gnome-keyring-daemon is missing "
                  "(or TUNEDROP_IN_KEYRING_SESSION was set to something other than 1).");
        m_keychainUsed = true;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fallbackDir = dir.filePath(QStringLiteral("profile"));
        const QByteArray text = unicodeSecret();
        const QByteArray binary = binarySecret();
        QString error;
        {
            SecretStore store(QStringLiteral("TuneDropTest"), QStringLiteral("default"), fallbackDir);
            QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
            QVERIFY(store.warning().isEmpty());
            QVERIFY(!store.read(QStringLiteral("text"), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));  // "not found" is not an error
            QVERIFY2(store.write(QStringLiteral("text"), text, &error), qPrintable(error));
            QVERIFY2(store.write(QStringLiteral("binary"), binary, &error), qPrintable(error));
            QCOMPARE(store.read(QStringLiteral("text"), &error).value_or(QByteArray()), text);
            QCOMPARE(store.read(QStringLiteral("binary"), &error).value_or(QByteArray()), binary);
        }
        {
            SecretStore store(QStringLiteral("TuneDropTest"), QStringLiteral("default"), fallbackDir);
            QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
            QCOMPARE(store.read(QStringLiteral("text"), &error).value_or(QByteArray()), text);
            QCOMPARE(store.read(QStringLiteral("binary"), &error).value_or(QByteArray()), binary);
            // Another profile does not see them.
            SecretStore other(QStringLiteral("TuneDropTest"), QStringLiteral("other"), fallbackDir);
            QVERIFY(!other.read(QStringLiteral("text")));

            QVERIFY2(store.remove(QStringLiteral("text"), &error), qPrintable(error));
            QVERIFY(!store.read(QStringLiteral("text"), &error));
            QVERIFY2(store.remove(QStringLiteral("binary"), &error), qPrintable(error));
            QVERIFY(!store.read(QStringLiteral("binary"), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Nothing went to the fallback file.
        QVERIFY(!QFileInfo::exists(QDir(fallbackDir).filePath(QStringLiteral("secrets"))));
        QVERIFY(!QFileInfo::exists(fallbackDir));
    }

    // Blocking calls from a worker thread after the main thread used the keychain, with the main
    // thread blocked meanwhile (QtKeychain's own job queue would crash or stall here).
    void keychainFromWorkerThread()
    {
        if (!m_inKeyringSession)
            QSKIP("No private Secret Service (see keychainRoundTrip).");
        m_keychainUsed = true;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray secret = unicodeSecret();
        bool backendOk = false, roundTrip = false, removed = false;
        QThread *worker = QThread::create([&] {
            SecretStore store(QStringLiteral("TuneDropTest"), QStringLiteral("thread"), dir.path());
            backendOk = store.backend() == SecretStore::Backend::Keychain;
            roundTrip = store.write(QStringLiteral("k"), secret)
                && store.read(QStringLiteral("k")).value_or(QByteArray()) == secret;
            removed = store.remove(QStringLiteral("k")) && !store.read(QStringLiteral("k"));
        });
        worker->start();
        QVERIFY(worker->wait(QDeadlineTimer(60000)));
        delete worker;
        QVERIFY(backendOk);
        QVERIFY(roundTrip);
        QVERIFY(removed);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet(tunedrop::test::kKeyringSessionVar)) {
        using tunedrop::test::runInKeyringSession;
        const int status = runInKeyringSession(argc, argv);
        if (status >= 0)
            return status;
        qInfo("tst_secretstore: cannot start a private keyring session; keychain cases will be skipped");
    }
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
