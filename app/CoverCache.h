#pragma once

#include <QCache>
#include <QDateTime>
#include <QPixmap>
#include <QString>

class QFont;
class QImage;
class QPalette;

namespace tunedrop {

// Cover thumbnails for the job list, from the same source as the player bar: the picture in
// the MP3's own ID3 tag. Each file is read once and kept scaled (a few KB a row), so painting
// a list of thousands stays cheap; a file without a cover is remembered as such.
class CoverCache {
public:
    static constexpr int kSide = 32;  // logical pixels, the player bar's size too

    CoverCache();
    // Null when the file has no (readable) cover. `modified` tells a rewritten file apart.
    QPixmap cover(const QString &mp3Path, const QDateTime &modified, qreal dpr);
    // The "no cover" tile in the palette's colours (cached per palette).
    QPixmap placeholder(const QPalette &palette, qreal dpr);
    int fileReads() const { return m_reads; }  // for tests: how often a file was opened

    // Shared with the player bar.
    static QPixmap scaled(const QImage &image, int side, qreal dpr);  // centre-cropped square
    static QPixmap placeholderTile(const QPalette &palette, const QFont &font, int side, qreal dpr);

private:
    QCache<QString, QPixmap> m_covers;
    QPixmap m_placeholder;
    qint64 m_placeholderKey = 0;
    int m_reads = 0;
};

}  // namespace tunedrop
