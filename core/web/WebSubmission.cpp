#include "WebSubmission.h"

#include "WebText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tunedrop {

namespace {

bool looksLikeLink(const QString &piece)
{
    static const QRegularExpression link(QStringLiteral(R"(^(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)\S+$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return link.match(piece).hasMatch();
}

}  // namespace

QStringList WebSubmission::splitLines(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|[\r\n\u2028\u2029\u0085]"));
    static const QRegularExpression separators(QStringLiteral(R"([,\s]+)"));
    QStringList out;
    for (const QString &raw : text.split(lineBreak)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList pieces = line.split(separators, Qt::SkipEmptyParts);
        const bool onlyLinks = !pieces.isEmpty() && std::all_of(pieces.cbegin(), pieces.cend(), looksLikeLink);
        if (onlyLinks)
            out += pieces;
        else
            out << line;
    }
    return out;
}

QString WebSubmission::summary(const Counts &counts, const WebText &text)
{
    QStringList parts;
    if (counts.added > 0)
        parts << text.page(QT_TRANSLATE_N_NOOP("tunedrop::WebPage", "%n link(s) added."), counts.added);
    if (counts.inList > 0)
        parts << text.page(QT_TRANSLATE_N_NOOP("tunedrop::WebPage", "%n link(s) already in the list."), counts.inList);
    if (counts.converted > 0)
        parts << text.page(QT_TRANSLATE_N_NOOP("tunedrop::WebPage", "%n link(s) already converted: the MP3 is in the list."),
                           counts.converted);
    if (counts.refused > 0)
        parts << text.page(QT_TRANSLATE_N_NOOP("tunedrop::WebPage", "%n line(s) could not be added:"), counts.refused);
    return parts.join(QLatin1Char(' '));
}

}  // namespace tunedrop
