#pragma once

#include "CommandLine.h"
#include "transcode/TranscodeResult.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace tunedrop {

class Transcoder;

// `tunedrop --headless --once ITEM...`: converts every item on a worker pool, prints each
// MP3's absolute path on stdout (in the order given) and an "error: ITEM: reason" line on
// stderr for each failure. Exit status 0 only when everything succeeded.
class OnceRunner : public QObject {
    Q_OBJECT
public:
    OnceRunner(CommandLineOptions options, QString outputDir, QObject *parent = nullptr);
    ~OnceRunner() override;

    // Starts the work; emits finished(exitCode) when every item is done.
    void start();
    // SIGINT/SIGTERM: stop all conversions (their .part files are removed).
    void cancelAll();

signals:
    void finished(int exitCode);

private:
    void onItemDone(int index, const TranscodeResult &result);
    void printReadyResults();

    CommandLineOptions m_options;
    QString m_outputDir;
    QThreadPool m_pool;
    std::vector<std::shared_ptr<Transcoder>> m_transcoders;
    std::vector<std::optional<TranscodeResult>> m_results;
    std::size_t m_printed = 0;
    int m_failures = 0;
};

}  // namespace tunedrop
