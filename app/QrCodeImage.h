#pragma once

#include <QImage>
#include <QString>

namespace tunedrop {

// A QR code of a short text (the web page's address) as a black-on-white image a phone's camera
// reads: `scale` pixels per module and the standard four-module quiet zone around it.
// libqrencode stays inside the .cpp. A null image when the text cannot be encoded.
class QrCodeImage {
public:
    static QImage render(const QString &text, int scale = 4);
};

}  // namespace tunedrop
