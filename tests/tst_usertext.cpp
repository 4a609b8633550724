// UserText (issue 13 item 15): a message kept untranslated until it is shown, so the window shows
// it in the desktop's language and each web page in its own; the job database keeps it that way.
// The real catalogues from :/i18n (appcore), the real SQLite store.
#include "queue/JobStore.h"
#include "common/Error.h"
#include "common/UserText.h"
#include "web/WebCatalogues.h"

#include <QtTest>
#include <QTranslator>

using namespace tunedrop;

namespace {

UserText notFound(const QString &path)
{
    return UserText::translate("Transcoder", "“%1” does not exist.").arg(path);
}

}  // namespace

class TestUserText : public QObject {
    Q_OBJECT

private slots:
    void showsInTheApplicationsLanguage()
    {
        const UserText text = notFound(QStringLiteral("/m/x.wav"));
        QCOMPARE(text.toString(), QStringLiteral("“/m/x.wav” does not exist."));
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/tunedrop_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QString shown = text.toString();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(shown, QStringLiteral("„/m/x.wav“ existiert nicht."));
    }

    void showsInEachPagesLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("“a.wav” does not exist.");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("„a.wav“ existiert nicht.");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("«a.wav» no existe.");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("«\u00A0a.wav\u00A0» n’existe pas.");
    }
    void showsInEachPagesLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        WebCatalogues catalogues;
        const WebText words = catalogues.forLanguage(language);
        const QString shown = notFound(QStringLiteral("a.wav")).toString(
            [&](const char *context, const char *source, int n) { return words.lookUp(context, source, n); });
        QCOMPARE(shown, expected);
    }

    // A sentence inside a sentence is translated too; a plain value is not.
    void nestedSentencesAreTranslatedValuesAreNot()
    {
        const UserText inner = UserText::translate("tunedrop::JobRunner", "host not found");
        const UserText outer = UserText::translate("tunedrop::JobRunner", "the address of %1 could not be checked: %2")
                                   .arg(QStringLiteral("example.invalid"), inner);
        QCOMPARE(outer.toString(), QStringLiteral("the address of example.invalid could not be checked: host not found"));
        WebCatalogues catalogues;
        const WebText words = catalogues.forLanguage(QStringLiteral("de"));
        const QString german = outer.toString(
            [&](const char *context, const char *source, int n) { return words.lookUp(context, source, n); });
        QVERIFY2(german.contains(QLatin1String("example.invalid")), qPrintable(german));
        QVERIFY2(!german.contains(QLatin1String("host not found")), qPrintable(german));
        QVERIFY2(!german.contains(QLatin1String("could not be checked")), qPrintable(german));
    }

    // All markers are filled in one pass, like QString::arg(a, b): an argument that contains
    // "%2" (a URL with an escaped space, say) is never filled again.
    void argumentsAreNeverFilledTwice()
    {
        const UserText t = UserText::literal(QStringLiteral("%1 then %2"))
                               .arg(QStringLiteral("http://h/a%2b"))
                               .arg(QStringLiteral("second"));
        QCOMPARE(t.toString(), QStringLiteral("http://h/a%2b then second"));
        QCOMPARE(UserText::literal(QStringLiteral("100% sure, %1")).arg(7).toString(), QStringLiteral("100% sure, 7"));
        QCOMPARE(UserText::literal(QStringLiteral("%2 before %1")).arg(QStringLiteral("a"), QStringLiteral("b")).toString(),
                 QStringLiteral("b before a"));
    }

    void pluralsUseTheirCount()
    {
        const UserText t = UserText::translate("tunedrop::JobQueue",
                                               "Stopped after %n minute(s): the time limit for one job.", nullptr, 3);
        WebCatalogues catalogues;
        const WebText english = catalogues.forLanguage(QStringLiteral("en"));  // its catalogue has the plural forms
        QCOMPARE(t.toString([&](const char *context, const char *source, int n) { return english.lookUp(context, source, n); }),
                 QStringLiteral("Stopped after 3 minutes: the time limit for one job."));
        const WebText words = catalogues.forLanguage(QStringLiteral("de"));
        const QString german
            = t.toString([&](const char *context, const char *source, int n) { return words.lookUp(context, source, n); });
        QVERIFY2(german.contains(QLatin1String("3 Minuten")), qPrintable(german));
    }

    void jsonRoundTripKeepsEverything()
    {
        const UserText nested = UserText::translate("YtDlp", "%1 (yt-dlp: %2)")
                                    .arg(UserText::translate("tunedrop::JobQueue",
                                                             "Stopped after %n minute(s): the time limit for one job.",
                                                             nullptr, 2),
                                         QStringLiteral("ERROR: x"));
        for (const UserText &t : {nested, UserText::literal(QStringLiteral("plain")), UserText()}) {
            const UserText back = UserText::fromJson(t.toJson());
            QCOMPARE(back.toString(), t.toString());
            QVERIFY(back == t);
            QCOMPARE(back.isTranslatable(), t.isTranslatable());
        }
        QVERIFY(UserText::fromJson(nested.toJson()) != UserText::literal(nested.toString()));
    }

    // The job database keeps the error untranslated (schema v6) and shows rows written before
    // that (only error_message) as they were.
    void storeKeepsTheUntranslatedError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("jobs.db"));
        Job failed;
        failed.id = QUuid::createUuid();
        failed.input = QStringLiteral("/m/x.wav");
        failed.state = JobState::Failed;
        failed.errorCategory = ErrorCategory::NotFound;
        failed.errorText = notFound(failed.input);
        failed.addedAt = QDateTime::currentDateTimeUtc();
        {
            JobStore store(db);
            QVERIFY(store.open());
            QVERIFY(store.save(failed));
        }
        JobStore store(db);
        QVERIFY(store.open());
        const QList<Job> jobs = store.loadAll();
        QCOMPARE(jobs.size(), 1);
        QVERIFY(jobs.first().errorText == failed.errorText);
        QVERIFY(jobs.first().errorText.isTranslatable());
        QCOMPARE(jobs.first().errorMessage(), QStringLiteral("“/m/x.wav” does not exist."));
    }
};

QTEST_GUILESS_MAIN(TestUserText)
#include "tst_usertext.moc"
