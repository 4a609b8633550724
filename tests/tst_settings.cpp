// Settings: defaults, round trips through the INI, clamping of hand-edited values, the web
// password hash, the validators, and the settings dialog driven through its widgets (with
// screenshots of every tab in screenshots/ for a human to look at).
#include "ServiceConfigs.h"
#include "BackgroundTasks.h"
#include "LocalHttpServer.h"
#include "SettingsDialog.h"
#include "YtDlpPanel.h"
#include "CookieVault.h"
#include "settings/SecretStore.h"
#include "queue/JobQueue.h"
#include "settings/Profile.h"
#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QtTest>
#include <QtWidgets>

#include <functional>

using namespace tunedrop;
using tunedrop::test::LocalHttpServer;

namespace {
const QString kPassword = QStringLiteral("correct horse battery staple ☃");

// A profile in a temporary folder, with the output folder inside it (never ~/Music).
struct Fixture {
    QTemporaryDir dir;
    Profile profile{dir.path()};
    Settings settings{profile};
    Fixture() { settings.setOutputDir(outDir()); }
    QString outDir() const { return dir.filePath(QStringLiteral("out")); }
    QByteArray iniBytes()
    {
        settings.sync();
        QFile f(profile.settingsPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QVariantMap snapshot() const
    {
        QVariantMap map;
        const auto ini = profile.openSettings();
        for (const QString &key : ini->allKeys())
            map.insert(key, ini->value(key));
        return map;
    }
};

QString makeFile(const QString &path, QFileDevice::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\necho 2024.01.01\n") < 0)
        return {};
    f.close();
    f.setPermissions(permissions);
    return path;
}

// The character after a single '&', lower-cased; a null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}
}  // namespace

class TestSettings : public QObject {
    Q_OBJECT

    template <class W>
    static W *child(QWidget &dialog, const char *name)
    {
        auto *w = dialog.findChild<W *>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", W::staticMetaObject.className(), name);
        return w;
    }

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        const Settings s(profile);
        QCOMPARE(s.workers(), JobQueue::defaultWorkers());
        QCOMPARE(s.outputDir(), Profile::defaultOutputDir());
        QCOMPARE(s.encoder().describe(), QStringLiteral("CBR 192 kbps"));
        QCOMPARE(s.fileNameTemplate(), QStringLiteral("{title}"));
        QCOMPARE(s.ytDlpPath(), QString());
        QCOMPARE(s.playlistLimit(), 200);
        QCOMPARE(s.softTimeLimitSeconds(), 0);
        QCOMPARE(s.hardTimeLimitSeconds(), 0);
        QCOMPARE(s.retentionHours(), 8);
        QCOMPARE(s.webEnabled(), false);
        QCOMPARE(s.webPort(), 8080);
        QCOMPARE(s.webListenAddress(), QStringLiteral("127.0.0.1"));
        QVERIFY(!s.webPasswordSet());
        QVERIFY(!s.verifyWebPassword(QString()));
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.notifyOnFinish(), true);
        QCOMPARE(s.closeToTray(), false);
        QCOMPARE(s.theme(), QStringLiteral("system"));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("My Music/ü"));
        {
            Profile profile(dir.path());
            Settings s(profile);
            s.setWorkers(5);
            s.setOutputDir(out);
            EncoderSettings e = EncoderSettings::vbr(4);
            e.id3Version = EncoderSettings::Id3Version::V23;
            e.allowStreamCopy = false;
            s.setEncoder(e);
            s.setFileNameTemplate(QStringLiteral("{track}. {artist} - {title}"));
            s.setYtDlpPath(QStringLiteral("/opt/yt-dlp/yt-dlp"));
            s.setPlaylistLimit(1234);
            s.setSoftTimeLimitSeconds(240);
            s.setHardTimeLimitSeconds(360);
            s.setRetentionHours(0);
            s.setWebEnabled(true);
            s.setWebPort(9090);
            QVERIFY(s.setWebPassword(kPassword));
            s.setWebListenAddress(QStringLiteral("0.0.0.0"));
            s.setLanguage(QStringLiteral("es"));
            s.setNotifyOnFinish(false);
            s.setCloseToTray(true);
            s.setTheme(QStringLiteral("Dark"));
            QVERIFY(s.sync());
        }
        Profile profile(dir.path());
        const Settings s(profile);
        QCOMPARE(s.workers(), 5);
        QCOMPARE(s.outputDir(), out);
        QCOMPARE(s.encoder().mode, EncoderSettings::Mode::Vbr);
        QCOMPARE(s.encoder().vbrQuality, 4);
        QCOMPARE(s.encoder().id3Version, EncoderSettings::Id3Version::V23);
        QCOMPARE(s.encoder().allowStreamCopy, false);
        QCOMPARE(s.fileNameTemplate(), QStringLiteral("{track}. {artist} - {title}"));
        QCOMPARE(s.ytDlpPath(), QStringLiteral("/opt/yt-dlp/yt-dlp"));
        QCOMPARE(s.playlistLimit(), 1234);
        QCOMPARE(s.softTimeLimitSeconds(), 240);
        QCOMPARE(s.hardTimeLimitSeconds(), 360);
        QCOMPARE(s.retentionHours(), 0);
        QCOMPARE(s.webEnabled(), true);
        QCOMPARE(s.webPort(), 9090);
        QCOMPARE(s.webListenAddress(), QStringLiteral("0.0.0.0"));
        QVERIFY(s.webPasswordSet());
        QVERIFY(s.verifyWebPassword(kPassword));
        QCOMPARE(s.language(), QStringLiteral("es"));
        QCOMPARE(s.notifyOnFinish(), false);
        QCOMPARE(s.closeToTray(), true);
        QCOMPARE(s.theme(), QStringLiteral("dark"));
        CommandLineOptions noOverrides;
        const QueueConfig c = ServiceConfigs::from(s, profile, noOverrides, {}).queue;
        QCOMPARE(c.workers, 5);
        QCOMPARE(c.playlistLimit, 1234);
        QCOMPARE(c.hardTimeLimitSeconds, 360);
        QCOMPARE(c.defaultOutputDir, out);
    }

    void setterClampsToRange()
    {
        Fixture f;
        f.settings.setWorkers(99);
        f.settings.setRetentionHours(-3);
        f.settings.setWebPort(80);
        f.settings.setPlaylistLimit(0);
        f.settings.setHardTimeLimitSeconds(10 * 24 * 3600);
        QCOMPARE(f.settings.workers(), 16);
        QCOMPARE(f.settings.retentionHours(), 0);
        QCOMPARE(f.settings.webPort(), 1024);
        QCOMPARE(f.settings.playlistLimit(), 1);
        QCOMPARE(f.settings.hardTimeLimitSeconds(), Settings::kMaxTimeLimitSeconds);
    }

    void readClampsHandEditedValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("getter");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *key, const char *stored, const char *getter, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(key) << QString::fromUtf8(stored) << QString::fromUtf8(getter)
                                << QString::fromUtf8(expected);
        };
        row("workers 0", "queue/workers", "0", "workers", "1");
        row("workers 99", "queue/workers", "99", "workers", "16");
        row("retention -5", "output/retentionHours", "-5", "retentionHours", "0");
        row("retention 10 years", "output/retentionHours", "87600", "retentionHours", "8760");
        row("retention garbage", "output/retentionHours", "soon", "retentionHours", "8");
        row("port 80", "web/port", "80", "webPort", "1024");
        row("port 70000", "web/port", "70000", "webPort", "65535");
        row("port garbage", "web/port", "http", "webPort", "8080");
        row("playlist 0", "queue/playlistLimit", "0", "playlistLimit", "1");
        row("playlist huge", "queue/playlistLimit", "999999", "playlistLimit", "5000");
        row("soft negative", "queue/softTimeLimitSeconds", "-1", "soft", "0");
        row("hard a year", "queue/hardTimeLimitSeconds", "31536000", "hard", "86400");
        row("listen garbage", "web/listenAddress", "my laptop", "listen", "127.0.0.1");
        row("listen LAN without password", "web/listenAddress", "0.0.0.0", "listen", "127.0.0.1");
        row("listen IPv6 loopback", "web/listenAddress", "::1", "listen", "::1");
        row("language garbage", "ui/language", "../../etc", "language", "");
        row("language region", "ui/language", "pt_BR", "language", "pt_BR");
        row("template unknown placeholder", "output/fileNameTemplate", "{titel}", "template", "{title}");
        row("template with slash", "output/fileNameTemplate", "{artist}/{title}", "template", "{title}");
        row("bitrate not MPEG", "encoder/bitrate", "191", "encoder", "CBR 192 kbps");
        row("vbr out of range", "encoder/vbrQuality", "12", "encoder", "CBR 192 kbps");
    }

    void readClampsHandEditedValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, stored);
        QFETCH(QString, getter);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        {
            QSettings ini(Profile(dir.path()).settingsPath(), QSettings::IniFormat);
            ini.setValue(key, stored);
            if (key == QLatin1String("encoder/vbrQuality"))
                ini.setValue(QStringLiteral("encoder/mode"), QStringLiteral("vbr"));
        }
        Profile profile(dir.path());
        const Settings s(profile);
        const QHash<QString, std::function<QString()>> getters = {
            {QStringLiteral("workers"), [&] { return QString::number(s.workers()); }},
            {QStringLiteral("retentionHours"), [&] { return QString::number(s.retentionHours()); }},
            {QStringLiteral("webPort"), [&] { return QString::number(s.webPort()); }},
            {QStringLiteral("playlistLimit"), [&] { return QString::number(s.playlistLimit()); }},
            {QStringLiteral("soft"), [&] { return QString::number(s.softTimeLimitSeconds()); }},
            {QStringLiteral("hard"), [&] { return QString::number(s.hardTimeLimitSeconds()); }},
            {QStringLiteral("listen"), [&] { return s.webListenAddress(); }},
            {QStringLiteral("language"), [&] { return s.language(); }},
            {QStringLiteral("template"), [&] { return s.fileNameTemplate(); }},
            {QStringLiteral("encoder"), [&] { return s.encoder().describe(); }},
        };
        QVERIFY(getters.contains(getter));
        QCOMPARE(getters.value(getter)(), expected);
    }

    void webPasswordIsStoredAsSaltedHash()
    {
        Fixture f;
        QVERIFY(!f.settings.setWebPassword(QString()));
        QVERIFY(!f.settings.webPasswordSet());
        QVERIFY(f.settings.setWebPassword(kPassword));
        QVERIFY(f.settings.webPasswordSet());

        const QByteArray bytes = f.iniBytes();
        QVERIFY(!bytes.isEmpty());
        for (const QByteArray &form : {kPassword.toUtf8(), QByteArray("correct horse"), kPassword.toUtf8().toBase64(),
                                       QByteArray(reinterpret_cast<const char *>(kPassword.utf16()), kPassword.size() * 2)})
            QVERIFY2(!bytes.contains(form), bytes.constData());

        const auto ini = f.profile.openSettings();
        const QByteArray salt = QByteArray::fromBase64(ini->value(QStringLiteral("web/passwordSalt")).toByteArray());
        const QByteArray hash = QByteArray::fromBase64(ini->value(QStringLiteral("web/passwordHash")).toByteArray());
        QCOMPARE(salt.size(), 16);
        QCOMPARE(hash.size(), 32);
        QCOMPARE(ini->value(QStringLiteral("web/passwordIterations")).toInt(), 200000);
        QCOMPARE(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, kPassword.toUtf8(), salt, 200000, 32),
                 hash);

        QVERIFY(f.settings.verifyWebPassword(kPassword));
        QVERIFY(!f.settings.verifyWebPassword(QStringLiteral("correct horse battery staple")));
        QVERIFY(!f.settings.verifyWebPassword(QString()));

        f.settings.clearWebPassword();
        QVERIFY(!f.settings.webPasswordSet());
        QVERIFY(!f.settings.verifyWebPassword(kPassword));
        QVERIFY(!f.iniBytes().contains("password"));
    }

    void saltDiffersBetweenTwoSetsOfTheSamePassword()
    {
        Fixture f;
        const auto ini = f.profile.openSettings();
        QVERIFY(f.settings.setWebPassword(kPassword));
        const QByteArray salt1 = ini->value(QStringLiteral("web/passwordSalt")).toByteArray();
        const QByteArray hash1 = ini->value(QStringLiteral("web/passwordHash")).toByteArray();
        QVERIFY(f.settings.setWebPassword(kPassword));
        QVERIFY(ini->value(QStringLiteral("web/passwordSalt")).toByteArray() != salt1);
        QVERIFY(ini->value(QStringLiteral("web/passwordHash")).toByteArray() != hash1);
        QVERIFY(f.settings.verifyWebPassword(kPassword));
    }

    void corruptPasswordEntriesCountAsUnset()
    {
        Fixture f;
        QVERIFY(f.settings.setWebPassword(kPassword));
        f.profile.openSettings()->setValue(QStringLiteral("web/passwordHash"), QStringLiteral("AAAA"));
        QVERIFY(!f.settings.webPasswordSet());
        QVERIFY(!f.settings.verifyWebPassword(kPassword));
    }

    void validateFileNameTemplate_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("error");  // part of the message; empty = valid
        QTest::newRow("title") << QStringLiteral("{title}") << QString();
        QTest::newRow("artist - title") << QStringLiteral("{artist} - {title}") << QString();
        QTest::newRow("all") << QStringLiteral("{track}. {artist} - {album} ({date}) {title}") << QString();
        QTest::newRow("album only") << QStringLiteral("{album}") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a file name template");
        QTest::newRow("no placeholder") << QStringLiteral("song") << QStringLiteral("needs at least one");
        QTest::newRow("unknown") << QStringLiteral("{artist} - {titel}") << QStringLiteral("Unknown placeholder {titel}");
        QTest::newRow("upper case") << QStringLiteral("{TITLE}") << QStringLiteral("Unknown placeholder {TITLE}");
        QTest::newRow("empty braces") << QStringLiteral("{} {title}") << QStringLiteral("Unknown placeholder {}");
        QTest::newRow("slash") << QStringLiteral("{artist}/{title}") << QStringLiteral("cannot contain / or \\");
        QTest::newRow("backslash") << QStringLiteral("{artist}\\{title}") << QStringLiteral("cannot contain / or \\");
        QTest::newRow("open brace") << QStringLiteral("{title") << QStringLiteral("without its partner");
        QTest::newRow("extra close") << QStringLiteral("{title}}") << QStringLiteral("without its partner");
    }

    void validateFileNameTemplate()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, error);
        const QString message = Settings::validateFileNameTemplate(pattern);
        QVERIFY2(error.isEmpty() ? message.isEmpty() : message.contains(error), qPrintable(message));
    }

    void validatePort_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("0") << 0 << false;
        QTest::newRow("80") << 80 << false;
        QTest::newRow("1023") << 1023 << false;
        QTest::newRow("1024") << 1024 << true;
        QTest::newRow("8080") << 8080 << true;
        QTest::newRow("65535") << 65535 << true;
        QTest::newRow("65536") << 65536 << false;
    }

    void validatePort()
    {
        QFETCH(int, port);
        QFETCH(bool, valid);
        const QString message = Settings::validatePort(port);
        QCOMPARE(message.isEmpty(), valid);
        if (!valid)
            QCOMPARE(message, QStringLiteral("The port must be between 1024 and 65535."));
    }

    void validateListenAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("passwordSet");
        QTest::addColumn<QString>("error");
        const QString needsPassword = QStringLiteral("Listening on the network needs an access password.");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << false << QString();
        QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << false << QString();
        QTest::newRow("LAN, no password") << QStringLiteral("0.0.0.0") << false << needsPassword;
        QTest::newRow("LAN, password") << QStringLiteral("0.0.0.0") << true << QString();
        QTest::newRow("one address, no password") << QStringLiteral("192.168.1.20") << false << needsPassword;
        QTest::newRow("one address, password") << QStringLiteral("192.168.1.20") << true << QString();
        QTest::newRow("IPv6 any, no password") << QStringLiteral("::") << false << needsPassword;
        QTest::newRow("host name") << QStringLiteral("localhost") << true << QStringLiteral("\"localhost\" is not an IP address.");
        QTest::newRow("bad octet") << QStringLiteral("999.1.1.1") << true << QStringLiteral("\"999.1.1.1\" is not an IP address.");
        QTest::newRow("empty") << QString() << true << QStringLiteral("\"\" is not an IP address.");
    }

    void validateListenAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, passwordSet);
        QFETCH(QString, error);
        QCOMPARE(Settings::validateListenAddress(address, passwordSet), error);
    }

    void validateYtDlpPath_data()
    {
        QTest::addColumn<QString>("name");  // created in a temporary folder as described
        QTest::addColumn<QString>("error");
        QTest::newRow("empty = PATH") << QString() << QString();
        QTest::newRow("executable") << QStringLiteral("exe") << QString();
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("not executable") << QStringLiteral("plain") << QStringLiteral("is not an executable file");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is not an executable file");
    }

    void validateYtDlpPath()
    {
        QFETCH(QString, name);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QString path;
        if (name == QLatin1String("exe"))
            path = makeFile(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        else if (name == QLatin1String("plain"))
            path = makeFile(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        else if (name == QLatin1String("folder"))
            QVERIFY(QDir(dir.path()).mkdir(name));
        if (!name.isEmpty() && path.isEmpty())
            path = dir.filePath(name);
        const QString message = Settings::validateYtDlpPath(path);
        QVERIFY2(error.isEmpty() ? message.isEmpty() : message.contains(error), qPrintable(message));
    }

    void validateOutputDir_data()
    {
        QTest::addColumn<QString>("relative");  // below a temporary folder; "" = empty input
        QTest::addColumn<QString>("error");
        QTest::newRow("existing") << QStringLiteral(".") << QString();
        QTest::newRow("created") << QStringLiteral("new/deeper") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Choose an output folder.");
        QTest::newRow("relative") << QStringLiteral("RELATIVE") << QStringLiteral("must be a full path");
        QTest::newRow("a file") << QStringLiteral("file.txt") << QStringLiteral("is a file, not a folder");
        QTest::newRow("below a file") << QStringLiteral("file.txt/sub") << QStringLiteral("cannot be created");
    }

    void validateOutputDir()
    {
        QFETCH(QString, relative);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(!makeFile(dir.filePath(QStringLiteral("file.txt")), QFile::ReadOwner | QFile::WriteOwner).isEmpty());
        const QString path = relative.isEmpty() ? QString()
            : relative == QLatin1String("RELATIVE") ? QStringLiteral("Music/TuneDrop")
                                                    : QDir::cleanPath(dir.filePath(relative));
        const QString message = Settings::validateOutputDir(path);
        QVERIFY2(error.isEmpty() ? message.isEmpty() : message.contains(error), qPrintable(message));
        if (error.isEmpty())
            QVERIFY(QFileInfo(path).isDir());
    }

    void validateTimeLimits_data()
    {
        QTest::addColumn<int>("soft");
        QTest::addColumn<int>("hard");
        QTest::addColumn<bool>("valid");
        QTest::newRow("both off") << 0 << 0 << true;
        QTest::newRow("original 240/360") << 240 << 360 << true;
        QTest::newRow("soft only") << 300 << 0 << true;
        QTest::newRow("hard only") << 0 << 300 << true;
        QTest::newRow("equal") << 300 << 300 << false;
        QTest::newRow("soft after hard") << 360 << 240 << false;
        QTest::newRow("negative") << -60 << 0 << false;
        QTest::newRow("over a day") << 0 << 86460 << false;
    }

    void validateTimeLimits()
    {
        QFETCH(int, soft);
        QFETCH(int, hard);
        QFETCH(bool, valid);
        QCOMPARE(Settings::validateTimeLimits(soft, hard).isEmpty(), valid);
    }

    // The dialog ------------------------------------------------------------------------

    void dialogShowsCurrentSettings()
    {
        Fixture f;
        f.settings.setEncoder(EncoderSettings::vbr(5));
        f.settings.setRetentionHours(0);
        f.settings.setSoftTimeLimitSeconds(240);
        f.settings.setLanguage(QStringLiteral("de"));
        QVERIFY(f.settings.setWebPassword(kPassword));
        SettingsDialog dialog(f.settings);
        QCOMPARE(child<QLineEdit>(dialog, "outputDir")->text(), QDir::toNativeSeparators(f.outDir()));
        QCOMPARE(child<QComboBox>(dialog, "encoderMode")->currentIndex(), 1);
        QCOMPARE(child<QSpinBox>(dialog, "vbrQuality")->value(), 5);
        QVERIFY(child<QCheckBox>(dialog, "keepForever")->isChecked());
        QVERIFY(!child<QSpinBox>(dialog, "retentionHours")->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, "softTimeLimit")->value(), 4);
        QCOMPARE(child<QSpinBox>(dialog, "hardTimeLimit")->text(), QStringLiteral("Off"));
        QCOMPARE(child<QComboBox>(dialog, "language")->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(child<QLineEdit>(dialog, "webPassword")->placeholderText(), QStringLiteral("unchanged"));
        QCOMPARE(child<QLineEdit>(dialog, "webPassword")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QComboBox>(dialog, "bitrate")->currentText(), QStringLiteral("192 kbps"));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QSpinBox>(dialog, "vbrQuality")->isVisible());
        QVERIFY(!child<QComboBox>(dialog, "bitrate")->isVisible());
        child<QComboBox>(dialog, "encoderMode")->setCurrentIndex(0);
        QVERIFY(!child<QSpinBox>(dialog, "vbrQuality")->isVisible());
        QVERIFY(child<QComboBox>(dialog, "bitrate")->isVisible());
    }

    void dialogTemplatePreviewIsLive()
    {
        Fixture f;
        SettingsDialog dialog(f.settings);
        auto *edit = child<QLineEdit>(dialog, "fileNameTemplate");
        auto *preview = child<QLabel>(dialog, "templatePreview");
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("{track} - {artist} - {title}"));
        QCOMPARE(preview->text(), QStringLiteral("Example: 03 - Miles Davis - Blue in Green.mp3"));
        QTest::keyClicks(edit, QStringLiteral(" {nope}"));
        QVERIFY2(preview->text().contains(QStringLiteral("Unknown placeholder {nope}")), qPrintable(preview->text()));
    }

    void dialogAppliesChanges()
    {
        Fixture f;
        QTemporaryDir tools;
        const QString ytDlp = makeFile(tools.filePath(QStringLiteral("yt-dlp")),
                                       QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString newOut = f.dir.filePath(QStringLiteral("Library/New"));
        SettingsDialog dialog(f.settings);
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        child<QLineEdit>(dialog, "outputDir")->setText(QDir::toNativeSeparators(newOut));
        child<QComboBox>(dialog, "bitrate")->setCurrentText(QStringLiteral("256 kbps"));
        child<QComboBox>(dialog, "id3Version")->setCurrentIndex(1);
        child<QCheckBox>(dialog, "streamCopy")->setChecked(false);
        auto *pattern = child<QLineEdit>(dialog, "fileNameTemplate");
        pattern->selectAll();
        QTest::keyClicks(pattern, QStringLiteral("{artist} - {title}"));
        child<QSpinBox>(dialog, "workers")->setValue(3);
        child<QSpinBox>(dialog, "retentionHours")->setValue(48);
        child<QSpinBox>(dialog, "playlistLimit")->setValue(50);
        child<QSpinBox>(dialog, "softTimeLimit")->setValue(4);
        child<QSpinBox>(dialog, "hardTimeLimit")->setValue(6);
        child<QCheckBox>(dialog, "webEnabled")->setChecked(true);
        child<QSpinBox>(dialog, "webPort")->setValue(8181);
        child<QComboBox>(dialog, "listenAddress")->setCurrentIndex(1);
        child<QLineEdit>(dialog, "webPassword")->setText(kPassword);  // keyClicks types Latin-1 only
        child<QLineEdit>(dialog, "ytDlpPath")->setText(ytDlp);
        child<QComboBox>(dialog, "language")->setCurrentText(QStringLiteral("Français"));
        child<QCheckBox>(dialog, "notifyOnFinish")->setChecked(false);
        child<QCheckBox>(dialog, "closeToTray")->setChecked(true);
        child<QComboBox>(dialog, "theme")->setCurrentIndex(child<QComboBox>(dialog, "theme")->findData(QStringLiteral("light")));

        QVERIFY2(dialog.apply(), qPrintable(dialog.validationMessage()));
        QCOMPARE(applied.count(), 1);
        QVERIFY(dialog.validationMessage().isEmpty());
        QVERIFY(!child<QLabel>(dialog, "validationMessage")->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "webPassword")->text().isEmpty());
        QVERIFY(!f.iniBytes().contains(kPassword.toUtf8()));

        Profile profile(f.dir.path());
        const Settings s(profile);
        QCOMPARE(s.outputDir(), newOut);
        QVERIFY(QFileInfo(newOut).isDir());
        QCOMPARE(s.encoder().describe(), QStringLiteral("CBR 256 kbps"));
        QCOMPARE(s.encoder().id3Version, EncoderSettings::Id3Version::V23);
        QCOMPARE(s.encoder().allowStreamCopy, false);
        QCOMPARE(s.fileNameTemplate(), QStringLiteral("{artist} - {title}"));
        QCOMPARE(s.workers(), 3);
        QCOMPARE(s.retentionHours(), 48);
        QCOMPARE(s.playlistLimit(), 50);
        QCOMPARE(s.softTimeLimitSeconds(), 240);
        QCOMPARE(s.hardTimeLimitSeconds(), 360);
        QCOMPARE(s.webEnabled(), true);
        QCOMPARE(s.webPort(), 8181);
        QCOMPARE(s.webListenAddress(), QStringLiteral("0.0.0.0"));
        QVERIFY(s.verifyWebPassword(kPassword));
        QCOMPARE(s.ytDlpPath(), ytDlp);
        QCOMPARE(s.language(), QStringLiteral("fr"));
        QCOMPARE(s.notifyOnFinish(), false);
        QCOMPARE(s.closeToTray(), true);
        QCOMPARE(s.theme(), QStringLiteral("light"));

        // Keep forever and VBR, through OK this time.
        child<QCheckBox>(dialog, "keepForever")->setChecked(true);
        QVERIFY(!child<QSpinBox>(dialog, "retentionHours")->isEnabled());
        child<QComboBox>(dialog, "encoderMode")->setCurrentIndex(1);
        child<QSpinBox>(dialog, "vbrQuality")->setValue(0);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(applied.count(), 2);
        QCOMPARE(s.retentionHours(), 0);
        QCOMPARE(s.encoder().describe(), QStringLiteral("VBR V0"));
    }

    void dialogRefusesInvalidValues_data()
    {
        QTest::addColumn<QString>("field");    // objectName of the field that must get the focus
        QTest::addColumn<QString>("message");  // part of the message
        QTest::newRow("invalid template") << QStringLiteral("fileNameTemplate") << QStringLiteral("Unknown placeholder {titel}.");
        QTest::newRow("LAN without password") << QStringLiteral("listenAddress")
                                              << QStringLiteral("Listening on the network needs an access password.");
        QTest::newRow("removed password, LAN") << QStringLiteral("listenAddress")
                                               << QStringLiteral("Listening on the network needs an access password.");
        QTest::newRow("bad yt-dlp path") << QStringLiteral("ytDlpPath") << QStringLiteral("does not exist");
        QTest::newRow("output below a file") << QStringLiteral("outputDir") << QStringLiteral("cannot be created");
        QTest::newRow("soft after hard") << QStringLiteral("softTimeLimit") << QStringLiteral("must be shorter");
    }

    void dialogRefusesInvalidValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        Fixture f;
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("removed password, LAN")) {
            QVERIFY(f.settings.setWebPassword(kPassword));
            f.settings.setWebEnabled(true);
            f.settings.setWebListenAddress(QStringLiteral("0.0.0.0"));
        }
        f.settings.sync();
        const QVariantMap before = f.snapshot();
        SettingsDialog dialog(f.settings);
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(dialog, "workers")->setValue(7);  // a valid change that must not be saved either

        const QString tag = QLatin1String(QTest::currentDataTag());
        if (field == QLatin1String("fileNameTemplate")) {
            child<QLineEdit>(dialog, "fileNameTemplate")->setText(QStringLiteral("{artist} - {titel}"));
        } else if (tag == QLatin1String("LAN without password")) {
            child<QCheckBox>(dialog, "webEnabled")->setChecked(true);
            child<QComboBox>(dialog, "listenAddress")->setCurrentIndex(1);
        } else if (tag == QLatin1String("removed password, LAN")) {
            QCOMPARE(child<QComboBox>(dialog, "listenAddress")->currentIndex(), 1);
            QTest::mouseClick(child<QPushButton>(dialog, "removePassword"), Qt::LeftButton);
            QVERIFY(child<QLineEdit>(dialog, "webPassword")->placeholderText().isEmpty());
        } else if (field == QLatin1String("ytDlpPath")) {
            child<QLineEdit>(dialog, "ytDlpPath")->setText(f.dir.filePath(QStringLiteral("no/such/yt-dlp")));
        } else if (field == QLatin1String("outputDir")) {
            const QString file = makeFile(f.dir.filePath(QStringLiteral("file")), QFile::ReadOwner | QFile::WriteOwner);
            child<QLineEdit>(dialog, "outputDir")->setText(file + QStringLiteral("/sub"));
        } else {
            child<QSpinBox>(dialog, "softTimeLimit")->setValue(10);
            child<QSpinBox>(dialog, "hardTimeLimit")->setValue(5);
        }
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(0);

        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.validationMessage().contains(message), qPrintable(dialog.validationMessage()));
        auto *label = child<QLabel>(dialog, "validationMessage");
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), dialog.validationMessage());
        QVERIFY(label->palette().color(QPalette::WindowText).red() > 150);
        QWidget *expected = dialog.findChild<QWidget *>(field);
        QCOMPARE(dialog.focusWidget(), expected);
        QVERIFY(child<QTabWidget>(dialog, "tabs")->currentWidget()->isAncestorOf(expected));
        QCOMPARE(applied.count(), 0);
        QCOMPARE(f.snapshot(), before);

        // OK refuses too and keeps the dialog open.
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(f.snapshot(), before);
    }

    void dialogKeepsUntouchedValues()
    {
        Fixture f;
        f.settings.setSoftTimeLimitSeconds(90);  // not whole minutes: kept while the minute is
        f.settings.setHardTimeLimitSeconds(150);
        f.settings.setEncoder(EncoderSettings::vbr(7));
        f.settings.setLanguage(QStringLiteral("pt_BR"));  // not in the list: shown and kept
        SettingsDialog dialog(f.settings);
        QCOMPARE(child<QSpinBox>(dialog, "softTimeLimit")->value(), 2);
        QVERIFY(dialog.apply());
        QCOMPARE(f.settings.softTimeLimitSeconds(), 90);
        QCOMPARE(f.settings.hardTimeLimitSeconds(), 150);
        QCOMPARE(f.settings.encoder().describe(), QStringLiteral("VBR V7"));
        QCOMPARE(f.settings.language(), QStringLiteral("pt_BR"));
        QCOMPARE(f.settings.webListenAddress(), QStringLiteral("127.0.0.1"));
        child<QSpinBox>(dialog, "softTimeLimit")->setValue(1);
        QVERIFY(dialog.apply());
        QCOMPARE(f.settings.softTimeLimitSeconds(), 60);
    }

    void dialogRemovesPassword()
    {
        Fixture f;
        QVERIFY(f.settings.setWebPassword(kPassword));
        f.settings.setWebEnabled(true);
        SettingsDialog dialog(f.settings);
        auto *remove = child<QPushButton>(dialog, "removePassword");
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);  // listening on loopback: no password needed
        QVERIFY(f.settings.webPasswordSet());         // not before apply
        QVERIFY(!remove->isEnabled());
        QVERIFY(dialog.apply());
        QVERIFY(!f.settings.webPasswordSet());
        QVERIFY(child<QLineEdit>(dialog, "webPassword")->placeholderText().isEmpty());
    }

    void dialogControlsAreNamedAndLabelled()
    {
        Fixture f;
        SettingsDialog dialog(f.settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = child<QTabWidget>(dialog, "tabs");
        const auto labels = dialog.findChildren<QLabel *>();
        const auto buttons = child<QDialogButtonBox>(dialog, "buttons")->buttons();
        int inputs = 0;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QWidget *page = tabs->widget(t);
            QMap<QChar, QString> used;  // mnemonic -> who
            auto take = [&](const QString &text, const QString &who) {
                const QChar m = mnemonic(text);
                QVERIFY2(!m.isNull(), qPrintable(who + QStringLiteral(" has no mnemonic")));
                QVERIFY2(!used.contains(m), qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(who, used.value(m), m)));
                used.insert(m, who);
            };
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i), QStringLiteral("tab ") + tabs->tabText(i));
            for (QAbstractButton *b : buttons)
                if (!mnemonic(b->text()).isNull())
                    take(b->text(), b->text());
            for (QWidget *w : page->findChildren<QWidget *>()) {
                const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)
                    || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w);
                if (!input || qobject_cast<QLineEdit *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                    continue;  // the line edit inside a spin box or combo box
                if (qobject_cast<QComboBox *>(w->parentWidget()))
                    continue;
                ++inputs;
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                if (!w->isVisibleTo(page))
                    continue;
                if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                    take(b->text(), w->objectName());
                    continue;
                }
                const auto buddy = std::find_if(labels.begin(), labels.end(), [w](QLabel *l) { return l->buddy() == w; });
                QVERIFY2(buddy != labels.end(), qPrintable(w->objectName() + QStringLiteral(" has no label")));
                take((*buddy)->text(), w->objectName());
            }
        }
        QVERIFY(inputs >= 22);
    }

    // Settings ▸ Tools: which yt-dlp, how old, Update / Roll Back against a local release server.
    void ytDlpPanelShowsAgeAndUpdates()
    {
        Fixture f;
        QTemporaryDir release;
        const auto fake = [](const char *version) {
            return QByteArray("#!/bin/sh\nif [ \"$1\" = --version ]; then echo ") + version + "; exit 0; fi\nexit 1\n";
        };
        const auto publish = [&release](const QByteArray &script, const QByteArray &hashed) {
            const QString dir = release.filePath(QStringLiteral("latest/download"));
            QDir().mkpath(dir);
            QFile asset(QDir(dir).filePath(QStringLiteral("yt-dlp")));
            QVERIFY(asset.open(QIODevice::WriteOnly | QIODevice::Truncate));
            asset.write(script);
            QFile sums(QDir(dir).filePath(QStringLiteral("SHA2-256SUMS")));
            QVERIFY(sums.open(QIODevice::WriteOnly | QIODevice::Truncate));
            sums.write(QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex() + "  yt-dlp\n");
        };
        // A managed copy from 1 January 2025, seen on 1 December 2025: 334 days old.
        QDir().mkpath(QFileInfo(managedYtDlpPath(f.settings)).path());
        QVERIFY(!makeFile(managedYtDlpPath(f.settings), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner).isEmpty());
        {
            QFile script(managedYtDlpPath(f.settings));
            QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
            script.write(fake("2025.01.01"));
        }
        LocalHttpServer server(release.path());
        f.settings.setYtDlpReleaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

        SettingsDialog dialog(f.settings);
        auto *panel = dialog.ytDlpPanel();
        QTRY_VERIFY(!panel->isBusy());
        panel->setToday([] { return QDate(2025, 12, 1); });
        QSignalSpy probed(panel, &YtDlpPanel::statusChanged);
        panel->refresh(QString());
        QTRY_COMPARE(probed.size(), 1);
        auto *summary = child<QLabel>(dialog, "ytDlpStatus");
        auto *age = child<QLabel>(dialog, "ytDlpAgeWarning");
        QVERIFY2(summary->text().contains(QLatin1String("2025.01.01, the copy TuneDrop keeps up to date")), qPrintable(summary->text()));
        QVERIFY(!age->isHidden());
        QVERIFY2(age->text().contains(QLatin1String("334")), qPrintable(age->text()));
        QVERIFY(!child<QLabel>(dialog, "jsRuntimeStatus")->text().isEmpty());

        // A download that does not match the checksums is refused; the old copy stays.
        publish(fake("2025.11.30"), "tampered");
        QSignalSpy finished(panel, &YtDlpPanel::updateFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "updateYtDlp"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(child<QLabel>(dialog, "ytDlpUpdateResult")->text().contains(QLatin1String("checksum")),
                 qPrintable(child<QLabel>(dialog, "ytDlpUpdateResult")->text()));
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(panel->status().installation.version, QStringLiteral("2025.01.01"));

        // A good one is installed and shown; the warning goes; Roll Back brings the old one back.
        publish(fake("2025.11.30"), fake("2025.11.30"));
        QTest::mouseClick(child<QPushButton>(dialog, "updateYtDlp"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(panel->status().installation.version, QStringLiteral("2025.11.30"));
        QVERIFY(summary->text().contains(QLatin1String("2025.11.30")));
        QVERIFY(age->isHidden());
        auto *rollBack = child<QPushButton>(dialog, "rollBackYtDlp");
        QVERIFY(rollBack->isEnabled());
        QTest::mouseClick(rollBack, Qt::LeftButton);
        QTRY_VERIFY(!panel->isBusy());
        QTRY_COMPARE(panel->status().installation.version, QStringLiteral("2025.01.01"));
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(3);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
        QVERIFY(dialog.grab().save(QStringLiteral("screenshots/settings-tools-stale.png")));
    }

    // Closing Settings while an update hangs: on a release server that stalls, or in the new
    // copy's `--version` check (bounded at 5 s, not cancellable). The dialog closes and goes
    // away at once (the update is never joined on the GUI thread, where it could hold the
    // window for the 30 s download timeout or those 5 s); the update ends in the background,
    // installs nothing, and the event loop keeps running.
    void closingDuringAStalledUpdateDoesNotBlock_data()
    {
        QTest::addColumn<bool>("hangingVersion");
        QTest::newRow("stalled checksums download") << false;
        QTest::newRow("hanging --version of the new copy") << true;
    }
    void closingDuringAStalledUpdateDoesNotBlock()
    {
        QFETCH(bool, hangingVersion);
        Fixture f;
        QTemporaryDir release;
        const QString dir = release.filePath(QStringLiteral("latest/download"));
        QVERIFY(QDir().mkpath(dir));
        const QString started = release.filePath(QStringLiteral("version-asked"));
        const QByteArray program = "#!/bin/sh\n/usr/bin/touch '" + QFile::encodeName(started) + "'\nexec /bin/sleep 60\n";
        {
            QFile asset(QDir(dir).filePath(QStringLiteral("yt-dlp")));
            QVERIFY(asset.open(QIODevice::WriteOnly));
            asset.write(program);
            QFile sums(QDir(dir).filePath(QStringLiteral("SHA2-256SUMS")));
            QVERIFY(sums.open(QIODevice::WriteOnly));
            sums.write(QCryptographicHash::hash(program, QCryptographicHash::Sha256).toHex() + "  yt-dlp\n");
        }
        LocalHttpServer server(release.path());
        const QString sums = QStringLiteral("latest/download/SHA2-256SUMS");
        if (!hangingVersion) {
            LocalHttpServer::Fault hang;
            hang.stallAfterBytes = 0;
            hang.stallMs = 120000;
            server.setFault(sums, hang);
        }
        f.settings.setYtDlpReleaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

        auto dialog = std::make_unique<SettingsDialog>(f.settings);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        YtDlpPanel *panel = dialog->ytDlpPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        QTest::mouseClick(child<QPushButton>(*dialog, "updateYtDlp"), Qt::LeftButton);
        if (hangingVersion)
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 10000);
        else
            QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(sums), 1, 10000);
        QVERIFY(panel->isBusy());

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        dialog->reject();
        QVERIFY(!dialog->isVisible());
        dialog.reset();  // the panel and its background work go with it
        const qint64 closeMs = clock.elapsed();
        QVERIFY2(closeMs < 2500, qPrintable(QStringLiteral("closing took %1 ms").arg(closeMs)));
        QTRY_VERIFY_WITH_TIMEOUT(BackgroundTasks::stragglers() == 0, 20000);
        QVERIFY(ticks > 0);
        qInfo("closed in %lld ms; the update ended %lld ms after the close was asked", closeMs, clock.elapsed());
        QVERIFY(!QFile::exists(managedYtDlpPath(f.settings)));
        if (!hangingVersion)
            QCOMPARE(server.requestCount(QStringLiteral("latest/download/yt-dlp")), 0);
    }

    // Settings ▸ Tools: import a cookies.txt (kept in the secret store), choose the source, forget.
    void ytDlpPanelCookies()
    {
        Fixture f;
        SecretStore secrets(QStringLiteral("TuneDropTest"), f.dir.path(), f.dir.path());
        CookieVault vault(f.settings, secrets);
        SettingsDialog dialog(f.settings, nullptr, &vault);
        auto *panel = dialog.ytDlpPanel();
        QTRY_VERIFY(!panel->isBusy());
        auto *fileChoice = child<QRadioButton>(dialog, "cookiesFile");
        QVERIFY(!fileChoice->isEnabled());  // nothing imported yet
        QVERIFY(child<QRadioButton>(dialog, "cookiesNone")->isChecked());

        const QString txt = f.dir.filePath(QStringLiteral("cookies.txt"));
        QFile file(txt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Netscape HTTP Cookie File\n.youtube.com\tTRUE\t/\tTRUE\t1893456000\tSID\tpanel-secret\n");
        file.close();
        QSignalSpy changed(panel, &YtDlpPanel::signInChanged);
        QVERIFY(!panel->importCookiesFrom(f.outDir()));  // a folder: refused, said why
        QVERIFY(!child<QLabel>(dialog, "cookiesStatus")->text().isEmpty());
        QVERIFY(panel->importCookiesFrom(txt));
        QCOMPARE(changed.size(), 1);
        QVERIFY(fileChoice->isEnabled() && fileChoice->isChecked());
        QVERIFY(child<QLabel>(dialog, "cookiesStatus")->text().contains(QLatin1String("1 cookie")));
        QVERIFY(dialog.apply());
        QCOMPARE(f.settings.cookieSource(), Settings::CookieSource::File);
        QVERIFY(!f.iniBytes().contains("panel-secret"));

        // A browser the user types must be one yt-dlp knows.
        child<QRadioButton>(dialog, "cookiesBrowser")->setChecked(true);
        child<QComboBox>(dialog, "cookiesBrowserSpec")->setCurrentText(QStringLiteral("mosaic"));
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.validationMessage().contains(QLatin1String("firefox")), qPrintable(dialog.validationMessage()));
        child<QComboBox>(dialog, "cookiesBrowserSpec")->setCurrentText(QStringLiteral("chrome:Profile 1"));
        QVERIFY(dialog.apply());
        QCOMPARE(f.settings.cookieSource(), Settings::CookieSource::Browser);
        QCOMPARE(f.settings.cookiesBrowser(), QStringLiteral("chrome:Profile 1"));
        QCOMPARE(ServiceConfigs::from(f.settings, f.settings.profile(), CommandLineOptions{}, {}).queue.signIn.browser,
                 QStringLiteral("chrome:Profile 1"));

        QTest::mouseClick(child<QPushButton>(dialog, "forgetCookies"), Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!vault.load());
        QVERIFY(!fileChoice->isEnabled());
        QVERIFY(child<QRadioButton>(dialog, "cookiesBrowser")->isChecked());  // the browser choice stays
    }

    void dialogScreenshots()
    {
        Fixture f;
        f.settings.setWebEnabled(true);
        QVERIFY(f.settings.setWebPassword(kPassword));
        f.settings.setFileNameTemplate(QStringLiteral("{track} - {artist} - {title}"));
        SettingsDialog dialog(f.settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
        auto *tabs = child<QTabWidget>(dialog, "tabs");
        const QStringList names = {QStringLiteral("output"), QStringLiteral("queue"), QStringLiteral("web"),
                                   QStringLiteral("tools"), QStringLiteral("interface")};
        QCOMPARE(tabs->count(), names.size());
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString path = QStringLiteral("screenshots/settings-%1.png").arg(names.at(i));
            QVERIFY(dialog.grab().save(path));
            qInfo("saved %s", qPrintable(QFileInfo(path).absoluteFilePath()));
        }
        // VBR shows its quality instead of the bitrate.
        tabs->setCurrentIndex(0);
        child<QComboBox>(dialog, "encoderMode")->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(QStringLiteral("screenshots/settings-output-vbr.png")));
        // The refusal, as the user sees it.
        child<QLineEdit>(dialog, "fileNameTemplate")->setText(QStringLiteral("{artist}/{title}"));
        QVERIFY(!dialog.apply());
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(QStringLiteral("screenshots/settings-refused.png")));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
