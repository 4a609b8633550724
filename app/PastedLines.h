#pragma once

#include <QStringList>

namespace tunedrop {

// Several lines pasted at once: the links found on each line, and the lines that held none,
// so the window can say "2 lines skipped" instead of dropping them without a word.
class PastedLines {
public:
    struct Result {
        QStringList links;    // in order, duplicates dropped
        QStringList skipped;  // non-empty lines with nothing TuneDrop could add, trimmed
    };
    static Result split(const QString &text);
};

}  // namespace tunedrop
