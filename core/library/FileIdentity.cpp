#include "FileIdentity.h"

#include <QFile>

#include <sys/stat.h>

namespace tunedrop {

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity id;
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.exists = true;
    id.regularFile = S_ISREG(st.st_mode);
    id.size = qint64(st.st_size);
    id.inode = qint64(st.st_ino);
    id.modified = QDateTime::fromMSecsSinceEpoch(qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, Qt::UTC);
    return id;
}

}  // namespace tunedrop
