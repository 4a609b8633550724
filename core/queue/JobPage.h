#pragma once

#include "Job.h"

#include <QList>
#include <QString>

namespace tunedrop {

// One page of the history, read from the store by index (never by loading every job).
// Pages run from the newest end of the queue order backwards: the first page holds the
// `limit` last jobs, `next` asks for the ones before them.
struct JobPageQuery {
    static constexpr int kDefaultLimit = 200;
    static constexpr int kMaxLimit = 1000;
    int limit = kDefaultLimit;
    QString before;             // a page's `next` cursor; empty: start at the newest end
    QString search;             // part of the title, artist or link (any case); empty: all
    bool finishedOnly = false;  // done, failed, cancelled, expired only
};

struct JobPage {
    QList<Job> jobs;  // in queue order (the oldest of the page first)
    QString next;     // cursor for the page before this one; empty when there is none
};

// The opaque cursor that pages before `job` in queue order (position, added, id).
QString jobPageCursor(const Job &job);

}  // namespace tunedrop
