// What a user drops or pastes (core/source/LinkExtractor): QMimeData with any mix of
// text/uri-list, text/x-moz-url (UTF-16), text/html and text/plain.
//
// Input: one byte whose low four bits say which formats the drop carries (1 uri-list,
// 2 x-moz-url, 4 html, 8 plain text), then their payloads in that order, separated by 0x1e.
#include "FuzzSupport.h"

#include "source/LinkExtractor.h"

#include <QMimeData>
#include <QSet>
#include <QUrl>

using namespace tunedrop;

namespace {

void checkItems(const QStringList &items)
{
    // "Order is kept, duplicates dropped": never an empty or repeated item.
    FUZZ_CHECK(QSet<QString>(items.cbegin(), items.cend()).size() == items.size());
    FUZZ_CHECK(!items.contains(QString()));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned formats = data[0];
    const QList<QByteArray> payloads = fuzz::parts(fuzz::bytes(data + 1, size - 1));
    static const char *const kTypes[] = {"text/uri-list", "text/x-moz-url", "text/html", "text/plain"};
    QMimeData mime;
    qsizetype next = 0;
    for (int i = 0; i < 4; ++i)
        if (formats & (1u << i))
            mime.setData(QString::fromLatin1(kTypes[i]), payloads.value(next++));

    if (LinkExtractor::canUse(&mime))
        checkItems(LinkExtractor::fromMimeData(&mime));
    else
        FUZZ_CHECK(LinkExtractor::fromMimeData(&mime).isEmpty());
    // Pasted text and the URLs a drop hands over, on their own.
    const QString text = QString::fromUtf8(payloads.value(0));
    checkItems(LinkExtractor::fromText(text));
    checkItems(LinkExtractor::fromUrls(mime.urls()));
    return 0;
}
