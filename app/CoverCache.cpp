#include "CoverCache.h"

#include "transcode/Id3Tag.h"

#include <QApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace tunedrop {

namespace {
constexpr int kMaxCachedCovers = 2000;  // ~4 KB each at 1x: a few MB at most
}  // namespace

CoverCache::CoverCache() : m_covers(kMaxCachedCovers) {}

QPixmap CoverCache::scaled(const QImage &image, int side, qreal dpr)
{
    const int px = qRound(side * dpr);
    QImage square = image.scaled(px, px, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    square = square.copy((square.width() - px) / 2, (square.height() - px) / 2, px, px);
    QPixmap pixmap = QPixmap::fromImage(square);
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

QPixmap CoverCache::placeholderTile(const QPalette &pal, const QFont &baseFont, int side, qreal dpr)
{
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath tile;
    tile.addRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 4, 4);
    painter.fillPath(tile, pal.color(QPalette::Midlight));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawPath(tile);
    QFont font = baseFont;
    font.setPixelSize(side * 9 / 16);
    painter.setFont(font);
    painter.setPen(pal.color(QPalette::Dark));
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, QStringLiteral("♪"));
    return pixmap;
}

QPixmap CoverCache::cover(const QString &mp3Path, const QDateTime &modified, qreal dpr)
{
    if (mp3Path.isEmpty())
        return {};
    const QString key = QStringLiteral("%1|%2|%3").arg(mp3Path).arg(modified.toMSecsSinceEpoch()).arg(dpr);
    if (const QPixmap *cached = m_covers.object(key))
        return *cached;
    ++m_reads;
    const TrackMetadata tag = Id3Tag::read(mp3Path);
    QImage image;
    auto *pixmap = new QPixmap;  // null: this file has none, asked once
    if (!tag.cover.isEmpty() && image.loadFromData(tag.cover) && !image.isNull())
        *pixmap = scaled(image, kSide, dpr);
    const QPixmap result = *pixmap;
    m_covers.insert(key, pixmap);
    return result;
}

QPixmap CoverCache::placeholder(const QPalette &palette, qreal dpr)
{
    // Light and dark palettes get their own tile.
    const qint64 key = (qint64(palette.color(QPalette::Midlight).rgba()) << 16) ^ qint64(palette.color(QPalette::Dark).rgba())
        ^ qint64(dpr * 100);
    if (m_placeholder.isNull() || key != m_placeholderKey) {
        m_placeholder = placeholderTile(palette, QApplication::font(), kSide, dpr);
        m_placeholderKey = key;
    }
    return m_placeholder;
}

}  // namespace tunedrop
