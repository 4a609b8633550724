#include "InputLocation.h"

#include <QRegularExpression>

namespace tunedrop {

QString InputLocation::scheme(const QString &input)
{
    const QString text = input.trimmed();
    // A one-letter "scheme" is a Windows drive ("C:\x.mp3"), not a URL.
    static const QRegularExpression driveRe(QStringLiteral(R"(^[A-Za-z]:([\\/]|$))"));
    static const QRegularExpression schemeRe(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9+.-]*):(.*)$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    // "host:8080/x" parses as scheme "host"; digits after the colon mean it is a port.
    static const QRegularExpression portRe(QStringLiteral(R"(^\d{1,5}([/?#]|$))"));
    if (driveRe.match(text).hasMatch())
        return {};
    const QRegularExpressionMatch m = schemeRe.match(text);
    if (!m.hasMatch() || portRe.match(m.captured(2)).hasMatch())
        return {};
    return m.captured(1).toLower();
}

bool InputLocation::isLocal(const QString &input)
{
    const QString s = scheme(input);
    return s.isEmpty() || s == QLatin1String("file");
}

}  // namespace tunedrop
