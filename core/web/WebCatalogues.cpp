#include "WebCatalogues.h"

#include <QTranslator>

#include <algorithm>

namespace tunedrop {

WebCatalogues::WebCatalogues(QString directory) : m_directory(std::move(directory)) {}

WebCatalogues::~WebCatalogues() = default;

QStringList WebCatalogues::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString WebCatalogues::negotiate(const QByteArray &acceptLanguage, const QStringList &available)
{
    struct Choice {
        QString primary;
        double q = 1.0;
    };
    QList<Choice> choices;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        Choice c{};
        c.primary = QString::fromLatin1(fields.first().trimmed()).toLower().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        c.q = 1.0;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray f = fields.at(i).trimmed();
            if (f.startsWith("q=")) {
                bool ok = false;
                const double q = f.mid(2).toDouble(&ok);
                c.q = ok ? std::clamp(q, 0.0, 1.0) : 0.0;
            }
        }
        if (!c.primary.isEmpty() && c.q > 0)
            choices.append(c);
    }
    // Equal weights keep the browser's order.
    std::stable_sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) { return a.q > b.q; });
    for (const Choice &c : std::as_const(choices)) {
        if (c.primary == QLatin1String("*"))
            break;  // "anything": our default
        if (available.contains(c.primary))
            return c.primary;
    }
    return QStringLiteral("en");
}

WebText WebCatalogues::forRequest(const QByteArray &acceptLanguage, const QString &requested)
{
    const QString asked = requested.toLower().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    return forLanguage(languages().contains(asked) ? asked : negotiate(acceptLanguage));
}

WebText WebCatalogues::forLanguage(const QString &language)
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    return WebText(lang, catalogue(lang));
}

const QTranslator *WebCatalogues::catalogue(const QString &language)
{
    auto it = m_loaded.find(language);
    if (it == m_loaded.end()) {
        // English too: its catalogue carries the plural forms.
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral("tunedrop_") + language, m_directory))
            translator.reset();
        it = m_loaded.emplace(language, std::move(translator)).first;
    }
    return it->second.get();
}

}  // namespace tunedrop
