#include "OnceRunner.h"

#include "transcode/Transcoder.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace tunedrop {

namespace {
void printLine(std::FILE *stream, const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}
}  // namespace

OnceRunner::OnceRunner(CommandLineOptions options, QString outputDir, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_outputDir(std::move(outputDir))
{
    const int workers = m_options.workers > 0 ? m_options.workers : std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(workers);
}

OnceRunner::~OnceRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

void OnceRunner::start()
{
    const int count = int(m_options.items.size());
    m_results.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        TranscodeRequest request;
        request.input = m_options.items.at(i);
        request.outputDir = m_outputDir;
        request.encoder = m_options.encoder;
        auto transcoder = std::make_shared<Transcoder>(request);
        m_transcoders.push_back(transcoder);
        m_pool.start([this, i, transcoder] {
            TranscodeResult result = transcoder->run();
            QMetaObject::invokeMethod(this, [this, i, result] { onItemDone(i, result); },
                                      Qt::QueuedConnection);
        });
    }
}

void OnceRunner::cancelAll()
{
    for (const auto &t : m_transcoders)
        t->cancel();
}

void OnceRunner::onItemDone(int index, const TranscodeResult &result)
{
    m_results[std::size_t(index)] = result;
    printReadyResults();
    if (m_printed == m_results.size())
        emit finished(m_failures == 0 ? 0 : 1);
}

void OnceRunner::printReadyResults()
{
    while (m_printed < m_results.size() && m_results[m_printed]) {
        const TranscodeResult &r = *m_results[m_printed];
        const QString item = m_options.items.at(int(m_printed));
        if (r.ok()) {
            for (const QString &w : r.warnings)
                printLine(stderr, tr("warning: %1: %2").arg(item, w));
            printLine(stdout, r.outputPath);
        } else {
            ++m_failures;
            printLine(stderr, tr("error: %1: %2").arg(item, r.error.message));
        }
        ++m_printed;
    }
}

}  // namespace tunedrop
