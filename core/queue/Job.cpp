#include "Job.h"

#include <array>
#include <utility>

namespace tunedrop {

namespace {
const std::array<std::pair<JobState, const char *>, 8> kNames = {{
    {JobState::Queued, "queued"},
    {JobState::Resolving, "resolving"},
    {JobState::Downloading, "downloading"},
    {JobState::Converting, "converting"},
    {JobState::Done, "done"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::Expired, "expired"},
}};
}  // namespace

QString jobStateName(JobState state)
{
    for (const auto &[s, name] : kNames)
        if (s == state)
            return QString::fromLatin1(name);
    return QStringLiteral("queued");
}

JobState jobStateFromName(const QString &name)
{
    for (const auto &[s, n] : kNames)
        if (name == QLatin1String(n))
            return s;
    return JobState::Queued;
}

bool isActiveState(JobState state)
{
    return state == JobState::Resolving || state == JobState::Downloading || state == JobState::Converting;
}

bool isTerminalState(JobState state)
{
    return state == JobState::Done || state == JobState::Failed || state == JobState::Cancelled
        || state == JobState::Expired;
}

}  // namespace tunedrop
