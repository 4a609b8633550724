// Builds the services once and hands each its dependencies; nothing else lives here.

#include "CommandLine.h"
#include "MainWindow.h"
#include "OnceRunner.h"
#include "Version.h"
#include "settings/Profile.h"
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
}

int runOnce(QCoreApplication &app, const CommandLineOptions &options)
{
    const Profile profile(options.profileDir);
    const QString outputDir = options.outputDir.isEmpty() ? profile.outputDir() : options.outputDir;
    OnceRunner runner(options, outputDir);
    int exitCode = 0;
    QObject::connect(&runner, &OnceRunner::finished, &app, [&](int code) {
        exitCode = code;
        app.quit();
    });
    // Signals only set a flag; the event loop turns it into an orderly cancel.
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [&] {
        if (g_stopRequested.load())
            runner.cancelAll();
    });
    stopPoll.start(100);
    runner.start();
    app.exec();
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
    if (options->headless) {
        if (!options->once) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "error: --headless currently needs --once and the items to convert.")));
            return 2;
        }
        return runOnce(*app, *options);
    }

    const Profile profile(options->profileDir);
    MainWindow window(profile, *options);
    window.show();
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, app.get(), [&] {
        if (g_stopRequested.load())
            window.close();
    });
    stopPoll.start(100);
    return app->exec();
}
