#include "TrackMetadata.h"

#include <QRegularExpression>

#include <initializer_list>

namespace tunedrop {

namespace {

QString first(const QHash<QString, QString> &tags, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = tags.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

int positive(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

// Number and total stored as two keys (Vorbis) or one "n/N" value (ID3, MP4, FFmpeg's own
// names); a separate total key fills in when the pair had none.
void readPair(const QHash<QString, QString> &tags, std::initializer_list<const char *> numberKeys,
              std::initializer_list<const char *> totalKeys, int *number, int *total)
{
    TrackMetadata::parseNumberPair(first(tags, numberKeys), number, total);
    if (*number > 0 && *total == 0)
        *total = positive(first(tags, totalKeys));
    if (*total < *number)  // "12/3" or a stray total: a total smaller than the number is noise
        *total = 0;
}

}  // namespace

bool TrackMetadata::isEmpty() const
{
    return title.isEmpty() && artist.isEmpty() && album.isEmpty() && albumArtist.isEmpty() && genre.isEmpty()
        && composer.isEmpty() && date.isEmpty() && track == 0 && disc == 0 && !compilation && comment.isEmpty()
        && sourceUrl.isEmpty() && cover.isEmpty();
}

TrackMetadata TrackMetadata::mergedWith(const TrackMetadata &preferred) const
{
    TrackMetadata out = *this;
    auto pick = [](QString &mine, const QString &theirs) {
        if (!theirs.trimmed().isEmpty())
            mine = theirs;
    };
    pick(out.title, preferred.title);
    pick(out.artist, preferred.artist);
    pick(out.album, preferred.album);
    pick(out.albumArtist, preferred.albumArtist);
    pick(out.genre, preferred.genre);
    pick(out.composer, preferred.composer);
    pick(out.date, preferred.date);
    pick(out.comment, preferred.comment);
    pick(out.sourceUrl, preferred.sourceUrl);
    if (preferred.track > 0) {
        out.track = preferred.track;
        // The same number with no total (yt-dlp knows only track_number) keeps the file's total.
        if (preferred.trackTotal > 0 || preferred.track != track)
            out.trackTotal = preferred.trackTotal;
    }
    if (preferred.disc > 0) {
        out.disc = preferred.disc;
        if (preferred.discTotal > 0 || preferred.disc != disc)
            out.discTotal = preferred.discTotal;
    }
    out.compilation = compilation || preferred.compilation;
    if (!preferred.cover.isEmpty()) {
        out.cover = preferred.cover;
        out.coverMimeType = preferred.coverMimeType;
    }
    return out;
}

void TrackMetadata::parseNumberPair(const QString &text, int *number, int *total)
{
    static const QRegularExpression pair(QStringLiteral("^\\s*(\\d+)\\s*(?:(?:/|of)\\s*(\\d+))?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    *number = 0;
    *total = 0;
    const QRegularExpressionMatch m = pair.match(text);
    if (!m.hasMatch())
        return;
    *number = positive(m.captured(1));
    *total = *number > 0 ? positive(m.captured(2)) : 0;
}

TrackMetadata TrackMetadata::fromTags(const QHash<QString, QString> &tags)
{
    TrackMetadata m;
    m.title = first(tags, {"title"});
    m.artist = first(tags, {"artist", "performer"});
    m.album = first(tags, {"album"});
    m.albumArtist = first(tags, {"album_artist", "albumartist", "album artist", "tpe2", "aart"});
    if (m.artist.isEmpty())
        m.artist = m.albumArtist;
    m.genre = first(tags, {"genre", "style"});
    m.composer = first(tags, {"composer", "tcom"});
    // ID3v2.3's TYER arrives as "date" (FFmpeg), others as year/originaldate.
    m.date = first(tags, {"date", "year", "tdrc", "tyer", "originaldate", "original_date"});
    m.comment = first(tags, {"comment", "description"});
    readPair(tags, {"track", "tracknumber", "trck"}, {"tracktotal", "totaltracks", "track_total"}, &m.track,
             &m.trackTotal);
    readPair(tags, {"disc", "discnumber", "tpos"}, {"disctotal", "totaldiscs", "disc_total"}, &m.disc,
             &m.discTotal);
    const QString compilation = first(tags, {"compilation", "tcmp", "cpil"}).toLower();
    m.compilation = compilation == QLatin1String("1") || compilation == QLatin1String("true")
        || compilation == QLatin1String("yes");
    return m;
}

}  // namespace tunedrop
