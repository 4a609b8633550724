// OutputFile: the ".part" then atomic, never-overwriting publish.
#include "library/OutputFile.h"

#include <QtTest>

#include <cerrno>
#include <unistd.h>

using namespace tunedrop;

class TestOutputFile : public QObject {
    Q_OBJECT
private slots:
    void publishRenamesPartToMp3()
    {
        QTemporaryDir dir;
        OutputFile out;
        QCOMPARE(out.open(dir.filePath(QStringLiteral("sub/folder")), QStringLiteral("Song")), 0);
        QVERIFY(out.partPath().endsWith(QStringLiteral("Song.mp3.part")));
        QVERIFY(QFile::exists(out.partPath()));
        QCOMPARE(out.write("abcdef", 6), 0);
        QCOMPARE(out.writeAt(1, "XY", 2), 0);
        QCOMPARE(out.write("gh", 2), 0);
        QCOMPARE(out.position(), qint64(8));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sub/folder/Song.mp3"))));
        QCOMPARE(out.publish(), 0);
        QCOMPARE(out.finalPath(), dir.filePath(QStringLiteral("sub/folder/Song.mp3")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sub/folder/Song.mp3.part"))));
        QFile f(out.finalPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("aXYdefgh"));
    }

    void neverOverwritesAnExistingFile()
    {
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("Song.mp3")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        OutputFile out;
        QCOMPARE(out.open(dir.path(), QStringLiteral("Song")), 0);
        QVERIFY(out.partPath().endsWith(QStringLiteral("Song (2).mp3.part")));
        out.write("new", 3);
        QCOMPARE(out.publish(), 0);
        QVERIFY(out.finalPath().endsWith(QStringLiteral("Song (2).mp3")));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

    void nameTakenWhileWritingPicksTheNextName()
    {
        QTemporaryDir dir;
        OutputFile out;
        QCOMPARE(out.open(dir.path(), QStringLiteral("Song")), 0);
        out.write("new", 3);
        // Another job (or the user) publishes "Song.mp3" before we finish.
        QFile other(dir.filePath(QStringLiteral("Song.mp3")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("other");
        other.close();
        QCOMPARE(out.publish(), 0);
        QVERIFY(out.finalPath().endsWith(QStringLiteral("Song (2).mp3")));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("other"));
    }

    void twoWritersGetDistinctParts()
    {
        QTemporaryDir dir;
        OutputFile a, b;
        QCOMPARE(a.open(dir.path(), QStringLiteral("Song")), 0);
        QCOMPARE(b.open(dir.path(), QStringLiteral("Song")), 0);
        QVERIFY(a.partPath() != b.partPath());
    }

    void discardedOrDestroyedPartsDisappear()
    {
        QTemporaryDir dir;
        QString part;
        {
            OutputFile out;
            QCOMPARE(out.open(dir.path(), QStringLiteral("Song")), 0);
            part = out.partPath();
            out.write("x", 1);
        }
        QVERIFY(!QFile::exists(part));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void staleLeftoversAreReclaimedLiveOnesKept()
    {
        QTemporaryDir dir;
        // A crashed writer's .part: nobody holds its lock.
        QFile stale(dir.filePath(QStringLiteral("Song.mp3.part")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half");
        stale.close();
        OutputFile live;
        QCOMPARE(live.open(dir.path(), QStringLiteral("Song")), 0);
        QCOMPARE(live.partPath(), dir.filePath(QStringLiteral("Song.mp3.part")));  // name taken back
        // A live writer's .part is never touched, by open() or by the sweep.
        OutputFile second;
        QCOMPARE(second.open(dir.path(), QStringLiteral("Song")), 0);
        QVERIFY(second.partPath().endsWith(QStringLiteral("Song (2).mp3.part")));
        QFile other(dir.filePath(QStringLiteral("Other.mp3.part")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QCOMPARE(OutputFile::removeStaleParts(dir.path()), 1);
        QVERIFY(QFile::exists(live.partPath()));
        QVERIFY(QFile::exists(second.partPath()));
        QVERIFY(!QFile::exists(other.fileName()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);  // no temp names left
    }

    void lockSurvivesOnlyWhileTheWriterLives()
    {
        // A child process holds a .part and is killed with SIGKILL: its lock dies with it.
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("Killed.mp3.part"));
        QProcess holder;
        holder.start(QStringLiteral("python3"), {QStringLiteral("-c"),
            QStringLiteral("import fcntl,sys,time\nf=open(sys.argv[1],'w')\nfcntl.flock(f,fcntl.LOCK_EX)\nprint('locked',flush=True)\ntime.sleep(60)"), part});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(OutputFile::removeStaleParts(dir.path()), 0);
        QVERIFY(QFile::exists(part));
        holder.kill();
        QVERIFY(holder.waitForFinished(5000));
        QCOMPARE(OutputFile::removeStaleParts(dir.path()), 1);
        QVERIFY(!QFile::exists(part));
    }

    // Issue 20: 80 Japanese characters (240 UTF-8 bytes) failed with "File name too long". The
    // base is cut at a character boundary so the MP3, its ".part" and the private temporary name
    // all fit the folder's NAME_MAX; " (2)" and ".mp3" are kept.
    void longNamesAreShortenedToFit_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("80 kanji") << QString(80, QChar(0x65E5));
        QTest::newRow("100 kanji") << QString(100, QChar(0x672C));
        QTest::newRow("emoji") << QString(70, QChar(0x3042)) + QString::fromUtf8("\xF0\x9F\x8E\xB5").repeated(20);
        QTest::newRow("combining") << QString::fromUtf8("e\xCC\x81").repeated(100);
        QTest::newRow("ascii 250") << QString(250, QLatin1Char('a'));
    }
    void longNamesAreShortenedToFit()
    {
        QFETCH(QString, base);
        QTemporaryDir dir;
        const long nameMax = ::pathconf(QFile::encodeName(dir.path()).constData(), _PC_NAME_MAX);
        QVERIFY(nameMax > 0);
        QStringList finals;
        for (int i = 0; i < 2; ++i) {
            OutputFile out;
            QCOMPARE(out.open(dir.path(), base), 0);
            const QString partName = QFileInfo(out.partPath()).fileName();
            QVERIFY(QFile::encodeName(partName).size() + 9 <= nameMax);   // + ".<8 hex>" temp
            QCOMPARE(out.write("x", 1), 0);
            QCOMPARE(out.publish(), 0);
            finals.append(QFileInfo(out.finalPath()).fileName());
        }
        const QString first = finals.at(0);
        QVERIFY(first.endsWith(QStringLiteral(".mp3")));
        QVERIFY(finals.at(1).endsWith(QStringLiteral(" (2).mp3")));
        const QString stem = first.chopped(4);
        QVERIFY2(base.startsWith(stem), qPrintable(first));   // a prefix: nothing else changed
        QVERIFY(!stem.isEmpty());
        // Cut between characters: the name round-trips through UTF-8 and ends on a whole grapheme.
        QCOMPARE(QString::fromUtf8(stem.toUtf8()), stem);
        QVERIFY(!stem.back().isHighSurrogate());
        if (base.startsWith(QLatin1Char('e')))
            QVERIFY(stem.endsWith(QChar(0x0301)));   // the accent stays with its letter
        QVERIFY(finals.at(1).startsWith(finals.at(1).section(QStringLiteral(" (2)"), 0, 0)));
        QVERIFY(QFile::exists(dir.filePath(finals.at(0))) && QFile::exists(dir.filePath(finals.at(1))));
    }

    void unwritableFolderReportsErrno()
    {
        if (geteuid() == 0)
            QSKIP("root ignores directory permissions");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        OutputFile out;
        QCOMPARE(out.open(dir.path(), QStringLiteral("Song")), EACCES);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void folderThatIsAFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        OutputFile out;
        QCOMPARE(out.open(f.fileName(), QStringLiteral("Song")), ENOTDIR);
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
