// LinkExtractor: every shape a paste or a drop arrives in.
#include "source/LinkExtractor.h"

#include <QtTest>

using namespace tunedrop;

class TestLinkExtractor : public QObject {
    Q_OBJECT
private slots:
    void fromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        const QString yt = QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        const QString mp3 = QStringLiteral("https://cdn.example.com/a/song.mp3?sig=1&x=2");
        QTest::newRow("one link") << yt << QStringList{yt};
        QTest::newRow("one per line") << yt + QStringLiteral("\n") + mp3 + QStringLiteral("\r\n") << QStringList{yt, mp3};
        QTest::newRow("mixed with prose") << QStringLiteral("Listen to this: ") + yt + QStringLiteral(", and (also ") + mp3 + QStringLiteral(").")
                                          << QStringList{yt, mp3};
        QTest::newRow("same line, spaces") << yt + QStringLiteral("  ") + mp3 << QStringList{yt, mp3};
        QTest::newRow("duplicates dropped") << yt + QStringLiteral("\n") + yt << QStringList{yt};
        QTest::newRow("bare youtu.be") << QStringLiteral("try youtu.be/dQw4w9WgXcQ now") << QStringList{QStringLiteral("youtu.be/dQw4w9WgXcQ")};
        QTest::newRow("wiki parentheses kept") << QStringLiteral("https://en.wikipedia.org/wiki/Song_(music)") << QStringList{QStringLiteral("https://en.wikipedia.org/wiki/Song_(music)")};
        QTest::newRow("quoted") << QStringLiteral("\"") + yt + QStringLiteral("\"") << QStringList{yt};
        QTest::newRow("html-ish") << QStringLiteral("<a href=\"") + mp3 + QStringLiteral("\">x</a>") << QStringList{mp3};
        QTest::newRow("file url") << QStringLiteral("file:///tmp/a%20b.flac") << QStringList{QStringLiteral("file:///tmp/a%20b.flac")};
        QTest::newRow("no links") << QStringLiteral("just words here") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void fromText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        QCOMPARE(LinkExtractor::fromText(text), links);
    }

    void existingPathWithSpacesIsOneItem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("My Song — 日本.webm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(LinkExtractor::fromText(path + QStringLiteral("\nhttps://x.org/a.mp3")),
                 (QStringList{path, QStringLiteral("https://x.org/a.mp3")}));
    }

    void mimeShapes()
    {
        QTemporaryDir dir;
        const QString local = dir.filePath(QStringLiteral("dropped.flac"));
        QFile(local).open(QIODevice::WriteOnly);
        {
            QMimeData m;  // text/uri-list: files from a file manager, links from a browser
            m.setUrls({QUrl::fromLocalFile(local), QUrl(QStringLiteral("https://x.org/v.webm")),
                       QUrl(QStringLiteral("ftp://x.org/nope.mp3"))});
            QVERIFY(LinkExtractor::canUse(&m));
            QCOMPARE(LinkExtractor::fromMimeData(&m), (QStringList{local, QStringLiteral("https://x.org/v.webm")}));
        }
        {
            QMimeData m;  // Firefox's address bar: UTF-16 url + title
            const QString moz = QStringLiteral("https://youtu.be/dQw4w9WgXcQ\nNever Gonna — 日本");
            m.setData(QStringLiteral("text/x-moz-url"),
                      QByteArray(reinterpret_cast<const char *>(moz.utf16()), moz.size() * 2));
            QVERIFY(LinkExtractor::canUse(&m));
            QCOMPARE(LinkExtractor::fromMimeData(&m), QStringList{QStringLiteral("https://youtu.be/dQw4w9WgXcQ")});
        }
        {
            QMimeData m;  // plain text with several links
            m.setText(QStringLiteral("a https://a.org/1.mp3 b\nhttps://b.org/2.ogg"));
            QCOMPARE(LinkExtractor::fromMimeData(&m), (QStringList{QStringLiteral("https://a.org/1.mp3"), QStringLiteral("https://b.org/2.ogg")}));
        }
        {
            QMimeData m;  // a page fragment (dragged link or <audio>)
            m.setHtml(QStringLiteral("<audio src='https://a.org/x.m4a'></audio><a href=\"https://a.org/y.mp3\">y</a>"));
            QCOMPARE(LinkExtractor::fromMimeData(&m), (QStringList{QStringLiteral("https://a.org/x.m4a"), QStringLiteral("https://a.org/y.mp3")}));
        }
        {
            QMimeData m;  // nothing usable
            m.setData(QStringLiteral("image/png"), QByteArray("\x89PNG"));
            QVERIFY(!LinkExtractor::canUse(&m));
            QCOMPARE(LinkExtractor::fromMimeData(&m), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestLinkExtractor)
#include "tst_linkextractor.moc"
