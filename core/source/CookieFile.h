#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tunedrop {

// Sign-in cookies for yt-dlp, in the Netscape cookies.txt format browsers' export add-ons write.
namespace cookies {

struct Check {
    QByteArray normalized;  // LF line ends, yt-dlp's required first line; empty when refused
    int count = 0;          // cookies in it
    QString error;          // translated; empty when accepted
};

// Accepts a Netscape cookies.txt (7 tab-separated fields per cookie, comments, #HttpOnly_
// lines) and refuses anything else with the line that is wrong.
Check check(const QByteArray &content);

// yt-dlp's --cookies-from-browser BROWSER[+KEYRING][:PROFILE][::CONTAINER]: empty when valid,
// else why not (translated).
QString checkBrowserSpec(const QString &spec);

// True when both hold the same cookies, whatever the comments, blank lines and order.
bool sameCookies(const QByteArray &a, const QByteArray &b);
QStringList knownBrowsers();

}  // namespace cookies

// Sign-in cookies a yt-dlp run gets: an imported cookies.txt (kept in the keychain, held in
// memory) or, without one, a browser to read them from. Both empty: none.
struct SignInCookies {
    QByteArray fileContent;  // normalized cookies.txt
    QString browser;         // yt-dlp's --cookies-from-browser spec
    QString privateDir;      // where a run's cookie file is written (made 0700)
};

// The cookies written to a private file for one yt-dlp run: created owner-only (0600, never
// readable by anyone else at any moment) in `dir` (made 0700), removed when this goes out of
// scope, whatever way the run ended. A crash leaves it behind for sweep() at the next start.
class CookieFileLease {
public:
    CookieFileLease(const QByteArray &content, const QString &dir);
    ~CookieFileLease();
    CookieFileLease(const CookieFileLease &) = delete;
    CookieFileLease &operator=(const CookieFileLease &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    // The file as it is now: yt-dlp saves the cookie jar back when it ends, with the cookies
    // the site set or refreshed during the run.
    QByteArray readBack() const;

    // Removes every leftover cookie file in `dir` (called once at start-up).
    static int sweep(const QString &dir);

private:
    QString m_path;
    QString m_error;
};

}  // namespace tunedrop
