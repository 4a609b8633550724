// A real process for tst_singleinstance.
//   singleinstance_peer primary <profileDir>
//       listen(); prints "PRIMARY" and then "GOT <json array>" for every itemsReceived, until
//       SIGTERM (clean exit, socket removed) or SIGKILL (stale socket left behind);
//       or prints "SECONDARY" and exits 2 when another process is the primary.
//   singleinstance_peer send <profileDir> [item...]
//       listen() true: prints "PRIMARY", exits 3; else sendToPrimary(items): exit 0 on OK, 1 if not.
// SINGLEINSTANCE_PEER_START_AT_MS=<ms since epoch> makes listen() wait for that moment, so that
// two peers started together race for real.

#include "SingleInstance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic_bool g_terminate{false};

void onTerminate(int) { g_terminate.store(true); }

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void waitForStartMoment()
{
    bool ok = false;
    const qint64 startAt = qEnvironmentVariable("SINGLEINSTANCE_PEER_START_AT_MS").toLongLong(&ok);
    if (!ok)
        return;
    while (QDateTime::currentMSecsSinceEpoch() < startAt)
        QThread::usleep(200);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args.at(1) != QLatin1String("primary") && args.at(1) != QLatin1String("send"))) {
        std::fprintf(stderr, "usage: singleinstance_peer primary|send <profileDir> [item...]\n");
        return 64;
    }
    const bool primaryMode = args.at(1) == QLatin1String("primary");
    tunedrop::SingleInstance instance(args.at(2));

    waitForStartMoment();
    const bool primary = instance.listen();

    if (!primaryMode) {
        if (primary) {
            printLine("PRIMARY");
            return 3;
        }
        return instance.sendToPrimary(args.mid(3)) ? 0 : 1;
    }

    if (!primary) {
        printLine("SECONDARY");
        return 2;
    }
    QObject::connect(&instance, &tunedrop::SingleInstance::itemsReceived, &app,
                     [](const QStringList &items) {
                         printLine("GOT "
                                   + QJsonDocument(QJsonArray::fromStringList(items))
                                         .toJson(QJsonDocument::Compact));
                     });
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [] {
        if (g_terminate.load())
            QCoreApplication::quit();
    });
    poll.start(50);
    printLine("PRIMARY");
    return app.exec();
}
