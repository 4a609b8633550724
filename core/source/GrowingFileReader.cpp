#include "GrowingFileReader.h"

#include <QCoreApplication>

namespace tunedrop {

GrowingFileReader::GrowingFileReader(std::shared_ptr<GrowingFileState> state)
    : m_state(std::move(state))
{
}

qint64 GrowingFileReader::readAt(qint64 pos, char *data, qint64 maxSize)
{
    if (pos < 0 || maxSize <= 0)
        return pos < 0 ? -1 : 0;
    qint64 available = 0;
    {
        std::unique_lock lock(m_state->mutex);
        for (;;) {
            if (m_aborted || (m_state->finished && m_state->error.isError()))
                return -1;
            if (pos < m_state->readable)
                break;
            if (m_state->finished)
                return 0;
            m_state->changed.wait(lock);
        }
        available = std::min(maxSize, m_state->readable - pos);
    }
    // The bytes below `readable` are never rewritten with different content (a restarted
    // download overwrites them with the same bytes), so they can be read without the lock.
    const std::lock_guard fileLock(m_fileMutex);
    if (!m_file.isOpen()) {
        m_file.setFileName(m_state->path);
        m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    const qint64 n = m_file.isOpen() && m_file.seek(pos) ? m_file.read(data, available) : -1;
    if (n < 0) {
        const std::lock_guard lock(m_state->mutex);
        m_ioFailed = true;
    }
    return n;
}

qint64 GrowingFileReader::size() const
{
    const std::lock_guard lock(m_state->mutex);
    if (m_state->finished && !m_state->error.isError())
        return m_state->readable;
    return m_state->total;
}

void GrowingFileReader::abort()
{
    const std::lock_guard lock(m_state->mutex);
    m_aborted = true;
    m_state->changed.notify_all();
}

Error GrowingFileReader::error() const
{
    const std::lock_guard lock(m_state->mutex);
    if (m_aborted)
        return {ErrorCategory::Cancelled,
                UserText::translate("HttpDownloader", "Reading the download was cancelled.")};
    if (m_state->finished && m_state->error.isError())
        return m_state->error;
    if (m_ioFailed)
        return {ErrorCategory::Internal,
                UserText::translate("HttpDownloader", "The downloaded data could not be read back.")};
    return {};
}

QString GrowingFileReader::nameHint() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->nameHint;
}

}  // namespace tunedrop
