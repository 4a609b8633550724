// The command line, run as a real process: --version, --help, --headless --once.
#include "MediaFixtures.h"
#include "LocalHttpServer.h"
#include "Mp3Probe.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>

#include <QtTest>

using namespace tunedrop::test;

class TestCli : public QObject {
    Q_OBJECT

private:
    QString m_bin;
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_fx;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_bin, args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QProcessEnvironment noDisplay()
    {
        // Headless mode must not need any display or platform plugin.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));  // the messages below are English
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("TUNEDROP_BIN");
        QVERIFY2(QFileInfo(m_bin).isExecutable(), "TUNEDROP_BIN must point at the built tunedrop");
        m_fx = std::make_unique<MediaFixtures>(m_dir.path());
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")}, noDisplay());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("TuneDrop ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("LAME 3.")));
        QVERIFY(r.out.contains(QStringLiteral("libavcodec")));
        QVERIFY(r.out.contains(QStringLiteral("yt-dlp")));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")}, noDisplay());
        QCOMPARE(r.exitCode, 0);
        for (const char *opt : {"--headless", "--once", "--output-dir", "--bitrate", "--vbr", "--profile"})
            QVERIFY2(r.out.contains(QLatin1String(opt)), opt);
    }

    void onceConvertsAndReportsEachItem()
    {
        const QString a = m_fx->make(QStringLiteral("first song.webm"),
                                     MediaFixtures::stereoTones(2) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        const QString b = m_fx->make(QStringLiteral("second.flac"),
                                     MediaFixtures::stereoTones(2, 1000, 440, 44100) + QStringList{QStringLiteral("-c:a"), QStringLiteral("flac")});
        const QString missing = m_dir.filePath(QStringLiteral("missing.ogg"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QTemporaryDir out;
        QTemporaryDir profile;
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--profile"), profile.path(),
                           QStringLiteral("--output-dir"), out.path(), QStringLiteral("--bitrate"), QStringLiteral("128"),
                           a, missing, b},
                          noDisplay());
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{out.filePath(QStringLiteral("first song.mp3")), out.filePath(QStringLiteral("second.mp3"))}));
        QVERIFY2(r.err.contains(QStringLiteral("error: %1: ").arg(missing)), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        for (const QString &mp3 : lines) {
            const MediaProbe p = probeMedia(mp3);
            QCOMPARE(p.codecName, QStringLiteral("mp3"));
            QVERIFY(qAbs(p.bitRate - 128000) < 5000);
        }
    }

    void onceAllGoodExitsZeroAndVbrWorks()
    {
        const QString a = m_fx->make(QStringLiteral("vbr.ogg"),
                                     MediaFixtures::stereoTones(2, 1000, 440, 44100) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libvorbis")});
        QTemporaryDir out;
        QTemporaryDir profile;
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--profile"), profile.path(),
                           QStringLiteral("--output-dir"), out.path(), QStringLiteral("--vbr"), QStringLiteral("4"), a},
                          noDisplay());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), out.filePath(QStringLiteral("vbr.mp3")));
        QCOMPARE(xingTagKind(r.out.trimmed()), QByteArray("Xing"));
    }

    void outputDirDefaultsToTheProfilesLibrary()
    {
        const QString a = m_fx->make(QStringLiteral("lib.webm"),
                                     MediaFixtures::stereoTones(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        QTemporaryDir profile;
        QTemporaryDir library;
        QFile ini(profile.filePath(QStringLiteral("tunedrop.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[output]\ndir=" + library.path().toUtf8() + "\n");
        ini.close();
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--profile"), profile.path(), a},
                          noDisplay());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), library.filePath(QStringLiteral("lib.mp3")));
    }

    // Issue 13 item 2: the duplicate shortcut keyed on the path only and printed the old MP3.
    void onceConvertsAgainWhenTheInputOrSettingsChanged()
    {
        const QString five = m_fx->make(QStringLiteral("five.wav"), MediaFixtures::stereoTones(5, 1000, 440, 44100));
        const QString three = m_fx->make(QStringLiteral("three.wav"), MediaFixtures::stereoTones(3, 500, 880, 44100));
        QVERIFY(!five.isEmpty() && !three.isEmpty());
        QTemporaryDir work;
        QTemporaryDir profile;
        const QString x = work.filePath(QStringLiteral("x.wav"));
        const QString o1 = work.filePath(QStringLiteral("o1")), o2 = work.filePath(QStringLiteral("o2"));
        const auto once = [&](const QString &dir, const QString &kbps) {
            return run({QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--profile"), profile.path(),
                        QStringLiteral("--output-dir"), dir, QStringLiteral("--bitrate"), kbps, x},
                       noDisplay());
        };
        QVERIFY(QFile::copy(five, x));
        const Run first = once(o1, QStringLiteral("192"));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.trimmed(), QDir(o1).filePath(QStringLiteral("x.mp3")));

        // Overwritten in place with other audio, then asked for elsewhere at another bitrate.
        QFile overwrite(x);
        QFile source(three);
        QVERIFY(overwrite.open(QIODevice::WriteOnly | QIODevice::Truncate) && source.open(QIODevice::ReadOnly));
        QVERIFY(overwrite.write(source.readAll()) > 0);
        overwrite.close();
        const Run second = once(o2, QStringLiteral("320"));
        QCOMPARE(second.exitCode, 0);
        const QString fresh = QDir(o2).filePath(QStringLiteral("x.mp3"));
        QCOMPARE(second.out.trimmed(), fresh);
        const MediaProbe p = probeMedia(fresh);
        QVERIFY2(p.ok, qPrintable(p.error));
        QVERIFY2(qAbs(p.bitRate - 320000) < 10000, qPrintable(QString::number(p.bitRate)));
        QVERIFY2(qAbs(p.decodedSeconds() - 3.0) < 0.2, qPrintable(QString::number(p.decodedSeconds())));

        // Nothing changed since: the MP3 is reused, not made twice.
        const Run third = once(o2, QStringLiteral("320"));
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(third.out.trimmed(), fresh);
        QCOMPARE(QDir(o2).entryList(QDir::Files), QStringList{QStringLiteral("x.mp3")});

        // Same input and folder, other settings: converted again beside the old one.
        const Run fourth = once(o2, QStringLiteral("128"));
        QCOMPARE(fourth.exitCode, 0);
        QCOMPARE(fourth.out.trimmed(), QDir(o2).filePath(QStringLiteral("x (2).mp3")));
        QVERIFY(qAbs(probeMedia(fourth.out.trimmed()).bitRate - 128000) < 5000);

        // The MP3 replaced by someone else: not TuneDrop's file any more, converted again.
        QVERIFY(QFile::remove(fresh));
        QVERIFY(QFile::copy(QDir(o1).filePath(QStringLiteral("x.mp3")), fresh));
        const Run fifth = once(o2, QStringLiteral("320"));
        QCOMPARE(fifth.exitCode, 0);
        QVERIFY2(fifth.out.trimmed() != fresh, qPrintable(fifth.out));
        QVERIFY(qAbs(probeMedia(fifth.out.trimmed()).bitRate - 320000) < 10000);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad bitrate") << QStringList{QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--bitrate"), QStringLiteral("100"), QStringLiteral("x")} << QStringLiteral("100 kbps");
        QTest::newRow("both modes") << QStringList{QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--bitrate"), QStringLiteral("128"), QStringLiteral("--vbr"), QStringLiteral("2"), QStringLiteral("x")} << QStringLiteral("not both");
        QTest::newRow("no items") << QStringList{QStringLiteral("--headless"), QStringLiteral("--once")} << QStringLiteral("at least one");
        QTest::newRow("bad vbr") << QStringList{QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--vbr"), QStringLiteral("11"), QStringLiteral("x")} << QStringLiteral("between 0");
        QTest::newRow("bad retention") << QStringList{QStringLiteral("--headless"), QStringLiteral("--retention-hours"), QStringLiteral("9999")} << QStringLiteral("8760");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--headless"), QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args, noDisplay());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Real permission errors. As root (CI) the conversion runs as "nobody" via setpriv, since
    // root reads and writes everything.
    void permissionDenied_data()
    {
        QTest::addColumn<bool>("inputLocked");
        QTest::newRow("unreadable input") << true;
        QTest::newRow("unwritable output folder") << false;
    }
    void permissionDenied()
    {
        QFETCH(bool, inputLocked);
        QTemporaryDir base;
        QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                               | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        MediaFixtures fx(base.path());
        const QString input = fx.make(QStringLiteral("locked.webm"),
                                      MediaFixtures::stereoTones(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        const QString outDir = base.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString profile = base.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkpath(profile));
        const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QFile::setPermissions(profile, all);
        QFile::setPermissions(input, inputLocked ? QFile::ReadOwner | QFile::WriteOwner : QFile::ReadOwner | QFile::ReadOther);
        QFile::setPermissions(outDir, inputLocked ? all : QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);

        QString program = m_bin;
        QStringList args = {QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--profile"), profile,
                            QStringLiteral("--output-dir"), outDir, input};
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("setpriv (util-linux) is needed to drop root for this test");
            args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                               m_bin} + args;
            program = setpriv;
        }
        QProcess p;
        QProcessEnvironment env = noDisplay();
        env.insert(QStringLiteral("HOME"), profile);
        p.setProcessEnvironment(env);
        p.start(program, args);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(inputLocked ? QStringLiteral("may not read") : QStringLiteral("may not write")), qPrintable(err));
        QCOMPARE(QDir(outDir).entryList(QDir::Files), QStringList());
    }

    // Single instance with the real program: a second start hands its links to the running
    // window (same profile) and exits; the running one queues them.
    void secondStartHandsLinksToTheRunningWindow()
    {
        QTemporaryDir profile, out;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(m_bin, {QStringLiteral("--profile"), profile.path(), QStringLiteral("--output-dir"), out.path()});
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(profile.filePath(QStringLiteral("jobs.db"))), 20000);
        const QString item = m_fx->make(QStringLiteral("handed over.webm"),
                                        MediaFixtures::stereoTones(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        QProcess second;
        second.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        second.start(m_bin, {QStringLiteral("--profile"), profile.path(), item});
        QVERIFY(second.waitForFinished(20000));
        qInfo("second start handed over and exited after %lld ms", t.elapsed());
        QCOMPARE(second.exitCode(), 0);
        // The running window converts it into its own output folder.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out.filePath(QStringLiteral("handed over.mp3"))), 30000);
        window.terminate();
        QVERIFY(window.waitForFinished(10000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
    }

    // `--web`: the original endpoint works through the running service; a busy port is
    // explained and never takes the program down.
    void webServerFromTheCommandLine()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir profile, out;
        const QString media = m_fx->make(QStringLiteral("web.webm"),
                                         MediaFixtures::stereoTones(1) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
        LocalHttpServer files(QFileInfo(media).absolutePath());
        QProcess service;
        service.setProcessEnvironment(noDisplay());
        service.start(m_bin, {QStringLiteral("--headless"), QStringLiteral("--web"), QStringLiteral("--web-port"), QString::number(port),
                              QStringLiteral("--allow-local-sources"), QStringLiteral("--profile"), profile.path(),
                              QStringLiteral("--output-dir"), out.path()});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += service.readAllStandardError()).contains("web: http://127.0.0.1:"), 15000);
        QNetworkAccessManager net;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/submit").arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = net.post(req, "{\"video_url\": \"" + files.url(QStringLiteral("web.webm")).toUtf8() + "\"}");
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QVERIFY(reply->readAll().contains("REQUEST_SUBMITED"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out.filePath(QStringLiteral("web.mp3"))), 30000);

        // A second service on the same port (another profile): it says why, and keeps working.
        QTemporaryDir profile2;
        QProcess second;
        second.setProcessEnvironment(noDisplay());
        second.start(m_bin, {QStringLiteral("--headless"), QStringLiteral("--web"), QStringLiteral("--web-port"), QString::number(port),
                             QStringLiteral("--profile"), profile2.path()});
        QByteArray err2;
        QTRY_VERIFY_WITH_TIMEOUT((err2 += second.readAllStandardError()).contains("already in use"), 15000);
        QVERIFY(err2.contains(QByteArray::number(port)));
        QCOMPARE(second.state(), QProcess::Running);
        second.terminate();
        service.terminate();
        QVERIFY(second.waitForFinished(10000) && service.waitForFinished(10000));
        QCOMPARE(service.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
    }

    // Issue 20: "--web-listen ::1" printed "web: http://::1:PORT/", which is not a URL.
    void webLineBracketsAnIpv6Address()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no IPv6 loopback here");
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir profile;
        QProcess service;
        service.setProcessEnvironment(noDisplay());
        service.start(m_bin, {QStringLiteral("--headless"), QStringLiteral("--web"), QStringLiteral("--web-listen"), QStringLiteral("::1"),
                              QStringLiteral("--web-port"), QString::number(port), QStringLiteral("--profile"), profile.path()});
        const QByteArray expected = "web: http://[::1]:" + QByteArray::number(port) + "/";
        QByteArray err;
        // Wait for the whole "web: ..." line, then judge what it says.
        QTRY_VERIFY_WITH_TIMEOUT((err += service.readAllStandardError()).contains("web: ")
                                     && err.indexOf('\n', err.indexOf("web: ")) > 0, 15000);
        QVERIFY2(err.contains(expected), err.constData());
        // The printed address really reaches the server.
        const QUrl url(QStringLiteral("http://[::1]:%1/").arg(port));
        QVERIFY(url.isValid());
        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(url));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        service.terminate();
        QVERIFY(service.waitForFinished(10000));
    }

    void webPasswordFromStdinAndLanNeedsIt()
    {
        QTemporaryDir profile;
        // Without a password, listening on the LAN is refused (and the service keeps running).
        QProcess lan;
        lan.setProcessEnvironment(noDisplay());
        lan.start(m_bin, {QStringLiteral("--headless"), QStringLiteral("--web"), QStringLiteral("--web-listen"), QStringLiteral("0.0.0.0"),
                          QStringLiteral("--web-port"), QStringLiteral("0"), QStringLiteral("--profile"), profile.path()});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += lan.readAllStandardError()).contains("needs an access password"), 15000);
        QCOMPARE(lan.state(), QProcess::Running);
        lan.terminate();
        QVERIFY(lan.waitForFinished(10000));

        QProcess set;
        set.setProcessEnvironment(noDisplay());
        set.start(m_bin, {QStringLiteral("--set-web-password"), QStringLiteral("--profile"), profile.path()});
        set.write("correct horse battery\n");
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(30000));
        QCOMPARE(set.exitCode(), 0);
        QFile ini(QDir(profile.path()).filePath(QStringLiteral("tunedrop.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains("passwordHash"));
        QVERIFY(!stored.contains("correct horse"));  // only the salted hash

        // The API token: printed for scripts, the same on every call, and accepted as bearer.
        QProcess token1, token2;
        for (QProcess *t : {&token1, &token2}) {
            QProcessEnvironment env = noDisplay();
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));  // no keychain here
            t->setProcessEnvironment(env);
            t->start(m_bin, {QStringLiteral("--web-token"), QStringLiteral("--profile"), profile.path()});
            QVERIFY(t->waitForFinished(30000));
            QCOMPARE(t->exitCode(), 0);
        }
        const QByteArray token = token1.readAllStandardOutput().trimmed();
        QVERIFY(token.size() >= 32);
        QCOMPARE(token2.readAllStandardOutput().trimmed(), token);
        QVERIFY(QString::fromUtf8(token1.readAllStandardError()).contains(QStringLiteral("readable only by you")));

        QProcess empty;
        empty.setProcessEnvironment(noDisplay());
        empty.start(m_bin, {QStringLiteral("--set-web-password"), QStringLiteral("--profile"), profile.path()});
        empty.closeWriteChannel();
        QVERIFY(empty.waitForFinished(30000));
        QCOMPARE(empty.exitCode(), 2);
    }

    void updateYtDlpFromAReleaseMirror()
    {
        QTemporaryDir release, profile;
        const QByteArray script = "#!/bin/sh\n[ \"$1\" = --version ] && echo 2026.11.20\n";
        QDir().mkpath(release.filePath(QStringLiteral("latest/download")));
        QFile asset(release.filePath(QStringLiteral("latest/download/yt-dlp")));
        QVERIFY(asset.open(QIODevice::WriteOnly));
        asset.write(script);
        asset.close();
        QFile sums(release.filePath(QStringLiteral("latest/download/SHA2-256SUMS")));
        QVERIFY(sums.open(QIODevice::WriteOnly));
        sums.write(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex() + "  yt-dlp\n");
        sums.close();
        LocalHttpServer server(release.path());
        const Run ok = run({QStringLiteral("--update-yt-dlp"), QStringLiteral("--yt-dlp-release-url"),
                            QStringLiteral("http://127.0.0.1:%1").arg(server.port()), QStringLiteral("--profile"), profile.path()},
                           noDisplay());
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("2026.11.20")), qPrintable(ok.out + ok.err));
        QVERIFY(QFileInfo(profile.filePath(QStringLiteral("tools/yt-dlp"))).isExecutable());
        const Run bad = run({QStringLiteral("--update-yt-dlp"), QStringLiteral("--yt-dlp-release-url"), QStringLiteral("http://127.0.0.1:9"),
                             QStringLiteral("--profile"), profile.path()},
                            noDisplay());
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith(QStringLiteral("error: ")));
    }

    void sigtermCancelsAndLeavesNoPart()
    {
        const QString longInput = m_fx->make(QStringLiteral("sigterm.webm"),
                                             MediaFixtures::stereoTones(600) + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"), QStringLiteral("32k")});
        QTemporaryDir out;
        QTemporaryDir profile;
        QProcess p;
        p.setProcessEnvironment(noDisplay());
        p.start(m_bin, {QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--profile"), profile.path(),
                        QStringLiteral("--output-dir"), out.path(), longInput});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(out.path()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty(), 30000);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("stays queued")));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
