// QueueStore's default history queries: answered from loadAll(), for stores small enough to
// read whole (the fakes in tests). JobStore overrides every one with an indexed query.
#include "QueueStore.h"

#include <algorithm>

namespace tunedrop {

namespace {

bool runsBefore(const Job &a, const Job &b)
{
    return a.position != b.position ? a.position < b.position : a.addedAt < b.addedAt;
}

bool searched(const Job &j, const QString &text)
{
    return text.isEmpty() || j.title.contains(text, Qt::CaseInsensitive)
        || j.artist.contains(text, Qt::CaseInsensitive) || j.input.contains(text, Qt::CaseInsensitive);
}

}  // namespace

QList<Job> QueueStore::loadActiveAndRecent(int recentFinished) const
{
    QList<Job> all = loadAll();
    std::sort(all.begin(), all.end(), runsBefore);
    QList<Job> kept;
    int finished = 0;
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (!isTerminalState(it->state) || finished++ < recentFinished)
            kept.prepend(*it);
    return kept;
}

std::optional<Job> QueueStore::load(const QUuid &id) const
{
    for (const Job &j : loadAll())
        if (j.id == id)
            return j;
    return std::nullopt;
}

QList<Job> QueueStore::loadByKey(const QString &key) const
{
    QList<Job> found;
    for (const Job &j : loadAll())
        if (j.key == key)
            found << j;
    std::sort(found.begin(), found.end(), runsBefore);
    return found;
}

QList<Job> QueueStore::loadPurgeCandidates(const QDateTime &finishedBy, int limit) const
{
    QList<Job> found;
    for (const Job &j : loadAll())
        if (j.state == JobState::Done && !j.pinned && !j.outputPath.isEmpty() && j.finishedAt.isValid()
            && j.finishedAt <= finishedBy)
            found << j;
    std::sort(found.begin(), found.end(), [](const Job &a, const Job &b) { return a.finishedAt < b.finishedAt; });
    if (limit >= 0 && found.size() > limit)
        found.resize(limit);
    return found;
}

JobPage QueueStore::loadPage(const JobPageQuery &query) const
{
    QList<Job> all = loadAll();
    std::sort(all.begin(), all.end(), runsBefore);
    const int limit = std::clamp(query.limit, 1, JobPageQuery::kMaxLimit);
    const QString text = query.search.trimmed();
    bool started = query.before.isEmpty();
    JobPage page;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!started) {
            started = jobPageCursor(*it) == query.before;
            continue;
        }
        if ((query.finishedOnly && !isTerminalState(it->state)) || !searched(*it, text))
            continue;
        if (page.jobs.size() == limit) {
            page.next = jobPageCursor(page.jobs.first());
            break;
        }
        page.jobs.prepend(*it);
    }
    return page;
}

int QueueStore::maxPosition() const
{
    int max = 0;
    for (const Job &j : loadAll())
        max = std::max(max, j.position);
    return max;
}

QList<QUuid> QueueStore::finishedIds(bool keepPinned) const
{
    QList<QUuid> ids;
    for (const Job &j : loadAll())
        if ((j.state == JobState::Done || j.state == JobState::Expired) && !(keepPinned && j.pinned))
            ids << j.id;
    return ids;
}

}  // namespace tunedrop
