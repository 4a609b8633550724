#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace tunedrop {

class WebText;

// The phone page's words (context tunedrop::WebPage in translations/*.ts). The server fills
// index.html's {{key}} and {{lang}} placeholders with them, and the page's script formats job
// states from the same table (GET /api/strings), so nothing the page shows is fixed English.
class WebPageStrings {
public:
    // {"key": "text in the request's language", ...}; "%1"... are filled in by app.js.
    static QJsonObject table(const WebText &text);
    // index.html with {{lang}} and every {{key}} replaced (HTML-escaped); unknown keys stay.
    static QByteArray renderPage(const QByteArray &html, const WebText &text);
};

}  // namespace tunedrop
