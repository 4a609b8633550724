// Translations: the .qm catalogues embedded in appcore under :/i18n load for every language
// (with region fallback), carry the expected texts and plural forms, and match the .ts files
// they were compiled from; the .ts files themselves are complete (nothing unfinished or empty,
// every numerus form filled, placeholders, mnemonics, "…" and edge spaces kept); and real code
// paths look their strings up under the context lupdate filed them in.
#include "CommandLine.h"
#include "settings/Settings.h"
#include "source/UrlClassifier.h"
#include "transcode/EncoderSettings.h"
#include "transcode/Transcoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include "SettingsReport.h"
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace tunedrop;

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                QStringLiteral("en")};

QString translationsDir()
{
#if defined(TUNEDROP_SOURCE_DIR)
    return QStringLiteral(TUNEDROP_SOURCE_DIR "/translations");
#else
    return QDir::cleanPath(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations"));
#endif
}

QString tsPath(const QString &lang)
{
    return translationsDir() + QStringLiteral("/tunedrop_") + lang + QStringLiteral(".ts");
}

// One <message> of a .ts file, as lupdate wrote it.
struct TsMessage {
    QString context;
    QString source;
    QString comment;       // disambiguation; empty when none
    bool numerus = false;
    QString type;          // "unfinished", "vanished", "obsolete" or empty (finished)
    QString translation;   // non-numerus messages
    QStringList forms;     // numerus messages: every <numerusform>
    qint64 line = 0;

    QString where() const
    {
        return QStringLiteral("line %1 [%2] \"%3\"").arg(line).arg(context, source);
    }
    QString key() const
    {
        return context + QChar(0) + source + QChar(0) + comment + (numerus ? QStringLiteral("#n") : QString());
    }
};

struct TsFile {
    QString language;  // the <TS language="..."> attribute
    QList<TsMessage> messages;
    QString error;     // XML error, empty when the file parsed
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage *message = nullptr;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !message) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                ts.messages.append(TsMessage());
                message = &ts.messages.last();
                message->context = context;
                message->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message->line = xml.lineNumber();
            } else if (message && name == QLatin1String("source")) {
                message->source = xml.readElementText();
            } else if (message && name == QLatin1String("comment")) {
                message->comment = xml.readElementText();
            } else if (message && name == QLatin1String("translation")) {
                message->type = xml.attributes().value(QLatin1String("type")).toString();
                if (message->numerus) {
                    inTranslation = true;  // the forms follow as child elements
                } else {
                    message->translation = xml.readElementText();
                }
            } else if (message && inTranslation && name == QLatin1String("numerusform")) {
                message->forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation"))
                inTranslation = false;
            else if (xml.name() == QLatin1String("message"))
                message = nullptr;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%9 (also %L1) and %n: what QString::arg() and tr(..., n) fill in.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

int mnemonicCount(QString text)
{
    text.remove(QLatin1String("&&"));
    return int(text.count(QLatin1Char('&')));
}

QString sorted(const QSet<QString> &set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(QLatin1Char(' '));
}

// What a translation must keep of its source, for one translated text.
void checkText(const TsMessage &m, const QString &text, QStringList *problems)
{
    if (text.trimmed().isEmpty()) {
        problems->append(m.where() + QStringLiteral(": empty translation"));
        return;
    }
    const QSet<QString> want = placeholders(m.source);
    const QSet<QString> got = placeholders(text);
    if (want != got)
        problems->append(m.where() + QStringLiteral(": placeholders {%1} in the source, {%2} in \"%3\"")
                                         .arg(sorted(want), sorted(got), text));
    if (mnemonicCount(m.source) != mnemonicCount(text))
        problems->append(m.where() + QStringLiteral(": the & mnemonic is lost or doubled in \"%1\"").arg(text));
    const QChar ellipsis(0x2026);
    if (m.source.endsWith(ellipsis) != text.endsWith(ellipsis))
        problems->append(m.where() + QStringLiteral(": trailing \"…\" not kept in \"%1\"").arg(text));
    if (m.source.startsWith(QLatin1Char(' ')) != text.startsWith(QLatin1Char(' '))
        || m.source.endsWith(QLatin1Char(' ')) != text.endsWith(QLatin1Char(' ')))
        problems->append(m.where() + QStringLiteral(": leading/trailing space not kept in \"%1\"").arg(text));
    if (m.source.count(QLatin1Char('\n')) != text.count(QLatin1Char('\n')))
        problems->append(m.where() + QStringLiteral(": line breaks differ in \"%1\"").arg(text));
}

// A translator loaded from the embedded catalogues and installed for the scope.
struct InstalledTranslator {
    QTranslator translator;
    bool loaded = false;
    explicit InstalledTranslator(const QString &lang)
    {
        loaded = translator.load(QLocale(lang), QStringLiteral("tunedrop"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
        if (loaded)
            QCoreApplication::installTranslator(&translator);
    }
    ~InstalledTranslator()
    {
        if (loaded)
            QCoreApplication::removeTranslator(&translator);
    }
};

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(translationsDir()).isDir(), qPrintable(translationsDir()));
        for (const QString &lang : kLanguages) {
            QVERIFY2(QFile::exists(tsPath(lang)), qPrintable(tsPath(lang)));
            const QString qm = QStringLiteral(":/i18n/tunedrop_%1.qm").arg(lang);
            QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is not embedded in appcore")));
        }
    }

    void loadsEmbeddedCatalogue_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("file");  // expected catalogue, empty = none (stays English)
        for (const QString &lang : kLanguages)
            QTest::newRow(qPrintable(lang)) << lang << QStringLiteral("tunedrop_%1.qm").arg(lang);
        // A regional locale falls back to its language's catalogue.
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("tunedrop_de.qm");
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("tunedrop_es.qm");
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("tunedrop_fr.qm");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("tunedrop_en.qm");
        QTest::newRow("ja (none)") << QStringLiteral("ja_JP") << QString();
    }
    void loadsEmbeddedCatalogue()
    {
        QFETCH(QString, locale);
        QFETCH(QString, file);
        QTranslator translator;
        const bool loaded = translator.load(QLocale(locale), QStringLiteral("tunedrop"), QStringLiteral("_"),
                                            QStringLiteral(":/i18n"));
        if (file.isEmpty()) {
            QVERIFY(!loaded);
            return;
        }
        QVERIFY(loaded);
        QVERIFY(!translator.isEmpty());
        QCOMPARE(QFileInfo(translator.filePath()).fileName(), file);
        QCOMPARE(translator.language().left(2), locale.left(2));
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        const QString mw = QStringLiteral("tunedrop::MainWindow");
        const QString urlBar = QStringLiteral("Paste a YouTube link, any video or audio link, or a file path");
        QTest::newRow("es url bar") << QStringLiteral("es") << mw << urlBar
                                    << QStringLiteral("Pega un enlace de YouTube, cualquier enlace de vídeo o audio, o una ruta de archivo");
        QTest::newRow("de url bar") << QStringLiteral("de") << mw << urlBar
                                    << QStringLiteral("YouTube-Link, beliebigen Video- oder Audio-Link oder Dateipfad einfügen");
        QTest::newRow("fr url bar") << QStringLiteral("fr") << mw << urlBar
                                    << QStringLiteral("Collez un lien YouTube, n’importe quel lien vidéo ou audio, ou un chemin de fichier");
        QTest::newRow("en url bar") << QStringLiteral("en") << mw << urlBar << urlBar;
        const QString settings = QStringLiteral("&Settings…");
        QTest::newRow("de settings") << QStringLiteral("de") << mw << settings << QStringLiteral("&Einstellungen…");
        QTest::newRow("es settings") << QStringLiteral("es") << mw << settings << QStringLiteral("A&justes…");
        QTest::newRow("fr settings") << QStringLiteral("fr") << mw << settings << QStringLiteral("&Paramètres…");
        QTest::newRow("es job list")
            << QStringLiteral("es") << QStringLiteral("tunedrop::JobListView") << QStringLiteral("Jobs")
            << QStringLiteral("Tareas");
        QTest::newRow("de remove") << QStringLiteral("de") << QStringLiteral("tunedrop::JobActions")
                                   << QStringLiteral("Re&move…") << QStringLiteral("&Entfernen…");
        QTest::newRow("de job runner") << QStringLiteral("de") << QStringLiteral("tunedrop::JobRunner")
                                       << QStringLiteral("Cancelled.") << QStringLiteral("Abgebrochen.");
        QTest::newRow("es transcoder") << QStringLiteral("es") << QStringLiteral("Transcoder")
                                       << QStringLiteral("The MP3 encoder does not accept %1 at %2 Hz.")
                                       << QStringLiteral("El codificador MP3 no admite %1 a %2 Hz.");
        QTest::newRow("fr http") << QStringLiteral("fr") << QStringLiteral("HttpDownloader")
                                 << QStringLiteral("%1 did not answer in time.")
                                 << QStringLiteral("%1 n’a pas répondu à temps.");
        QTest::newRow("fr state") << QStringLiteral("fr") << QStringLiteral("tunedrop::JobListModel")
                                  << QStringLiteral("Downloading") << QStringLiteral("Téléchargement");
        // French typography: non-breaking spaces before ":" and "%".
        QTest::newRow("fr volume") << QStringLiteral("fr") << QStringLiteral("tunedrop::PlayerBar")
                                   << QStringLiteral("Volume: %1%")
                                   << (QStringLiteral("Volume") + QChar(0xa0) + QStringLiteral(": %1") + QChar(0xa0)
                                       + QLatin1Char('%'));
        QTest::newRow("de quotes") << QStringLiteral("de") << QStringLiteral("Settings")
                                   << QStringLiteral("\"%1\" is not an IP address.")
                                   << QStringLiteral("„%1“ ist keine IP-Adresse.");
        QTest::newRow("de line breaks")
            << QStringLiteral("de") << mw
            << QStringLiteral("Paste or drop a link here\n\nYouTube, any site yt-dlp knows, a direct media link or a local file")
            << QStringLiteral("Link hier einfügen oder ablegen\n\nYouTube, jede von yt-dlp unterstützte Website, "
                              "ein direkter Medien-Link oder eine lokale Datei");
    }
    void knownStrings()
    {
        QFETCH(QString, lang);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QByteArray ctx = context.toUtf8();
        const QByteArray src = source.toUtf8();
        {
            InstalledTranslator installed(lang);
            QVERIFY(installed.loaded);
            QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData()), expected);
        }
        // Without it, the source text comes back.
        QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData()), source);
    }

    // The status line after a settings change is built outside any QObject: its words must
    // still reach the catalogue (a context lupdate cannot see left them English).
    void settingsReportSpeaksTheLanguage()
    {
        SettingsReport report;
        report.applied = true;
        report.nextStart << SettingsReport::Part::Language;
        report.commandLine << SettingsReport::Part::Workers << SettingsReport::Part::OutputFolder;
        InstalledTranslator german(QStringLiteral("de"));
        QVERIFY(german.loaded);
        QCOMPARE(report.statusLine(QStringLiteral("/musik"), QStringLiteral("http://192.0.2.7:8080")),
                 QStringLiteral("MP3-Dateien werden in /musik gespeichert · Webseite: http://192.0.2.7:8080"
                                " · Ab dem nächsten Start: Sprache"
                                " · Für diesen Lauf entscheidet die Befehlszeile: Gleichzeitige Konvertierungen, Ausgabeordner"));
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QString mw = QStringLiteral("tunedrop::MainWindow");
        const QString added = QStringLiteral("Added %n item(s).");
        const QString remove = QStringLiteral("Remove %n job(s) from the list?");
        const QString ja = QStringLiteral("tunedrop::JobActions");
        const QString longer = QStringLiteral("This is taking longer than %n minute(s).");
        const QString jq = QStringLiteral("tunedrop::JobQueue");
        const QString drop = QStringLiteral("Drop to add %n item(s)");
        const QString retries = QStringLiteral("The connection to %1 kept breaking off; gave up after %n retries.");

        QTest::newRow("de added 1") << QStringLiteral("de") << mw << added << 1 << QStringLiteral("1 Eintrag hinzugefügt.");
        QTest::newRow("de added 3") << QStringLiteral("de") << mw << added << 3 << QStringLiteral("3 Einträge hinzugefügt.");
        QTest::newRow("de added 0") << QStringLiteral("de") << mw << added << 0 << QStringLiteral("0 Einträge hinzugefügt.");
        QTest::newRow("de retries 1") << QStringLiteral("de") << QStringLiteral("HttpDownloader") << retries << 1
                                      << QStringLiteral("Die Verbindung zu %1 brach immer wieder ab; nach 1 Wiederholung aufgegeben.");
        QTest::newRow("de retries 5") << QStringLiteral("de") << QStringLiteral("HttpDownloader") << retries << 5
                                      << QStringLiteral("Die Verbindung zu %1 brach immer wieder ab; nach 5 Wiederholungen aufgegeben.");
        QTest::newRow("es remove 1") << QStringLiteral("es") << ja << remove << 1 << QStringLiteral("¿Quitar 1 tarea de la lista?");
        QTest::newRow("es remove 3") << QStringLiteral("es") << ja << remove << 3 << QStringLiteral("¿Quitar 3 tareas de la lista?");
        QTest::newRow("es added 1") << QStringLiteral("es") << mw << added << 1 << QStringLiteral("Se añadió 1 elemento.");
        QTest::newRow("es added 3") << QStringLiteral("es") << mw << added << 3 << QStringLiteral("Se añadieron 3 elementos.");
        // French: the singular also covers 0.
        QTest::newRow("fr longer 0") << QStringLiteral("fr") << jq << longer << 0 << QStringLiteral("Cela prend plus de 0 minute.");
        QTest::newRow("fr longer 1") << QStringLiteral("fr") << jq << longer << 1 << QStringLiteral("Cela prend plus de 1 minute.");
        QTest::newRow("fr longer 3") << QStringLiteral("fr") << jq << longer << 3 << QStringLiteral("Cela prend plus de 3 minutes.");
        QTest::newRow("fr drop 0") << QStringLiteral("fr") << mw << drop << 0 << QStringLiteral("Déposez pour ajouter 0 élément");
        QTest::newRow("fr drop 2") << QStringLiteral("fr") << mw << drop << 2 << QStringLiteral("Déposez pour ajouter 2 éléments");
        // English: the catalogue turns "(s)" into real singular and plural.
        QTest::newRow("en added 1") << QStringLiteral("en") << mw << added << 1 << QStringLiteral("Added 1 item.");
        QTest::newRow("en added 3") << QStringLiteral("en") << mw << added << 3 << QStringLiteral("Added 3 items.");
        QTest::newRow("en added 0") << QStringLiteral("en") << mw << added << 0 << QStringLiteral("Added 0 items.");
        QTest::newRow("en drop 1") << QStringLiteral("en") << mw << drop << 1 << QStringLiteral("Drop to add 1 item");
        QTest::newRow("en drop 3") << QStringLiteral("en") << mw << drop << 3 << QStringLiteral("Drop to add 3 items");
        QTest::newRow("en remove 1") << QStringLiteral("en") << ja << remove << 1 << QStringLiteral("Remove 1 job from the list?");
        QTest::newRow("en remove 3") << QStringLiteral("en") << ja << remove << 3 << QStringLiteral("Remove 3 jobs from the list?");
        QTest::newRow("en stopped 1") << QStringLiteral("en") << jq
                                      << QStringLiteral("Stopped after %n minute(s): the time limit for one job.") << 1
                                      << QStringLiteral("Stopped after 1 minute: the time limit for one job.");
        QTest::newRow("en retries 1") << QStringLiteral("en") << QStringLiteral("HttpDownloader") << retries << 1
                                      << QStringLiteral("The connection to %1 kept breaking off; gave up after 1 retry.");
    }
    void plurals()
    {
        QFETCH(QString, lang);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        InstalledTranslator installed(lang);
        QVERIFY(installed.loaded);
        const QByteArray ctx = context.toUtf8();
        const QByteArray src = source.toUtf8();
        QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, n), expected);
    }

    void tsFileComplete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &lang : kLanguages)
            QTest::newRow(qPrintable(lang)) << lang;
    }
    void tsFileComplete()
    {
        QFETCH(QString, lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(lang), qPrintable(ts.language));
        QVERIFY(ts.messages.size() > 300);

        QStringList problems;
        QSet<QString> keys;
        qsizetype numerusForms = -1;  // the same count for every numerus message of a language
        int numerusMessages = 0;
        for (const TsMessage &m : ts.messages) {
            if (m.source.isEmpty())
                problems.append(m.where() + QStringLiteral(": no source"));
            if (!m.type.isEmpty())
                problems.append(m.where() + QStringLiteral(": translation type=\"%1\"").arg(m.type));
            if (keys.contains(m.key()))
                problems.append(m.where() + QStringLiteral(": listed twice"));
            keys.insert(m.key());
            if (!m.numerus) {
                checkText(m, m.translation, &problems);
                continue;
            }
            ++numerusMessages;
            if (m.forms.isEmpty()) {
                problems.append(m.where() + QStringLiteral(": numerus message without <numerusform>"));
                continue;
            }
            if (numerusForms < 0)
                numerusForms = m.forms.size();
            if (m.forms.size() != numerusForms)
                problems.append(m.where() + QStringLiteral(": %1 numerus forms, other messages have %2")
                                                .arg(m.forms.size()).arg(numerusForms));
            for (const QString &form : m.forms)
                checkText(m, form, &problems);
        }
        QVERIFY(numerusMessages > 0);
        QVERIFY(numerusForms >= 2);  // de, en, es, fr all tell singular from plural
        if (problems.size() > 40)
            problems = problems.mid(0, 40) << QStringLiteral("… and more");
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // lupdate updates every language together: all files list the same messages.
    void tsFilesAgree()
    {
        const TsFile reference = readTs(tsPath(kLanguages.first()));
        QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
        QSet<QString> want;
        for (const TsMessage &m : reference.messages)
            want.insert(m.key());
        for (const QString &lang : kLanguages.mid(1)) {
            const TsFile ts = readTs(tsPath(lang));
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QSet<QString> got;
            for (const TsMessage &m : ts.messages)
                got.insert(m.key());
            QStringList diff;
            for (const QString &k : want - got)
                diff << QStringLiteral("missing in %1: %2").arg(lang, QString(k).replace(QChar(0), QLatin1Char('|')));
            for (const QString &k : got - want)
                diff << QStringLiteral("only in %1: %2").arg(lang, QString(k).replace(QChar(0), QLatin1Char('|')));
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
        }
    }

    // The embedded catalogue is compiled from the current .ts file: every message translates
    // to exactly what the file says (no stale build, nothing dropped by lrelease).
    void catalogueMatchesTs_data() { tsFileComplete_data(); }
    void catalogueMatchesTs()
    {
        QFETCH(QString, lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(lang), QStringLiteral("tunedrop"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            const QByteArray ctx = m.context.toUtf8();
            const QByteArray src = m.source.toUtf8();
            const QByteArray cmt = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : cmt.constData();
            if (!m.numerus) {
                const QString got = translator.translate(ctx.constData(), src.constData(), disambiguation);
                if (got != m.translation)
                    problems << m.where() + QStringLiteral(": catalogue gives \"%1\"").arg(got);
                continue;
            }
            // n = 1 is the first form in all four languages; with two forms, 5 is the second.
            QList<std::pair<int, QString>> checks;
            if (!m.forms.isEmpty())
                checks.append({1, m.forms.first()});
            if (m.forms.size() == 2)
                checks.append({5, m.forms.at(1)});
            for (const auto &[n, want] : checks) {
                const QString got = translator.translate(ctx.constData(), src.constData(), disambiguation, n);
                if (got != want)
                    problems << m.where() + QStringLiteral(" n=%1: catalogue gives \"%2\"").arg(n).arg(got);
            }
        }
        if (problems.size() > 40)
            problems = problems.mid(0, 40) << QStringLiteral("… and more");
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // Real code paths with the German catalogue installed: the context the code asks for at
    // run time must be the one lupdate filed the string under, or users see English.
    void codePathsAreTranslated()
    {
        InstalledTranslator installed(QStringLiteral("de"));
        QVERIFY(installed.loaded);

        QCOMPARE(EncoderSettings::cbr(192).describe(), QStringLiteral("CBR 192 kbit/s"));
        QCOMPARE(UrlClassifier::classify(QString()).error,
                 QStringLiteral("Fügen Sie einen Link ein oder wählen Sie eine Datei."));
        QCOMPARE(Settings::validatePort(1), QStringLiteral("Der Port muss zwischen 1024 und 65535 liegen."));
    }

    // Known mismatches (see the lupdate warnings "Class '...' lacks Q_OBJECT macro" and
    // "Qualifying with unknown namespace/class tunedrop::SettingsDialog::Private"): helper
    // tr() functions and Q_DECLARE_TR_FUNCTIONS(tunedrop::SettingsDialog) look strings up under
    // another context than lupdate records. Each row is an expected failure until the code is
    // fixed; an XPASS then means: delete the `broken` flag of that row.
    void runtimeContexts_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("broken");

        // `actual` names the code path runtimeContexts() runs with the translator installed.
        QTest::newRow("command line errors") << QStringLiteral("cli") << QStringLiteral("--workers muss zwischen 1 und 16 liegen.") << false;
        QTest::newRow("transcoder errors") << QStringLiteral("transcoder") << QStringLiteral("„/nonexistent/tunedrop-tst.mp3“ existiert nicht.") << false;
        QTest::newRow("settings dialog") << QStringLiteral("settingsdialog") << QStringLiteral("&Durchsuchen…") << false;
    }
    void runtimeContexts()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QFETCH(bool, broken);
        InstalledTranslator installed(QStringLiteral("de"));
        QVERIFY(installed.loaded);

        QString text;
        if (actual == QLatin1String("cli")) {
            CommandLine cli;  // its options' help texts are translated when it is built
            QString error;
            QVERIFY(!cli.parse({QStringLiteral("tunedrop"), QStringLiteral("--workers"), QStringLiteral("99")}, &error));
            text = error;
        } else if (actual == QLatin1String("transcoder")) {
            TranscodeRequest request;
            request.input = QStringLiteral("/nonexistent/tunedrop-tst.mp3");
            request.outputDir = QDir::tempPath();
            Transcoder transcoder(request);
            const TranscodeResult result = transcoder.run();
            QVERIFY(!result.ok());
            text = result.error.text();
        } else {
            // SettingsDialog::Private builds the widgets; its Q_DECLARE_TR_FUNCTIONS names this context.
            text = QCoreApplication::translate("tunedrop::SettingsDialog::Private", "&Browse…");
        }
        if (broken)
            QEXPECT_FAIL("", "runtime context differs from the .ts context: fix the tr() context in the code", Continue);
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
