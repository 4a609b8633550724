#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace tunedrop {

namespace {
constexpr int kMaxNameAttempts = 1000;
constexpr std::size_t kWriteBuffer = 1 << 18;

QString candidate(const QString &dir, const QString &base, int n)
{
    const QString name = n <= 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(n);
    return QDir(dir).filePath(name + QStringLiteral(".mp3"));
}
}  // namespace

OutputFile::~OutputFile()
{
    if (m_file || (!m_partPath.isEmpty() && m_finalPath.isEmpty()))
        discard();
}

int OutputFile::open(const QString &dir, const QString &baseName)
{
    if (!QDir().mkpath(dir))
        return QFileInfo(dir).exists() ? ENOTDIR : EACCES;
    m_dir = QDir(dir).absolutePath();
    m_baseName = baseName;
    for (int n = 1; n <= kMaxNameAttempts; ++n) {
        const QString mp3 = candidate(m_dir, baseName, n);
        if (QFileInfo::exists(mp3))
            continue;
        const QString part = mp3 + partSuffix();
        // "x": exclusive create, so two jobs never share a ".part".
        m_file = std::fopen(QFile::encodeName(part).constData(), "wbx");
        if (m_file) {
            std::setvbuf(m_file, nullptr, _IOFBF, kWriteBuffer);
            m_partPath = part;
            m_position = 0;
            return 0;
        }
        if (errno != EEXIST)
            return errno;
    }
    return EEXIST;
}

int OutputFile::write(const void *data, std::size_t size)
{
    if (!m_file)
        return EBADF;
    if (size == 0)
        return 0;
    if (std::fwrite(data, 1, size, m_file) != size)
        return errno ? errno : EIO;
    m_position += qint64(size);
    return 0;
}

int OutputFile::writeAt(qint64 offset, const void *data, std::size_t size)
{
    if (!m_file)
        return EBADF;
    if (std::fflush(m_file) != 0 || fseeko(m_file, off_t(offset), SEEK_SET) != 0)
        return errno ? errno : EIO;
    const bool ok = std::fwrite(data, 1, size, m_file) == size;
    const int err = ok ? 0 : (errno ? errno : EIO);
    if (std::fflush(m_file) != 0 || fseeko(m_file, off_t(m_position), SEEK_SET) != 0)
        return errno ? errno : EIO;
    return err;
}

int OutputFile::publish()
{
    if (!m_file)
        return EBADF;
    // Data must be on disk before the name appears: after a crash the MP3 is whole or absent.
    int err = 0;
    if (std::fflush(m_file) != 0 || ::fsync(fileno(m_file)) != 0)
        err = errno ? errno : EIO;
    if (std::fclose(m_file) != 0 && err == 0)
        err = errno ? errno : EIO;
    m_file = nullptr;
    if (err != 0) {
        discard();
        return err;
    }
    for (int n = 1; n <= kMaxNameAttempts; ++n) {
        const QString mp3 = candidate(m_dir, m_baseName, n);
        if (QFileInfo::exists(mp3))
            continue;
        // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE on Linux).
        if (QFile::rename(m_partPath, mp3)) {
            m_finalPath = mp3;
            return 0;
        }
    }
    discard();
    return EEXIST;
}

void OutputFile::discard()
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
    m_partPath.clear();
}

}  // namespace tunedrop
