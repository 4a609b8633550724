#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace tunedrop {

// The words of one web request in the language that request asked for (WebCatalogues picks it
// from Accept-Language or ?lang=), looked up in TuneDrop's own Qt catalogue (translations/*.ts)
// without touching the application's installed translators: the desktop keeps its language,
// each phone gets its own. Callers mark their source text with QT_TRANSLATE_NOOP /
// QT_TRANSLATE_N_NOOP so that lupdate collects it into the same .ts files as tr().
class WebText {
public:
    static constexpr const char *kPageContext = "tunedrop::WebPage";

    WebText() = default;  // English: the source text
    WebText(QString language, const QTranslator *catalogue);

    QString language() const { return m_language; }
    QLocale locale() const { return QLocale(m_language); }
    // The translation of `source` in `context`, else the source itself; %n (and %Ln) is
    // replaced by n as QCoreApplication::translate does. (Not named translate(): lupdate would take calls to it for its own.).
    QString lookUp(const char *context, const char *source, int n = -1) const;
    // The page's own strings (context tunedrop::WebPage).
    QString page(const char *source, int n = -1) const { return lookUp(kPageContext, source, n); }

private:
    QString m_language = QStringLiteral("en");
    const QTranslator *m_catalogue = nullptr;  // not owned (WebCatalogues keeps it)
};

}  // namespace tunedrop
