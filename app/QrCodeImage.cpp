#include "QrCodeImage.h"

#include <qrencode.h>

#include <memory>

namespace tunedrop {

namespace {
struct QrCodeFree {
    void operator()(QRcode *code) const { QRcode_free(code); }
};
constexpr int kQuietZone = 4;  // modules of white around the symbol, as the standard asks
}  // namespace

QImage QrCodeImage::render(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    // Medium error correction: survives a smudged or glaring screen; version picked by length.
    const std::unique_ptr<QRcode, QrCodeFree> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code || scale < 1)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x) {
            if (!(code->data[y * modules + x] & 1))  // bit 0: this module is dark
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + kQuietZone) * scale + dy);
                for (int dx = 0; dx < scale; ++dx)
                    line[(x + kQuietZone) * scale + dx] = 0;
            }
        }
    return image;
}

}  // namespace tunedrop
