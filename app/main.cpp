// Builds the services once and hands each its dependencies; nothing else lives here.

#include "ServiceConfigs.h"
#include "BackgroundTasks.h"
#include "CommandLine.h"
#include "CompositionRoot.h"
#include "MainWindow.h"
#include "OnceRunner.h"
#include "SingleInstance.h"
#include "Version.h"
#include "CookieVault.h"
#include "settings/SecretStore.h"
#include "source/YtDlpStatus.h"
#include "source/YtDlpUpdater.h"
#include "web/WebAuth.h"
#include "transcode/LibraryVersions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTextStream>
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

void printLine(std::FILE *stream, const QString &line)
{
    std::fprintf(stream, "%s\n", line.toUtf8().constData());
    std::fflush(stream);
}

// The profile's language setting, else the system's.
void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTr = new QTranslator(&app);
    if (qtTr->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTr);
    // The installed .qm files (<prefix>/share/tunedrop/translations, so a packager or translator can
    // update them) win over the copies built into the binary.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/tunedrop/translations"));
    auto *ourTr = new QTranslator(&app);
    // Languages without a translation (and the C locale) get English with proper plurals.
    if (ourTr->load(locale, QStringLiteral("tunedrop"), QStringLiteral("_"), installed)
        || ourTr->load(locale, QStringLiteral("tunedrop"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ourTr->load(QStringLiteral("tunedrop_en"), installed)
        || ourTr->load(QStringLiteral("tunedrop_en"), QStringLiteral(":/i18n")))
        app.installTranslator(ourTr);
}

// The libraries, and the yt-dlp this profile's jobs would use, with its age and JS runtime.
void printVersion(const Profile &profile)
{
    std::printf("%s %s\n", kAppName, kVersion);
    for (const QString &line : libraryVersions())
        std::printf("  %s\n", qPrintable(line));
    const Settings settings(profile);
    const YtDlpStatus status = YtDlpStatus::probe(settings.ytDlpPath(), managedYtDlpPath(settings), QDate::currentDate());
    std::printf("  yt-dlp: %s\n", qPrintable(status.summary()));
    if (status.stale)
        std::printf("  %s\n", qPrintable(QCoreApplication::translate("main", "warning: %1 Run tunedrop --update-yt-dlp.")
                                             .arg(status.ageWarning())));
    std::printf("  %s\n", qPrintable(QCoreApplication::translate("main", "JavaScript runtime: %1").arg(status.jsRuntimeLine())));
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

int runOnce(QCoreApplication &app, CompositionRoot &root, const CommandLineOptions &options)
{
    int exitCode = 0;
    OnceRunner once(&root.queue(), options.items, root.outputDir());
    QObject::connect(&once, &OnceRunner::finished, &app, [&](int code) {
        exitCode = code;
        root.shutdownAsync([&app] { app.quit(); });
    });
    onStop(app, [&] { once.interrupt(); });
    once.start();
    app.exec();
    return exitCode;
}

int runService(QCoreApplication &app, CompositionRoot &root, SingleInstance &instance, const CommandLineOptions &options)
{
    // Report each finished job; run until told to stop.
    QObject::connect(&root.queue(), &JobQueue::jobChanged, &app, [](const Job &job) {
        if (job.state == JobState::Done && !job.outputPath.isEmpty())
            printLine(stdout, job.outputPath);
        else if (job.state == JobState::Failed)
            printLine(stderr, QStringLiteral("error: %1: %2").arg(job.input, job.errorMessage()));
    });
    auto add = [&root](const QStringList &items) {
        for (const QString &item : items)
            if (const AddResult r = root.queue().add(item); !r.error.isEmpty())
                printLine(stderr, QStringLiteral("error: %1: %2").arg(item, r.error));
    };
    QObject::connect(&instance, &SingleInstance::itemsReceived, &app, add);
    add(options.items);
    onStop(app, [&app, &root] { root.shutdownAsync([&app] { app.quit(); }); });
    return app.exec();
}

int runWindow(QApplication &app, CompositionRoot &root, SingleInstance &instance, const CommandLineOptions &options)
{
    app.setQuitOnLastWindowClosed(false);  // close-to-tray hides; closed() is the real end
    MainWindow window(root);
    // The window is gone at once; the engine stops in order while the event loop runs on.
    QObject::connect(&window, &MainWindow::closed, &app, [&app, &root] {
        root.shutdownAsync([&app] { app.quit(); });
    }, Qt::QueuedConnection);
    QObject::connect(&instance, &SingleInstance::itemsReceived, &window, [&window, &root](const QStringList &items) {
        if (root.isShuttingDown()) {  // kept for the next start; the window stays closed
            for (const QString &item : items)
                root.queue().add(item);
            return;
        }
        window.addItems(items);
        window.bringToFront();
    });
    window.show();
    window.addItems(options.items);
    onStop(app, [&window] { window.quit(); });
    return app.exec();
}

}  // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    // FFmpeg's http protocol reads no_proxy from this process's environment even when it is
    // given an http_proxy, so a host listed there would bypass a web job's GuardedProxy
    // (docs/API.md, "Links from the web"). Removed once, before any thread exists (setenv is
    // not thread-safe); TuneDrop's own connections never use the environment's proxies.
    qunsetenv("no_proxy");

    const bool noWindow = CommandLine::wantsNoWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app = noWindow ? std::make_unique<QCoreApplication>(argc, argv)
                                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("TuneDrop"));
    QCoreApplication::setOrganizationName(QStringLiteral("TuneDrop"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    if (!noWindow) {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tunedrop.svg")));
        // Wayland matches windows to the installed .desktop entry (and its icon) by this name.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tunedrop.TuneDrop"));
    }

    CommandLine commandLine;
    QString error;
    const auto options = commandLine.parse(app->arguments(), &error);
    if (commandLine.parser().isSet(QStringLiteral("version"))) {
        // The profile decides which yt-dlp is used, so --version reads it (and its language).
        const Profile profile(commandLine.parser().value(QStringLiteral("profile")));
        installTranslations(*app, Settings(profile).language());
        printVersion(profile);
        return 0;
    }
    if (commandLine.parser().isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(commandLine.parser().helpText()));
        return 0;
    }
    if (!options) {
        printLine(stderr, QStringLiteral("error: ") + error);
        return 2;
    }
    if (options->once && !options->headless) {
        printLine(stderr, QCoreApplication::translate("main", "error: --once needs --headless."));
        return 2;
    }

    const Profile profile(options->profileDir);
    installTranslations(*app, Settings(profile).language());

    if (options->updateYtDlp) {
        YtDlpUpdater updater(profile.toolsDir(), options->ytDlpReleaseUrl.isEmpty() ? Settings(profile).ytDlpReleaseUrl()
                                                                                    : options->ytDlpReleaseUrl);
        // SIGINT/SIGTERM only set the flag; the downloads poll it, so Ctrl+C stops a stalled update.
        const YtDlpUpdater::Result result = updater.update(g_stopRequested);
        printLine(result.ok ? stdout : stderr, (result.ok ? QString() : QStringLiteral("error: ")) + result.message);
        return result.ok ? 0 : 1;
    }
    if (!options->importCookies.isEmpty() || options->forgetCookies) {
        Settings settings(profile);
        SecretStore secrets(QStringLiteral("TuneDrop"), profile.dataDir(), profile.dataDir());
        CookieVault vault(settings, secrets);
        if (options->forgetCookies) {
            QString why;
            if (!vault.forget(&why)) {
                printLine(stderr, QStringLiteral("error: ") + why);
                return 1;
            }
            printLine(stdout, QCoreApplication::translate("main", "The imported sign-in cookies are removed."));
            return 0;
        }
        const CookieVault::Result result = vault.importFile(options->importCookies);
        printLine(result.ok ? stdout : stderr, (result.ok ? QString() : QStringLiteral("error: ")) + result.message);
        return result.ok ? 0 : 1;
    }
    if (options->printWebToken) {
        // Kept in the keychain (or the profile's owner-only file); created on first use.
        SecretStore secrets(QStringLiteral("TuneDrop"), profile.dataDir(), profile.dataDir());
        WebAuth auth([](const QString &) { return false; }, &secrets);
        const QByteArray token = auth.apiToken();
        if (!secrets.warning().isEmpty())
            printLine(stderr, QStringLiteral("warning: ") + secrets.warning());
        printLine(stdout, QString::fromLatin1(token));
        return token.isEmpty() ? 1 : 0;
    }
    if (options->setWebPassword) {
        // From stdin so it never shows in the process list or the shell history.
        const QString password = QString::fromUtf8(QTextStream(stdin).readLine().toUtf8());
        Settings settings(profile);
        if (!settings.setWebPassword(password)) {
            printLine(stderr, QCoreApplication::translate("main", "error: the password must not be empty."));
            return 2;
        }
        printLine(stdout, QCoreApplication::translate("main", "The web access password is set (only a salted hash is stored)."));
        return 0;
    }

    // One running TuneDrop per profile: a second start hands its links over and leaves.
    SingleInstance instance(profile.dataDir());
    if (!instance.listen()) {
        if (options->once) {
            printLine(stderr, QCoreApplication::translate("main", "error: TuneDrop is already running with this profile "
                                                                  "(%1). Add the links there, or use --profile.")
                                  .arg(profile.dataDir()));
            return 2;
        }
        if (instance.sendToPrimary(options->items))
            return 0;
        printLine(stderr, QCoreApplication::translate("main", "error: another TuneDrop holds this profile but does not "
                                                              "answer."));
        return 1;
    }

    CompositionRoot root(*options);
    if (!root.isReady()) {
        printLine(stderr, QStringLiteral("error: ") + root.error());
        return 1;
    }
    if (!root.warning().isEmpty())
        printLine(stderr, QStringLiteral("warning: ") + root.warning());
    if (!root.webError().isEmpty())
        printLine(stderr, QStringLiteral("warning: ") + root.webError());
    else if (root.webServer())
        for (const QString &address : root.webAddresses())  // one line each, the best first
            printLine(stderr, QCoreApplication::translate("main", "web: %1").arg(address));

    int code = 0;
    if (options->headless)
        code = options->once ? runOnce(*app, root, *options) : runService(*app, root, instance, *options);
    else
        code = runWindow(static_cast<QApplication &>(*app), root, instance, *options);
    // Normally over already (shutdownAsync); otherwise, or when it gave up, a last short wait.
    root.queue().shutdown(2000);
    // Background work of closed dialogs (a cancelled yt-dlp update) gets a moment to end.
    BackgroundTasks::waitForStragglers(5000);
    return code;
}
