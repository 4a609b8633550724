// Covers and tags on their own (core/transcode): CoverArt::normalize on any image bytes (a
// yt-dlp thumbnail or a file's embedded picture), then Id3Tag::render with that cover and
// text fields taken from the same input, in ID3v2.4 and v2.3.
//
// Input: the image bytes, optionally followed by 0x1e-separated title, artist, album, date,
// comment and source URL.
#include "FuzzSupport.h"

#include "transcode/CoverArt.h"
#include "transcode/Id3Tag.h"

using namespace tunedrop;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> fields = fuzz::parts(fuzz::bytes(data, size));
    const QByteArray image = fields.value(0);

    CoverArt::sniffMimeType(image);
    const Result<CoverImage> cover = CoverArt::normalize(image);
    FUZZ_CHECK(cover.ok() == cover.error().text().isEmpty());
    if (cover) {
        // What goes into APIC: a JPEG or PNG players can show, within the size limit.
        FUZZ_CHECK(cover->mimeType == QLatin1String("image/jpeg") || cover->mimeType == QLatin1String("image/png"));
        FUZZ_CHECK(CoverArt::sniffMimeType(cover->data) == cover->mimeType);
        FUZZ_CHECK(cover->width > 0 && cover->height > 0);
        FUZZ_CHECK(cover->width <= CoverArt::kMaxEdge && cover->height <= CoverArt::kMaxEdge);
    }

    TrackMetadata metadata;
    metadata.title = QString::fromUtf8(fields.value(1));
    metadata.artist = QString::fromUtf8(fields.value(2));
    metadata.album = QString::fromUtf8(fields.value(3));
    metadata.date = QString::fromUtf8(fields.value(4));
    metadata.comment = QString::fromUtf8(fields.value(5));
    metadata.sourceUrl = QString::fromUtf8(fields.value(6));
    metadata.track = int(size % 100);
    metadata.trackTotal = int(size % 7);
    if (cover) {
        metadata.cover = cover->data;
        metadata.coverMimeType = cover->mimeType;
    }
    for (const auto version : {EncoderSettings::Id3Version::V24, EncoderSettings::Id3Version::V23}) {
        const QByteArray tag = Id3Tag::render(metadata, version);
        FUZZ_CHECK(tag.isEmpty() || tag.startsWith("ID3"));
    }
    return 0;
}
