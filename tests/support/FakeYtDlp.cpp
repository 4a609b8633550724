#include "FakeYtDlp.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tunedrop::test {

namespace {

bool writeExecutable(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QByteArray quoted(const QString &s)
{
    QByteArray q = s.toUtf8();
    q.replace('\'', "'\\''");
    return '\'' + q + '\'';
}

}  // namespace

FakeYtDlp::FakeYtDlp(const QString &dir, const QString &version, const QByteArray &behaviour)
    : m_path(QDir(dir).filePath(QStringLiteral("yt-dlp"))), m_log(QDir(dir).filePath(QStringLiteral("yt-dlp.log")))
{
    QDir().mkpath(dir);
    const QByteArray script = "#!/bin/sh\n"
                              "if [ \"$1\" = --version ]; then echo " + version.toUtf8() + "; exit 0; fi\n"
                              "LOG=" + quoted(m_log) + "\n"
                              "echo \"ARGS $*\" >> \"$LOG\"\n"
                              "prev=\n"
                              "for a in \"$@\"; do\n"
                              "  if [ \"$prev\" = --cookies ]; then\n"
                              "    COOKIES=$a\n"
                              "    echo \"COOKIEFILE $a\" >> \"$LOG\"\n"
                              "    echo \"MODE $(/usr/bin/stat -c %a \"$a\")\" >> \"$LOG\"\n"
                              "    echo \"DIRMODE $(/usr/bin/stat -c %a \"$(/usr/bin/dirname \"$a\")\")\" >> \"$LOG\"\n"
                              "    echo \"SHA $(/usr/bin/sha256sum < \"$a\" | /usr/bin/cut -d' ' -f1)\" >> \"$LOG\"\n"
                              "  fi\n"
                              "  prev=$a\n"
                              "done\n"
                              "echo STARTED >> \"$LOG\"\n"
        + behaviour;
    writeExecutable(m_path, script);
}

QStringList FakeYtDlp::log() const
{
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString FakeYtDlp::lastValue(const QString &key) const
{
    const QStringList lines = log();
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (it->startsWith(key + QLatin1Char(' ')))
            return it->mid(key.size() + 1);
    return {};
}

int FakeYtDlp::runs() const
{
    return int(log().filter(QRegularExpression(QStringLiteral("^STARTED$"))).size());
}

QByteArray FakeYtDlp::printFile(const QString &path)
{
    return "/bin/cat " + quoted(path) + "\nexit 0\n";
}

QByteArray FakeYtDlp::fail(const QByteArray &stderrText, int exitCode)
{
    QByteArray escaped = stderrText;
    escaped.replace('\'', "'\\''");
    return "printf '%s\\n' '" + escaped + "' >&2\nexit " + QByteArray::number(exitCode) + "\n";
}

QByteArray FakeYtDlp::refreshCookie(const QByteArray &name, const QByteArray &value, const QByteArray &then)
{
    return "printf '.youtube.com\\tTRUE\\t/\\tTRUE\\t1893456000\\t%s\\t%s\\n' '" + name + "' '" + value
        + "' >> \"$COOKIES\"\n" + then;
}

QByteArray FakeYtDlp::hang()
{
    return "exec /bin/sleep 60\n";
}

QString writeYouTubeAnswer(const QString &dir, const QString &formatUrl, const QString &title)
{
    const QJsonObject o{{QStringLiteral("id"), QStringLiteral("dQw4w9WgXcQ")},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("uploader"), QStringLiteral("Tester")},
                        {QStringLiteral("extractor_key"), QStringLiteral("Youtube")},
                        {QStringLiteral("webpage_url"), QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ")},
                        {QStringLiteral("duration"), 3},
                        {QStringLiteral("format_id"), QStringLiteral("251")},
                        {QStringLiteral("url"), formatUrl},
                        {QStringLiteral("protocol"), QStringLiteral("http")},
                        {QStringLiteral("ext"), QStringLiteral("webm")},
                        {QStringLiteral("acodec"), QStringLiteral("opus")}};
    const QString path = QDir(dir).filePath(QStringLiteral("answer.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return path;
}

QString writeFakeRuntime(const QString &dir, const QString &name, const QByteArray &versionOutput, int exitCode)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    QByteArray escaped = versionOutput;
    escaped.replace('\'', "'\\''");
    writeExecutable(path, "#!/bin/sh\nprintf '%s\\n' '" + escaped + "'\nexit " + QByteArray::number(exitCode) + "\n");
    return path;
}

}  // namespace tunedrop::test
