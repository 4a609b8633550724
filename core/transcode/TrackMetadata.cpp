#include "TrackMetadata.h"

namespace tunedrop {

bool TrackMetadata::isEmpty() const
{
    return title.isEmpty() && artist.isEmpty() && album.isEmpty() && date.isEmpty() && track == 0
        && comment.isEmpty() && sourceUrl.isEmpty() && cover.isEmpty();
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
    pick(out.date, preferred.date);
    pick(out.comment, preferred.comment);
    pick(out.sourceUrl, preferred.sourceUrl);
    if (preferred.track > 0) {
        out.track = preferred.track;
        out.trackTotal = preferred.trackTotal;
    }
    if (!preferred.cover.isEmpty()) {
        out.cover = preferred.cover;
        out.coverMimeType = preferred.coverMimeType;
    }
    return out;
}

}  // namespace tunedrop
