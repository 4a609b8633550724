#include "OutputFile.h"

#include "FileNaming.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QDirIterator>
#include <QUuid>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace tunedrop {

namespace {
constexpr int kMaxNameAttempts = 1000;
constexpr std::size_t kWriteBuffer = 1 << 18;

// createLocked()'s private name "<name>.mp3.part.<8 hex>" is the longest we write.
constexpr int kTempTailBytes = 1 + 8;

// The folder's limit for one name, in bytes of the on-disk encoding (255 on ext4, btrfs, xfs;
// less on some network and encrypted file systems).
int nameMax(const QString &dir)
{
    const long max = ::pathconf(QFile::encodeName(dir).constData(), _PC_NAME_MAX);
    return max > 0 ? int(max) : 255;
}

// The base is shortened (never the " (n)" suffix or the extension) so that every name written
// for this candidate fits: a long title must not fail the job with ENAMETOOLONG; the full title
// stays in the tags.
QString candidate(const QString &dir, const QString &base, int n, int maxName)
{
    const QString tail = (n <= 1 ? QString() : QStringLiteral(" (%1)").arg(n)) + QStringLiteral(".mp3");
    const int budget = maxName - int(QFile::encodeName(tail + OutputFile::partSuffix()).size()) - kTempTailBytes;
    QString name = FileNaming::truncateToBytes(base, budget);
    if (name.isEmpty())
        name = QStringLiteral("audio");
    return QDir(dir).filePath(name + tail);
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
    m_nameMax = nameMax(m_dir);
    for (int n = 1; n <= kMaxNameAttempts; ++n) {
        const QString mp3 = candidate(m_dir, baseName, n, m_nameMax);
        if (QFileInfo::exists(mp3))
            continue;
        const QString part = mp3 + partSuffix();
        int err = createLocked(part);
        if (err == EEXIST && removeIfStale(part))
            err = createLocked(part);  // a crashed run's leftover: take its name back
        if (err == 0) {
            m_position = 0;
            return 0;
        }
        if (err != EEXIST)
            return err;
    }
    return EEXIST;
}

int OutputFile::createLocked(const QString &partPath)
{
    // Created under a private name, locked, then linked to the ".part" name (link() fails if
    // the name exists): nobody can ever see the ".part" unlocked while we own it.
    const QString temp = partPath + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::link(tempName.constData(), QFile::encodeName(partPath).constData()) != 0) {
        const int err = errno;
        ::unlink(tempName.constData());
        ::close(fd);
        return err;
    }
    ::unlink(tempName.constData());
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        const int err = errno;
        ::unlink(QFile::encodeName(partPath).constData());
        ::close(fd);
        return err;
    }
    std::setvbuf(m_file, nullptr, _IOFBF, kWriteBuffer);
    m_partPath = partPath;
    return 0;
}

bool OutputFile::removeIfStale(const QString &partPath)
{
    const QByteArray name = QFile::encodeName(partPath);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    // Unlocked means its writer is gone. Unlink while holding the lock so no new writer
    // can appear in between.
    const bool stale = ::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(name.constData()) == 0;
    ::close(fd);
    return stale;
}

int OutputFile::removeStaleParts(const QString &dir)
{
    int removed = 0;
    QDirIterator it(dir, {QStringLiteral("*.mp3.part"), QStringLiteral("*.mp3.part.*")}, QDir::Files | QDir::Hidden);
    while (it.hasNext())
        removed += removeIfStale(it.next()) ? 1 : 0;
    return removed;
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
        const QString mp3 = candidate(m_dir, m_baseName, n, m_nameMax);
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
