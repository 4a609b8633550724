#include "WebText.h"

#include <QTranslator>

namespace tunedrop {

WebText::WebText(QString language, const QTranslator *catalogue)
    : m_language(std::move(language)), m_catalogue(catalogue)
{
}

QString WebText::lookUp(const char *context, const char *source, int n) const
{
    QString text = m_catalogue ? m_catalogue->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), locale().toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

}  // namespace tunedrop
