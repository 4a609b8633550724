#pragma once

#include <QString>

namespace tunedrop {

// Owner-only files and folders for what other local users must not read: the profile (the INI
// holds the web password's PBKDF2 hash and salt, jobs.db every link converted).
class PrivateFile {
public:
    // Removes group and other permissions from `path` if it is ours. Never follows a symlink,
    // leaves sticky (shared) folders alone, creates nothing.
    static void tighten(const QString &path);
    // Creates `path` empty with mode 0600 when it does not exist, so that whoever writes it next
    // (QSettings through QSaveFile, SQLite) keeps those permissions; tightens an existing one.
    static void ensure(const QString &path);
    // tighten() on `dir` and on every entry directly in it.
    static void tightenFolder(const QString &dir);
};

}  // namespace tunedrop
