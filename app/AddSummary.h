#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tunedrop {

// The status-bar line after links were added: what was added, what was already there or
// converted, what was refused and which pasted lines were not links. Its texts keep the
// window's translation context (tunedrop::MainWindow), where they have always been.
struct AddSummary {
    int added = 0;
    int inList = 0;                // already in the list (queued, running or done)
    QString firstInListTitle;      // named when it is only one
    bool converted = false;        // already converted: the duplicate notice offers it
    QStringList refused;           // "link: why"
    QStringList skipped;           // pasted lines without a link

    QString text() const;
    int timeoutMs() const { return refused.isEmpty() && skipped.isEmpty() ? 6000 : 15000; }
};

}  // namespace tunedrop
