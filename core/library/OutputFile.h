#pragma once

#include <QString>

#include <cstdio>

namespace tunedrop {

// An MP3 being written. It lives as "<dir>/<name>.mp3.part" until publish() renames it,
// atomically and without ever replacing an existing file, to "<dir>/<name>.mp3" (or
// "<name> (2).mp3" ... when that name is taken). A file that is not published is removed
// when the object dies, so no half-written MP3 is ever visible under its final name.
// The ".part" is locked while it is written (see removeStaleParts).
class OutputFile {
public:
    OutputFile() = default;
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Creates the folder if needed and reserves a unique ".part". 0 or an errno value.
    // A base name too long for the folder's NAME_MAX is shortened at a character boundary.
    int open(const QString &dir, const QString &baseName);

    // 0 or an errno value (ENOSPC for a full disk).
    int write(const void *data, std::size_t size);
    int writeAt(qint64 offset, const void *data, std::size_t size);
    qint64 position() const { return m_position; }

    // Flushes to disk (fsync), then renames. 0 or an errno value; finalPath() tells the name.
    int publish();
    // Closes and deletes the ".part" (failure, cancel).
    void discard();

    QString partPath() const { return m_partPath; }
    QString finalPath() const { return m_finalPath; }

    static QString partSuffix() { return QStringLiteral(".part"); }

    // Deletes "*.mp3.part" files in `dir` that no live process is writing (left by a crash or
    // kill -9). A writer holds an exclusive lock on its .part for as long as it writes, and the
    // kernel drops the lock when the process dies, however it dies. Returns how many it removed.
    static int removeStaleParts(const QString &dir);

private:
    static bool removeIfStale(const QString &partPath);
    int createLocked(const QString &partPath);

    std::FILE *m_file = nullptr;
    QString m_dir;
    QString m_baseName;
    QString m_partPath;
    QString m_finalPath;
    qint64 m_position = 0;
    int m_nameMax = 255;   // NAME_MAX of m_dir, asked once in open()
};

}  // namespace tunedrop
