#pragma once

#include <QDateTime>
#include <QString>

namespace tunedrop {

// Size, inode and modification time of a path, read without following symlinks: what the
// retention purge compares to decide a file is still the one TuneDrop wrote.
struct FileIdentity {
    bool exists = false;
    bool regularFile = false;  // not a directory, not a symlink, not a device
    qint64 size = -1;
    qint64 inode = -1;
    QDateTime modified;

    static FileIdentity of(const QString &path);
};

}  // namespace tunedrop
