#pragma once

#include <QString>
#include <QStringList>

namespace tunedrop {

class WebText;

// What the page's box sends (POST /api/jobs {"text": ...}) and what the server says back:
// pure functions, so that tests and the fuzz targets reach them without a server.
class WebSubmission {
public:
    // One entry per line (line breaks of any platform), trimmed, blank lines dropped. A line is
    // never split inside text ("not a link" stays one entry, refused as a whole); only a line
    // made of nothing but links separated by commas or spaces is taken apart into them.
    static QStringList splitLines(const QString &text);

    struct Counts {
        int added = 0;      // new jobs
        int inList = 0;     // already queued or running: the existing job
        int converted = 0;  // already converted, the MP3 still there
        int refused = 0;    // one reason each in the results
    };
    // "2 links added. 1 link already in the list." in the request's language.
    static QString summary(const Counts &counts, const WebText &text);
};

}  // namespace tunedrop
