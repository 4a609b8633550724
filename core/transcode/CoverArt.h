#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tunedrop {

struct CoverImage {
    QByteArray data;   // encoded image, ready for an APIC frame
    QString mimeType;  // "image/jpeg" or "image/png"
    int width = 0;
    int height = 0;
};

// Turns any JPEG/PNG/WebP cover into something every player shows in an ID3v2 APIC frame.
// Small JPEG/PNG pass through byte for byte; WebP and images larger than kMaxEdge on either
// side are decoded with libavcodec, scaled with libswscale (aspect kept) and stored as JPEG.
// Pure functions with no shared state: safe to call from several threads at once.
class CoverArt {
public:
    static constexpr int kMaxEdge = 1000;

    // The picture, or an Error (unsupported; message translated) when the bytes are not a
    // decodable image.
    static Result<CoverImage> normalize(const QByteArray &encoded);
    // "image/jpeg", "image/png", "image/webp" from magic bytes, or empty.
    static QString sniffMimeType(const QByteArray &encoded);
};

}  // namespace tunedrop
