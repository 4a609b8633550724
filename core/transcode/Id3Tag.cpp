#include "Id3Tag.h"

#include "CoverArt.h"

#include <QFile>
#include <QUrl>

#include <taglib/attachedpictureframe.h>
#include <taglib/commentsframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tbytevector.h>
#include <taglib/textidentificationframe.h>
#include <taglib/urllinkframe.h>

#include <memory>

namespace tunedrop {

namespace {

// TagLib strings go through UTF-8 both ways: its Latin-1 defaults would mangle anything else.
TagLib::String toTag(const QString &text)
{
    return TagLib::String(text.toStdString(), TagLib::String::UTF8);
}

QString fromTag(const TagLib::String &text)
{
    return QString::fromStdString(text.to8Bit(true));
}

TagLib::ByteVector toBytes(const QByteArray &data)
{
    return TagLib::ByteVector(data.constData(), static_cast<unsigned int>(data.size()));
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// URL frames are Latin-1 by definition, so an IRI (non-ASCII path or host) is stored in its
// encoded ASCII form (percent-encoding, punycode); the comment keeps the original spelling.
QByteArray urlForFrame(const QString &url)
{
    for (QChar c : url) {
        if (c.unicode() > 0x7E || c.unicode() < 0x20)
            return QUrl(url).toEncoded();
    }
    return url.toLatin1();
}

void addText(TagLib::ID3v2::Tag &tag, const char *id, const QString &value,
             TagLib::String::Type encoding)
{
    if (isBlank(value))
        return;
    auto frame = std::make_unique<TagLib::ID3v2::TextIdentificationFrame>(TagLib::ByteVector(id),
                                                                          encoding);
    frame->setText(toTag(value));
    tag.addFrame(frame.release());
}

// TRCK and TPOS: "n" or "n/total" (ID3v2.4 4.2.1); nothing when the number is unknown.
QString numberPair(int number, int total)
{
    if (number <= 0)
        return {};
    return total > 0 ? QStringLiteral("%1/%2").arg(number).arg(total) : QString::number(number);
}

// Map::operator[] would insert missing keys (even through const), so look up with find().
TagLib::ID3v2::FrameList framesOf(const TagLib::ID3v2::Tag &tag, const char *id)
{
    const TagLib::ID3v2::FrameListMap &map = tag.frameListMap();
    const auto it = map.find(TagLib::ByteVector(id));
    return it == map.end() ? TagLib::ID3v2::FrameList() : it->second;
}

QString textFrame(const TagLib::ID3v2::Tag &tag, const char *id)
{
    const TagLib::ID3v2::FrameList frames = framesOf(tag, id);
    if (frames.isEmpty())
        return {};
    // Multi-value text (v2.4 NUL separators) is joined the way most players display it.
    if (auto *text = dynamic_cast<TagLib::ID3v2::TextIdentificationFrame *>(frames.front()))
        return fromTag(text->fieldList().toString(" / "));
    return fromTag(frames.front()->toString());
}

}  // namespace

QByteArray Id3Tag::render(const TrackMetadata &metadata, EncoderSettings::Id3Version version)
{
    const bool v23 = version == EncoderSettings::Id3Version::V23;
    // v2.3 has no UTF-8; UTF-16 with BOM is its only encoding that covers all of Unicode.
    const TagLib::String::Type encoding = v23 ? TagLib::String::UTF16 : TagLib::String::UTF8;

    TagLib::ID3v2::Tag tag;
    addText(tag, "TIT2", metadata.title, encoding);
    addText(tag, "TPE1", metadata.artist, encoding);
    addText(tag, "TALB", metadata.album, encoding);
    addText(tag, "TPE2", metadata.albumArtist, encoding);
    addText(tag, "TCON", metadata.genre, encoding);
    addText(tag, "TCOM", metadata.composer, encoding);
    // Written as TDRC; TagLib splits it into TYER/TDAT when rendering 2.3.
    addText(tag, "TDRC", metadata.date, encoding);
    addText(tag, "TRCK", numberPair(metadata.track, metadata.trackTotal), encoding);
    addText(tag, "TPOS", numberPair(metadata.disc, metadata.discTotal), encoding);
    // Not in the ID3 standard, but the frame iTunes, foobar2000, MusicBee and mutagen use.
    if (metadata.compilation)
        addText(tag, "TCMP", QStringLiteral("1"), encoding);

    // Many players show only COMM, so the source URL goes there when there is no comment.
    const QString comment = isBlank(metadata.comment) ? metadata.sourceUrl : metadata.comment;
    if (!isBlank(comment)) {
        auto frame = std::make_unique<TagLib::ID3v2::CommentsFrame>(encoding);
        frame->setLanguage("eng");
        frame->setDescription(TagLib::String());
        frame->setText(toTag(comment));
        tag.addFrame(frame.release());
    }
    if (!isBlank(metadata.sourceUrl)) {
        auto frame = std::make_unique<TagLib::ID3v2::UrlLinkFrame>(TagLib::ByteVector("WOAS"));
        const QByteArray url = urlForFrame(metadata.sourceUrl);
        frame->setUrl(TagLib::String(url.toStdString(), TagLib::String::Latin1));
        tag.addFrame(frame.release());
    }
    if (!metadata.cover.isEmpty()) {
        QString mime = metadata.coverMimeType;
        if (mime.isEmpty())
            mime = CoverArt::sniffMimeType(metadata.cover);
        // ID3v2.3 4.15: an omitted MIME subtype is read as "image/".
        if (mime.isEmpty())
            mime = QStringLiteral("image/");
        auto frame = std::make_unique<TagLib::ID3v2::AttachedPictureFrame>();
        frame->setTextEncoding(encoding);
        frame->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
        frame->setMimeType(toTag(mime));
        frame->setDescription(TagLib::String());
        frame->setPicture(toBytes(metadata.cover));
        tag.addFrame(frame.release());
    }

    // The spec requires at least one frame; a tag of pure padding only confuses readers.
    if (tag.frameList().isEmpty())
        return {};
    const TagLib::ByteVector bytes = tag.render(v23 ? TagLib::ID3v2::v3 : TagLib::ID3v2::v4);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

TrackMetadata Id3Tag::read(const QString &mp3Path)
{
    TrackMetadata metadata;
    const QByteArray fileName = QFile::encodeName(mp3Path);
    // Properties would make TagLib scan the audio; only the tag is wanted here.
    TagLib::MPEG::File file(fileName.constData(), false);
    if (!file.isValid() || !file.hasID3v2Tag())
        return metadata;
    const TagLib::ID3v2::Tag *tag = file.ID3v2Tag(false);
    if (!tag)
        return metadata;

    metadata.title = textFrame(*tag, "TIT2");
    metadata.artist = textFrame(*tag, "TPE1");
    metadata.album = textFrame(*tag, "TALB");
    // TagLib upgrades a 2.3 TYER/TDAT pair to TDRC while parsing.
    metadata.date = textFrame(*tag, "TDRC");

    metadata.albumArtist = textFrame(*tag, "TPE2");
    metadata.genre = textFrame(*tag, "TCON");
    metadata.composer = textFrame(*tag, "TCOM");
    TrackMetadata::parseNumberPair(textFrame(*tag, "TRCK"), &metadata.track, &metadata.trackTotal);
    TrackMetadata::parseNumberPair(textFrame(*tag, "TPOS"), &metadata.disc, &metadata.discTotal);
    metadata.compilation = textFrame(*tag, "TCMP").trimmed() == QLatin1String("1");

    const TagLib::ID3v2::FrameList urls = framesOf(*tag, "WOAS");
    if (!urls.isEmpty()) {
        if (auto *url = dynamic_cast<TagLib::ID3v2::UrlLinkFrame *>(urls.front()))
            metadata.sourceUrl = fromTag(url->url());
    }

    // Prefer the description-less comment: others ("iTunNORM", ...) are tool bookkeeping.
    const TagLib::ID3v2::FrameList comments = framesOf(*tag, "COMM");
    const TagLib::ID3v2::CommentsFrame *comment = nullptr;
    for (TagLib::ID3v2::Frame *frame : comments) {
        auto *candidate = dynamic_cast<TagLib::ID3v2::CommentsFrame *>(frame);
        if (candidate && (!comment || candidate->description().isEmpty())) {
            comment = candidate;
            if (candidate->description().isEmpty())
                break;
        }
    }
    if (comment) {
        const QString text = fromTag(comment->text());
        // render() copies the URL into COMM when there is no comment; undo that so a tag
        // reads back as the metadata it was rendered from. The COMM spelling is the
        // original one when WOAS had to percent-encode it.
        if (!metadata.sourceUrl.isEmpty() && urlForFrame(text) == metadata.sourceUrl.toLatin1())
            metadata.sourceUrl = text;
        else
            metadata.comment = text;
    }

    const TagLib::ID3v2::FrameList pictures = framesOf(*tag, "APIC");
    const TagLib::ID3v2::AttachedPictureFrame *picture = nullptr;
    for (TagLib::ID3v2::Frame *frame : pictures) {
        auto *candidate = dynamic_cast<TagLib::ID3v2::AttachedPictureFrame *>(frame);
        if (!candidate)
            continue;
        if (!picture)
            picture = candidate;
        if (candidate->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover) {
            picture = candidate;
            break;
        }
    }
    if (picture) {
        const TagLib::ByteVector data = picture->picture();
        metadata.cover = QByteArray(data.data(), static_cast<qsizetype>(data.size()));
        metadata.coverMimeType = fromTag(picture->mimeType());
    }
    return metadata;
}

}  // namespace tunedrop
