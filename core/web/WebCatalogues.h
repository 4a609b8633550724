#pragma once

#include "WebText.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QTranslator;

namespace tunedrop {

// The languages the web page speaks and their catalogues: the same compiled .qm files the
// window loads (:/i18n/tunedrop_<lang>.qm, built from translations/*.ts), one QTranslator per
// language, loaded on first use and kept. Used on the web server's thread only.
class WebCatalogues {
public:
    // `directory` holds tunedrop_<lang>.qm; languages without a file there fall back to English.
    explicit WebCatalogues(QString directory = QStringLiteral(":/i18n"));
    ~WebCatalogues();

    // What the page offers, English first.
    static QStringList languages();
    // The best of `available` for an Accept-Language value ("de-CH,de;q=0.9,en;q=0.8" -> "de"):
    // by q-value, primary subtag only; "en" when nothing matches.
    static QString negotiate(const QByteArray &acceptLanguage, const QStringList &available = languages());

    // The words for a request: `requested` (the page's ?lang=) when it is offered, else the
    // Accept-Language choice.
    WebText forRequest(const QByteArray &acceptLanguage, const QString &requested = {});
    WebText forLanguage(const QString &language);

private:
    const QTranslator *catalogue(const QString &language);

    QString m_directory;
    std::map<QString, std::unique_ptr<QTranslator>> m_loaded;  // null entry: no file
};

}  // namespace tunedrop
