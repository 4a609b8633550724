#include "Engine.h"

#include <QCoreApplication>
#include <QDir>

namespace tunedrop {

Engine::Engine(const CommandLineOptions &options)
    : m_profile(options.profileDir),
      m_settings(m_profile),
      m_store(QDir(m_profile.dataDir()).filePath(QStringLiteral("jobs.db")))
{
    if (!m_store.open()) {
        m_error = QCoreApplication::translate("Engine", "The job list in %1 cannot be opened: %2")
                      .arg(m_profile.dataDir(), m_store.lastError());
        return;
    }
    QueueConfig config = m_settings.queueConfig();
    if (options.workers > 0)
        config.workers = options.workers;
    if (options.encoderGiven)
        config.encoder = options.encoder;
    if (!options.outputDir.isEmpty())
        config.defaultOutputDir = QDir(options.outputDir).absolutePath();
    m_outputDir = config.defaultOutputDir;
    m_queue = std::make_unique<JobQueue>(&m_store, config);
    m_queue->restore();
    m_ready = true;
}

}  // namespace tunedrop
