// Builds the services once and hands each its dependencies; nothing else lives here.

#include "CommandLine.h"
#include "MainWindow.h"
#include "Engine.h"
#include "OnceRunner.h"
#include "Version.h"
#include "source/YtDlp.h"
#include "transcode/LibraryVersions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>

using namespace tunedrop;

namespace {

std::atomic_bool g_stopRequested{false};

void onStopSignal(int) { g_stopRequested.store(true); }

void installTranslations(QCoreApplication &app)
{
    auto *qtTr = new QTranslator(&app);
    if (qtTr->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTr);
    auto *ourTr = new QTranslator(&app);
    if (ourTr->load(QLocale(), QStringLiteral("tunedrop"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ourTr);
}

void printVersion()
{
    std::printf("%s %s\n", kAppName, kVersion);
    for (const QString &line : libraryVersions())
        std::printf("  %s\n", qPrintable(line));
    const YtDlp::Installation ytDlp = YtDlp::locate();
    if (ytDlp.isFound())
        std::printf("  yt-dlp %s (%s)\n", qPrintable(ytDlp.version), qPrintable(ytDlp.path));
    else
        std::printf("  yt-dlp: %s\n", qPrintable(QCoreApplication::translate("main", "not found")));
}

// Signals only set a flag; the event loop polls it and stops in order.
void onStop(QCoreApplication &app, const std::function<void()> &stop)
{
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [stop] {
        if (g_stopRequested.exchange(false))
            stop();
    });
    poll->start(100);
}

void printLine(std::FILE *stream, const QString &line)
{
    std::fprintf(stream, "%s\n", line.toUtf8().constData());
    std::fflush(stream);
}

int runHeadless(QCoreApplication &app, const CommandLineOptions &options)
{
    Engine engine(options);
    if (!engine.isReady()) {
        printLine(stderr, QStringLiteral("error: ") + engine.error());
        return 1;
    }
    if (!engine.warning().isEmpty())
        printLine(stderr, QStringLiteral("warning: ") + engine.warning());
    int exitCode = 0;
    std::unique_ptr<OnceRunner> once;
    if (options.once) {
        once = std::make_unique<OnceRunner>(&engine.queue(), options.items, engine.outputDir());
        QObject::connect(once.get(), &OnceRunner::finished, &app, [&](int code) {
            exitCode = code;
            app.quit();
        });
        onStop(app, [&] { once->interrupt(); });
        once->start();
    } else {
        // A service: report each finished job, run until told to stop.
        QObject::connect(&engine.queue(), &JobQueue::jobChanged, &app, [](const Job &job) {
            if (job.state == JobState::Done && !job.outputPath.isEmpty())
                printLine(stdout, job.outputPath);
            else if (job.state == JobState::Failed)
                printLine(stderr, QStringLiteral("error: %1: %2").arg(job.input, job.errorMessage));
        });
        for (const QString &item : options.items)
            if (const AddResult r = engine.queue().add(item); !r.error.isEmpty())
                printLine(stderr, QStringLiteral("error: %1: %2").arg(item, r.error));
        onStop(app, [&] { app.quit(); });
    }
    app.exec();
    engine.queue().shutdown();  // running jobs are recorded as queued for the next start
    return exitCode;
}

}  // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);

    const bool noWindow = CommandLine::wantsNoWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app = noWindow ? std::make_unique<QCoreApplication>(argc, argv)
                                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("TuneDrop"));
    QCoreApplication::setOrganizationName(QStringLiteral("TuneDrop"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    installTranslations(*app);

    CommandLine commandLine;
    QString error;
    const auto options = commandLine.parse(app->arguments(), &error);
    if (commandLine.parser().isSet(QStringLiteral("version"))) {
        printVersion();
        return 0;
    }
    if (commandLine.parser().isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(commandLine.parser().helpText()));
        return 0;
    }
    if (!options) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
        return 2;
    }
    if (options->headless)
        return runHeadless(*app, *options);
    if (options->once) {
        printLine(stderr, QCoreApplication::translate("main", "error: --once needs --headless."));
        return 2;
    }

    Engine engine(*options);
    if (!engine.isReady()) {
        printLine(stderr, QStringLiteral("error: ") + engine.error());
        return 1;
    }
    MainWindow window(&engine.queue(), engine.outputDir());
    window.show();
    window.addItems(options->items);
    onStop(*app, [&] { window.close(); });
    const int code = app->exec();
    engine.queue().shutdown();
    return code;
}
