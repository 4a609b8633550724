#include "Engine.h"

#include <QCoreApplication>
#include <QDir>

namespace tunedrop {

Engine::Engine(const CommandLineOptions &options)
    : m_options(options),
      m_profile(options.profileDir),
      m_settings(m_profile),
      m_store(QDir(m_profile.dataDir()).filePath(QStringLiteral("jobs.db")))
{
    if (!m_store.open()) {
        m_error = QCoreApplication::translate("Engine", "The job list in %1 cannot be opened: %2")
                      .arg(m_profile.dataDir(), m_store.lastError());
        return;
    }
    const QueueConfig config = effectiveConfig();
    m_outputDir = config.defaultOutputDir;
    m_queue = std::make_unique<JobQueue>(&m_store, config);
    m_queue->restore();
    m_ready = true;
}

QueueConfig Engine::effectiveConfig() const
{
    QueueConfig config = m_settings.queueConfig();
    if (m_options.workers > 0)
        config.workers = m_options.workers;
    if (m_options.encoderGiven)
        config.encoder = m_options.encoder;
    if (!m_options.outputDir.isEmpty())
        config.defaultOutputDir = QDir(m_options.outputDir).absolutePath();
    config.yieldToInterface = !m_options.headless;
    return config;
}

}  // namespace tunedrop
