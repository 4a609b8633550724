#include "CookieFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tunedrop {

namespace {

const QByteArray kHeader = "# Netscape HTTP Cookie File";
const QString kPrefix = QStringLiteral("cookies-");

bool isBoolField(const QByteArray &f)
{
    return f == "TRUE" || f == "FALSE";
}

}  // namespace

namespace cookies {

Check check(const QByteArray &content)
{
    Check result;
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);  // a BOM from Windows editors
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');  // a lone CR ends a line too: yt-dlp reads the file with Python's universal newlines
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();  // the final line end
    QByteArray out = kHeader + "\n";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || (trimmed.startsWith('#') && !trimmed.startsWith("#HttpOnly_"))) {
            if (i > 0 || !trimmed.contains("HTTP Cookie File"))
                out += line + '\n';
            continue;
        }
        const QList<QByteArray> f = line.split('\t');
        bool expiryOk = false;
        f.value(4).toLongLong(&expiryOk);
        if (f.size() != 7 || f.at(0).isEmpty() || !isBoolField(f.at(1)) || !f.at(2).startsWith('/')
            || !isBoolField(f.at(3)) || !expiryOk || f.at(5).isEmpty()) {
            result.error = QCoreApplication::translate("tunedrop::cookies", "This is not a Netscape cookies.txt file (line %1 is not a cookie). Export the "
                              "cookies with a \"cookies.txt\" browser add-on and import that file.")
                               .arg(i + 1);
            return result;
        }
        out += line + '\n';
        ++result.count;
    }
    if (result.count == 0) {
        result.error = QCoreApplication::translate("tunedrop::cookies", "This cookies.txt file holds no cookies.");
        return result;
    }
    result.normalized = out;
    return result;
}

bool sameCookies(const QByteArray &a, const QByteArray &b)
{
    const auto cookieLines = [](const QByteArray &text) {
        QList<QByteArray> lines;
        for (const QByteArray &line : text.split('\n')) {
            const QByteArray t = line.trimmed();
            if (!t.isEmpty() && (!t.startsWith('#') || t.startsWith("#HttpOnly_")))
                lines << t;
        }
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    return cookieLines(a) == cookieLines(b);
}

QStringList knownBrowsers()
{
    return {QStringLiteral("brave"),  QStringLiteral("chrome"),  QStringLiteral("chromium"),
            QStringLiteral("edge"),   QStringLiteral("firefox"), QStringLiteral("opera"),
            QStringLiteral("safari"), QStringLiteral("vivaldi"), QStringLiteral("whale")};
}

QString checkBrowserSpec(const QString &spec)
{
    static const QRegularExpression re(QStringLiteral("^([a-z]+)(\\+[A-Za-z0-9]+)?(:.*)?$"));
    const auto m = re.match(spec.trimmed());
    if (!m.hasMatch() || !knownBrowsers().contains(m.captured(1)))
        return QCoreApplication::translate("tunedrop::cookies", "Choose one of these browsers: %1.").arg(knownBrowsers().join(QStringLiteral(", ")));
    return {};
}

}  // namespace cookies

CookieFileLease::CookieFileLease(const QByteArray &content, const QString &dir)
{
    if (!QDir().mkpath(dir) || ::chmod(QFile::encodeName(dir).constData(), 0700) != 0) {
        m_error = QCoreApplication::translate("tunedrop::CookieFileLease", "Cannot create the private folder for sign-in cookies (%1).").arg(dir);
        return;
    }
    const QString path = QDir(dir).filePath(
        kPrefix + QString::number(QRandomGenerator::system()->generate64(), 36) + QStringLiteral(".txt"));
    // O_EXCL with mode 0600: the file never exists with wider permissions, not even briefly.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = QCoreApplication::translate("tunedrop::CookieFileLease", "Cannot write the sign-in cookies for yt-dlp: %1.").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == content.size() && ::close(fd) == 0;
    if (!ok) {
        ::unlink(QFile::encodeName(path).constData());
        m_error = QCoreApplication::translate("tunedrop::CookieFileLease", "Cannot write the sign-in cookies for yt-dlp (is the disk full?).");
        return;
    }
    m_path = path;
}

CookieFileLease::~CookieFileLease()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QByteArray CookieFileLease::readBack() const
{
    QFile f(m_path);
    return !m_path.isEmpty() && f.open(QIODevice::ReadOnly) ? f.read(4 * 1024 * 1024) : QByteArray();
}

int CookieFileLease::sweep(const QString &dir)
{
    int removed = 0;
    const QStringList leftovers = QDir(dir).entryList({kPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        removed += QFile::remove(QDir(dir).filePath(name)) ? 1 : 0;
    return removed;
}

}  // namespace tunedrop
