// The phone page speaks to people (issue 13 item 15): the page and the server's answers follow
// the browser's language, not the desktop's; the box is split into lines, never inside text,
// and each refused line says why; the summary says what happened; error red stays readable on
// light and dark backgrounds. Real sockets on 127.0.0.1, the real catalogues from :/i18n.
#include "queue/JobQueue.h"
#include "queue/JobStore.h"
#include "queue/LocalAttemptFactory.h"
#include "web/WebCatalogues.h"
#include "web/WebServer.h"
#include "web/WebSubmission.h"

#include <QtTest>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTranslator>

#include <cmath>

using namespace tunedrop;

namespace {

// WCAG 2 relative luminance and contrast ratio of two #rrggbb colours.
double luminance(const QString &hex)
{
    const auto channel = [&](int i) {
        const double c = hex.mid(1 + 2 * i, 2).toInt(nullptr, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

double contrast(const QString &a, const QString &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The custom properties of style.css's first ":root { }" (light) or of the ":root { }" inside
// "@media (prefers-color-scheme: dark)"; dark inherits what it does not set.
QHash<QString, QString> cssColours(const QString &css, bool dark)
{
    static const QRegularExpression var(QStringLiteral(R"((--[a-z-]+)\s*:\s*(#[0-9a-fA-F]{6})\b)"));
    const auto read = [](const QString &block, QHash<QString, QString> &into) {
        for (auto it = var.globalMatch(block); it.hasNext();) {
            const auto m = it.next();
            into.insert(m.captured(1), m.captured(2));
        }
    };
    QHash<QString, QString> colours;
    const qsizetype root = css.indexOf(QLatin1String(":root"));
    if (root < 0)
        return colours;
    read(css.mid(root, css.indexOf(QLatin1Char('}'), root) - root), colours);
    if (dark) {
        const qsizetype media = css.indexOf(QLatin1String("prefers-color-scheme: dark"));
        if (media < 0)
            return {};
        const qsizetype inner = css.indexOf(QLatin1String(":root"), media);
        read(css.mid(inner, css.indexOf(QLatin1Char('}'), inner) - inner), colours);
    }
    return colours;
}

}  // namespace

class TestWebPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<WebServer> m_server;
    QNetworkAccessManager m_net;

    struct Answer {
        int status = 0;
        QByteArray body;
        QByteArray contentLanguage;
    };
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &acceptLanguage, const QByteArray &body = {},
                const QByteArray &type = QByteArrayLiteral("application/json"))
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) + path));
        if (!acceptLanguage.isEmpty())
            req.setRawHeader("Accept-Language", acceptLanguage);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = m_net.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.contentLanguage = reply->rawHeader("Content-Language");
        reply->deleteLater();
        return a;
    }
    QJsonObject submit(const QString &text, const QByteArray &acceptLanguage)
    {
        const Answer a = send("POST", QStringLiteral("/api/jobs"), acceptLanguage,
                              QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact));
        if (a.status != 201)
            qWarning("POST /api/jobs: %d %s", a.status, a.body.constData());
        return QJsonDocument::fromJson(a.body).object();
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<JobStore>(m_dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(m_store->open());
        QueueConfig c;
        c.workers = 1;
        c.defaultOutputDir = m_dir.filePath(QStringLiteral("out"));
        c.workRoot = m_dir.filePath(QStringLiteral("work"));
        m_queue = std::make_unique<JobQueue>(m_store.get(), std::make_unique<LocalAttemptFactory>(), c);
        m_queue->restore();
        m_queue->pause();  // jobs stay queued: nothing leaves this machine
        WebServerConfig wc;
        wc.port = 0;
        wc.allowLocalSources = false;  // links to 127.0.0.1 are refused, as on a real LAN
        m_server = std::make_unique<WebServer>(m_queue.get(), wc);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void negotiatesTheBrowsersLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("language");
        QTest::newRow("German first") << QByteArray("de-DE,de;q=0.9,en;q=0.8") << QStringLiteral("de");
        QTest::newRow("region only") << QByteArray("fr-CA") << QStringLiteral("fr");
        QTest::newRow("upper case") << QByteArray("ES") << QStringLiteral("es");
        QTest::newRow("English first") << QByteArray("en-US,es;q=0.5") << QStringLiteral("en");
        QTest::newRow("unknown, then Spanish") << QByteArray("ja,es;q=0.3") << QStringLiteral("es");
        QTest::newRow("by q, not by order") << QByteArray("en;q=0.5, de;q=0.9") << QStringLiteral("de");
        QTest::newRow("q=0 means no") << QByteArray("de;q=0,fr") << QStringLiteral("fr");
        QTest::newRow("unknown only") << QByteArray("pt-BR") << QStringLiteral("en");
        QTest::newRow("anything") << QByteArray("*") << QStringLiteral("en");
        QTest::newRow("none") << QByteArray() << QStringLiteral("en");
        QTest::newRow("garbage") << QByteArray(";;,q=x,") << QStringLiteral("en");
    }
    void negotiatesTheBrowsersLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, language);
        QCOMPARE(WebCatalogues::negotiate(acceptLanguage), language);
        // The page served says which language it is in.
        const Answer page = send("GET", QStringLiteral("/"), acceptLanguage);
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("<html lang=\"" + language.toLatin1() + "\">"), page.body.left(200).constData());
        QCOMPARE(page.contentLanguage, language.toLatin1());
        QVERIFY(!page.body.contains("{{"));  // every placeholder filled
    }

    void pageAndStringsAreTranslated_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("label");  // the box's label in that language (translations/*.ts)
        QTest::addColumn<QString>("done");
        QTest::newRow("de") << QByteArray("de-DE,de;q=0.9") << QString() << QStringLiteral("Links zum Umwandeln in MP3")
                            << QStringLiteral("Fertig");
        QTest::newRow("es") << QByteArray("es") << QString() << QStringLiteral("Enlaces para convertir a MP3")
                            << QStringLiteral("Listo");
        QTest::newRow("fr") << QByteArray("fr-FR") << QString() << QStringLiteral("Liens à convertir en MP3")
                            << QStringLiteral("Terminé");
        QTest::newRow("en") << QByteArray("en") << QString() << QStringLiteral("Links to convert to MP3") << QStringLiteral("Done");
        QTest::newRow("?lang= wins") << QByteArray("en") << QStringLiteral("?lang=de") << QStringLiteral("Links zum Umwandeln in MP3")
                                     << QStringLiteral("Fertig");
    }
    void pageAndStringsAreTranslated()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, query);
        QFETCH(QString, label);
        QFETCH(QString, done);
        const Answer page = send("GET", QStringLiteral("/") + query, acceptLanguage);
        QVERIFY2(QString::fromUtf8(page.body).contains(QStringLiteral("<label for=\"video_url\">") + label.toHtmlEscaped() + QStringLiteral("</label>")),
                 page.body.constData());
        const Answer strings = send("GET", QStringLiteral("/api/strings") + query, acceptLanguage);
        QCOMPARE(strings.status, 200);
        const QJsonObject table = QJsonDocument::fromJson(strings.body).object().value(QStringLiteral("strings")).toObject();
        QCOMPARE(table.value(QStringLiteral("label")).toString(), label);
        QCOMPARE(table.value(QStringLiteral("done")).toString(), done);
        for (auto it = table.begin(); it != table.end(); ++it)
            QVERIFY2(!it.value().toString().isEmpty(), qPrintable(it.key()));
    }

    void splitsLinesNeverInsideText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        const QString a = QStringLiteral("https://a.example/x");
        const QString b = QStringLiteral("https://b.example/y");
        QTest::newRow("words stay one line") << QStringLiteral("not a link") << QStringList{QStringLiteral("not a link")};
        QTest::newRow("one per line") << a + QLatin1Char('\n') + b << QStringList{a, b};
        QTest::newRow("CRLF and blanks") << QLatin1String("  \r\n\r\n ") + a + QLatin1String(" \r\n") << QStringList{a};
        QTest::newRow("commas between links") << a + QLatin1String(", ") + b << QStringList{a, b};
        QTest::newRow("spaces between links") << a + QLatin1String("  ") + b << QStringList{a, b};
        QTest::newRow("trailing comma") << a + QLatin1Char(',') << QStringList{a};
        QTest::newRow("comma inside a link") << QStringLiteral("https://a.example/a,b") << QStringList{QStringLiteral("https://a.example/a,b")};
        QTest::newRow("link and prose") << a + QLatin1String(", and more") << QStringList{a + QLatin1String(", and more")};
        QTest::newRow("text then link") << QLatin1String("Hello world\n") + a << QStringList{QStringLiteral("Hello world"), a};
        QTest::newRow("nothing") << QStringLiteral(" \n\t ") << QStringList{};
    }
    void splitsLinesNeverInsideText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QCOMPARE(WebSubmission::splitLines(text), lines);
    }

    // Each refused line once, with its own reason, in the browser's language; the summary says
    // what happened. The desktop's language (a German translator installed in the app) stays
    // out of an English browser's answers.
    void refusedLinesSayWhyInTheBrowsersLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("ownMachine");
        QTest::addColumn<QString>("badVideoId");
        QTest::addColumn<QString>("summary");
        QTest::newRow("de") << QByteArray("de")
                            << QStringLiteral("Das ist kein Link. Fügen Sie einen Link ein, der mit http:// oder https:// beginnt.")
                            << QStringLiteral("Links auf die eigenen Dienste dieses Computers werden aus dem Web nicht angenommen.")
                            << QStringLiteral("Dieser YouTube-Link enthält keine gültige Video-ID (die ID fehlt).")
                            << QStringLiteral("1 Link hinzugefügt. 1 Link ist schon in der Liste. 3 Zeilen konnten nicht hinzugefügt werden:");
        QTest::newRow("en with a German desktop") << QByteArray("en-GB,en;q=0.9")
                            << QStringLiteral("This is not a link. Paste a link that starts with http:// or https://.")
                            << QStringLiteral("Links to this computer's own services are not accepted from the web.")
                            << QStringLiteral("This YouTube link has no valid video id (the id is missing).")
                            << QStringLiteral("1 link added. 1 link already in the list. 3 lines could not be added:");
    }
    void refusedLinesSayWhyInTheBrowsersLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, words);
        QFETCH(QString, ownMachine);
        QFETCH(QString, badVideoId);
        QFETCH(QString, summary);
        QTranslator desktop;
        QVERIFY(desktop.load(QStringLiteral("tunedrop_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&desktop);
        const QString video = QStringLiteral("https://www.youtube.com/watch?v=%1").arg(QString::fromLatin1(acceptLanguage.left(2)).repeated(5) + QLatin1Char('X'));
        const QJsonObject answer = submit(QStringLiteral("not a link\nhttp://127.0.0.1:9/song.mp3\nhttps://www.youtube.com/watch?v=\n")
                                              + video + QLatin1Char('\n') + video,
                                          acceptLanguage);
        QCoreApplication::removeTranslator(&desktop);
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 5);
        const auto at = [&](int i, const char *field) { return results.at(i).toObject().value(QLatin1String(field)).toString(); };
        QCOMPARE(at(0, "url"), QStringLiteral("not a link"));
        QCOMPARE(at(0, "error"), words);
        QCOMPARE(at(1, "error"), ownMachine);
        QCOMPARE(at(2, "error"), badVideoId);
        QVERIFY(!at(3, "id").isEmpty());
        QCOMPARE(at(4, "id"), at(3, "id"));  // the same video twice: one job
        QVERIFY(results.at(4).toObject().value(QStringLiteral("duplicate")).toBool());
        QCOMPARE(answer.value(QStringLiteral("message")).toString(), summary);
    }

    void pluralsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("summary");
        QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 link added.");
        QTest::newRow("en 2") << QStringLiteral("en") << 2 << QStringLiteral("2 links added.");
        QTest::newRow("de 2") << QStringLiteral("de") << 2 << QStringLiteral("2 Links hinzugefügt.");
        QTest::newRow("es 2") << QStringLiteral("es") << 2 << QStringLiteral("2 enlaces añadidos.");
        QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1 lien ajouté.");
        QTest::newRow("fr 3") << QStringLiteral("fr") << 3 << QStringLiteral("3 liens ajoutés.");
    }
    void pluralsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, summary);
        WebCatalogues catalogues;
        WebSubmission::Counts counts;
        counts.added = count;
        QCOMPARE(WebSubmission::summary(counts, catalogues.forLanguage(language)), summary);
    }

    // The page words a failure itself when the job's message (written once, in the desktop's
    // language) is in another language than the page.
    void stringsSayWhichLanguageJobMessagesAreIn()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        const Answer a = send("GET", QStringLiteral("/api/strings"), "de");
        QLocale::setDefault(before);
        const QJsonObject o = QJsonDocument::fromJson(a.body).object();
        QCOMPARE(o.value(QStringLiteral("lang")).toString(), QStringLiteral("de"));
        QCOMPARE(o.value(QStringLiteral("jobLanguage")).toString(), QStringLiteral("fr"));
        QCOMPARE(o.value(QStringLiteral("strings")).toObject().value(QStringLiteral("cause-not-found")).toString(),
                 QStringLiteral("die Datei oder das Video wurde nicht gefunden"));
    }

    // A failed job's own message comes in each page's language (the rest of item 15): the
    // store keeps it untranslated, /api/jobs, /api/jobs/<id> and the event stream translate it
    // per request (?lang= or Accept-Language); a message TuneDrop did not write stays as it is.
    void failedJobsSayWhyInEachPagesLanguage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("jobs.db"));
        Job failed;
        failed.id = QUuid::createUuid();
        failed.input = QStringLiteral("https://example.org/gone.mp3");
        failed.state = JobState::Failed;
        failed.errorCategory = ErrorCategory::NotFound;
        failed.errorText = UserText::translate("Transcoder", "“%1” does not exist.").arg(QStringLiteral("gone.mp3"));
        failed.addedAt = QDateTime::currentDateTimeUtc();
        Job foreign = failed;
        foreign.id = QUuid::createUuid();
        foreign.errorText = UserText::literal(QStringLiteral("ERROR: [generic] something English"));
        {
            JobStore writer(db);
            QVERIFY(writer.open());
            QVERIFY(writer.save(failed));
            QVERIFY(writer.save(foreign));
        }
        JobStore store(db);
        QVERIFY(store.open());
        QueueConfig c;
        c.workers = 1;
        c.defaultOutputDir = dir.filePath(QStringLiteral("out"));
        c.workRoot = dir.filePath(QStringLiteral("work"));
        JobQueue queue(&store, std::make_unique<LocalAttemptFactory>(), c);
        queue.restore();
        WebServerConfig wc;
        wc.port = 0;
        WebServer server(&queue, wc);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto get = [&](const QString &path, const QByteArray &acceptLanguage) {
            QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()) + path));
            if (!acceptLanguage.isEmpty())
                req.setRawHeader("Accept-Language", acceptLanguage);
            QNetworkReply *reply = m_net.get(req);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(15000);
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return o;
        };
        const auto errorOf = [&](const QJsonObject &list, const QUuid &id) {
            for (const QJsonValue &j : list.value(QStringLiteral("jobs")).toArray())
                if (j.toObject().value(QStringLiteral("id")).toString() == id.toString(QUuid::WithoutBraces))
                    return j.toObject();
            return QJsonObject();
        };
        const QJsonObject de = errorOf(get(QStringLiteral("/api/jobs"), "de-DE,de;q=0.9"), failed.id);
        QCOMPARE(de.value(QStringLiteral("error")).toString(), QStringLiteral("„gone.mp3“ existiert nicht."));
        QCOMPARE(de.value(QStringLiteral("errorLanguage")).toString(), QStringLiteral("de"));
        const QJsonObject fr = errorOf(get(QStringLiteral("/api/jobs?lang=fr"), "de"), failed.id);
        QCOMPARE(fr.value(QStringLiteral("error")).toString(), QStringLiteral("«\u00A0gone.mp3\u00A0» n’existe pas."));
        const QJsonObject one = get(QStringLiteral("/api/jobs/") + failed.id.toString(QUuid::WithoutBraces), "es");
        QCOMPARE(one.value(QStringLiteral("error")).toString(), QStringLiteral("«gone.mp3» no existe."));
        QCOMPARE(errorOf(get(QStringLiteral("/api/jobs"), {}), failed.id).value(QStringLiteral("error")).toString(),
                 QStringLiteral("“gone.mp3” does not exist."));
        // Another program's words: as they are, and the page learns they are not in its language.
        const QJsonObject other = errorOf(get(QStringLiteral("/api/jobs"), "de"), foreign.id);
        QCOMPARE(other.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR: [generic] something English"));
        QCOMPARE(other.value(QStringLiteral("errorLanguage")).toString(),
                 WebCatalogues::negotiate(QLocale().name().toLatin1()));

        // Two event streams, German and Spanish: the same change reaches each in its language.
        QHash<QString, QByteArray> received;
        QList<QNetworkReply *> streams;
        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("es")}) {
            QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/events?lang=%2").arg(server.port()).arg(lang)));
            QNetworkReply *reply = m_net.get(req);
            connect(reply, &QIODevice::readyRead, this, [&received, reply, lang] { received[lang] += reply->readAll(); });
            streams << reply;
        }
        QTRY_VERIFY_WITH_TIMEOUT(received.value(QStringLiteral("de")).contains("retry:")
                                     && received.value(QStringLiteral("es")).contains("retry:"),
                                 10000);
        QVERIFY(queue.setPinned(failed.id, true));  // any change is broadcast
        QTRY_VERIFY_WITH_TIMEOUT(received.value(QStringLiteral("de")).contains("event: job")
                                     && received.value(QStringLiteral("es")).contains("event: job"),
                                 10000);
        QVERIFY2(QString::fromUtf8(received.value(QStringLiteral("de"))).contains(QStringLiteral("„gone.mp3“ existiert nicht.")),
                 received.value(QStringLiteral("de")).constData());
        QVERIFY2(QString::fromUtf8(received.value(QStringLiteral("es"))).contains(QStringLiteral("«gone.mp3» no existe.")),
                 received.value(QStringLiteral("es")).constData());
        for (QNetworkReply *r : streams) {
            r->abort();
            r->deleteLater();
        }
    }

    // What the checks every request passes refuse with, in the browser's language too.
    void refusedRequestsSayWhyInTheBrowsersLanguage()
    {
        const Answer notJson = send("POST", QStringLiteral("/api/jobs"), "de", "text=x", "text/plain");
        QCOMPARE(notJson.status, 415);
        QCOMPARE(QJsonDocument::fromJson(notJson.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Senden Sie JSON (Content-Type: application/json)."));
    }

    void downloadNoticesAreTranslated()
    {
        const Answer invalid = send("GET", QStringLiteral("/download-music/not-a-uuid"), "fr-FR,fr;q=0.9");
        QCOMPARE(invalid.status, 404);
        QVERIFY2(QString::fromUtf8(invalid.body).contains(QStringLiteral("Lien non valide")), invalid.body.constData());
        QVERIFY(invalid.body.contains("<html lang=\"fr\">"));
    }

    void loginPageIsTranslated()
    {
        WebServerConfig wc;
        wc.port = 0;
        WebServer server(m_queue.get(), wc);
        QString error;
        QVERIFY(server.start(&error));
        const Answer page = send("GET", QStringLiteral("/login"), "es-ES,es;q=0.9");
        QVERIFY2(QString::fromUtf8(page.body).contains(QStringLiteral("Contraseña de acceso")), page.body.constData());
        QVERIFY(page.body.contains("<html lang=\"es\">"));
    }

    // WCAG AA for normal text: 4.5:1, in both colour schemes the page follows.
    void errorRedIsReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("background");
        for (const bool dark : {false, true}) {
            const char *scheme = dark ? "dark" : "light";
            QTest::addRow("%s: error red on the page", scheme) << dark << QStringLiteral("--bad") << QStringLiteral("--bg");
            QTest::addRow("%s: error red in the error box", scheme) << dark << QStringLiteral("--bad") << QStringLiteral("--bad-bg");
            QTest::addRow("%s: text in the error box", scheme) << dark << QStringLiteral("--fg") << QStringLiteral("--bad-bg");
            QTest::addRow("%s: text in the success box", scheme) << dark << QStringLiteral("--fg") << QStringLiteral("--ok-bg");
            QTest::addRow("%s: text on the page", scheme) << dark << QStringLiteral("--fg") << QStringLiteral("--bg");
        }
    }
    void errorRedIsReadable()
    {
        QFETCH(bool, dark);
        QFETCH(QString, text);
        QFETCH(QString, background);
        QFile file(QStringLiteral(":/web/style.css"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QHash<QString, QString> colours = cssColours(QString::fromUtf8(file.readAll()), dark);
        QVERIFY2(colours.contains(text) && colours.contains(background), "style.css sets both colours for this scheme");
        const double ratio = contrast(colours.value(text), colours.value(background));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(colours.value(text), colours.value(background)).arg(ratio, 0, 'f', 2)));
        qInfo("%s %s on %s: %.2f:1", dark ? "dark" : "light", qPrintable(text), qPrintable(background), ratio);
    }
};

QTEST_GUILESS_MAIN(TestWebPage)
#include "tst_webpage.moc"
