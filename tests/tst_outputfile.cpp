// OutputFile: the ".part" then atomic, never-overwriting publish.
#include "library/OutputFile.h"

#include <QtTest>

#include <cerrno>

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
