#include "JsRuntime.h"
#include "ProcessRun.h"
#include "YtDlpUpdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tunedrop {

namespace {

// "deno 2.1.4 (stable, release, x86_64-unknown-linux-gnu)" or "v20.11.1".
QString parseVersion(const QByteArray &out)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto m = re.match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(0) : QString();
}

QString displayName(const QString &name)
{
    return name == QLatin1String("node") ? QStringLiteral("Node.js") : name;
}

}  // namespace

QVersionNumber JsRuntime::minimumVersion(const QString &name)
{
    return name == QLatin1String("deno") ? QVersionNumber(2, 0, 0) : QVersionNumber(20, 0, 0);
}

QStringList JsRuntime::ytDlpArgs() const
{
    if (path.isEmpty() || !supported)
        return {};
    return {QStringLiteral("--js-runtimes"), name + QLatin1Char(':') + path};
}

QString JsRuntimeSearch::summary() const
{
    if (found())
        return QCoreApplication::translate("JsRuntime", "%1 %2 (%3)").arg(displayName(usable.name), usable.version,
                                                                        QDir::toNativeSeparators(usable.path));
    QStringList why;
    for (const JsRuntime &r : unusable) {
        why << (r.version.isEmpty()
                    ? QCoreApplication::translate("JsRuntime", "%1 at %2 does not run").arg(displayName(r.name), r.path)
                    : QCoreApplication::translate("JsRuntime", "%1 %2 is too old (%3 or newer is needed)")
                          .arg(displayName(r.name), r.version, JsRuntime::minimumVersion(r.name).toString()));
    }
    const QString none = QCoreApplication::translate("JsRuntime", "None found.");
    return why.isEmpty() ? none : none + QLatin1Char(' ') + why.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString JsRuntimeSearch::missingHint()
{
    return missingHintText().toString();
}

UserText JsRuntimeSearch::missingHintText()
{
    return UserText::translate("JsRuntime",
                                       "YouTube needs a JavaScript runtime beside yt-dlp: install deno (2.0 or newer) "
                                       "or Node.js (20 or newer), then try again.");
}

JsRuntimeSearch findJsRuntime(const QStringList &searchPath)
{
    QStringList dirs = searchPath;
    if (dirs.isEmpty())
        dirs = qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    JsRuntimeSearch result;
    for (const QString &name : {QStringLiteral("deno"), QStringLiteral("node")}) {
        const QString path = QStandardPaths::findExecutable(name, dirs);
        if (path.isEmpty())
            continue;
        JsRuntime runtime;
        runtime.name = name;
        runtime.path = QFileInfo(path).absoluteFilePath();
        runtime.version = parseVersion(versionOf(runtime.path).value_or(QString()).toUtf8());
        const QVersionNumber version = QVersionNumber::fromString(runtime.version);
        runtime.supported = !runtime.version.isEmpty() && version >= JsRuntime::minimumVersion(name);
        if (runtime.supported && !result.found())
            result.usable = runtime;
        else if (!runtime.supported)
            result.unusable << runtime;
    }
    return result;
}

bool ytDlpSupportsJsRuntimes(const QString &ytDlpVersion)
{
    const QDate released = YtDlpUpdater::versionDate(ytDlpVersion);
    return released.isValid() && released >= QDate(2025, 11, 12);
}

}  // namespace tunedrop
