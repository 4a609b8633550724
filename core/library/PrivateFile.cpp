#include "PrivateFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tunedrop {

void PrivateFile::tighten(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    // lstat: a symlink is left alone (chmod would follow it to somebody else's file).
    if (::lstat(name.constData(), &st) != 0 || S_ISLNK(st.st_mode) || st.st_uid != ::geteuid())
        return;
    // A sticky folder is shared by design (--profile /tmp): not ours to lock.
    if (S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX))
        return;
    if (st.st_mode & 077)
        ::chmod(name.constData(), (st.st_mode & 07777) & ~mode_t(077));
}

void PrivateFile::ensure(const QString &path)
{
    // O_EXCL: created here with 0600, or an existing file is only tightened, never replaced.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    else
        tighten(path);
}

void PrivateFile::tightenFolder(const QString &dir)
{
    tighten(dir);
    // One level is enough: with the folder 0700 nobody else reaches deeper; what an older
    // version created 0644 (tunedrop.ini, jobs.db and its -wal/-shm) is tightened.
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext())
        tighten(it.next());
}

}  // namespace tunedrop
