#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tunedrop::test {

// A stand-in yt-dlp: a shell script that answers --version, logs each run (its arguments, and
// for --cookies the file's mode, its folder's mode and a hash of its content, taken while the run
// is going on) and then behaves as told; behaviours find the cookie file in $COOKIES. Only absolute paths inside, so tests may set PATH to
// folders holding nothing but fake JavaScript runtimes.
class FakeYtDlp {
public:
    FakeYtDlp(const QString &dir, const QString &version, const QByteArray &behaviour);

    QString path() const { return m_path; }
    QStringList log() const;                  // every logged line
    QString lastValue(const QString &key) const;  // the value of the last "KEY value" line
    int runs() const;                         // yt-dlp runs that were not --version

    // Behaviours: print a JSON answer; fail with stderr text; hang until killed.
    static QByteArray printFile(const QString &path);
    static QByteArray fail(const QByteArray &stderrText, int exitCode = 1);
    static QByteArray hang();
    // Adds a cookie to the jar, as yt-dlp does when a site refreshes one, then `then`.
    static QByteArray refreshCookie(const QByteArray &name, const QByteArray &value, const QByteArray &then);

private:
    QString m_path, m_log;
};

// Writes yt-dlp's `-J` answer for one YouTube video whose audio format is `formatUrl` (plain
// http, so TuneDrop fetches it itself) into `dir`; returns the file for FakeYtDlp::printFile().
QString writeYouTubeAnswer(const QString &dir, const QString &formatUrl, const QString &title);

// A program called `name` in `dir` that prints `versionOutput` for --version and exits with
// `exitCode`: a fake deno or node.
QString writeFakeRuntime(const QString &dir, const QString &name, const QByteArray &versionOutput, int exitCode = 0);

}  // namespace tunedrop::test
