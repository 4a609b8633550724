#include "Attempt.h"

namespace tunedrop {

void Attempt::registerTypes()
{
    qRegisterMetaType<tunedrop::JobState>();
    qRegisterMetaType<tunedrop::AttemptProgress>();
    qRegisterMetaType<tunedrop::RunOutcome>();
    qRegisterMetaType<tunedrop::TrackMetadata>();
    qRegisterMetaType<QList<tunedrop::PlaylistEntry>>();
}

}  // namespace tunedrop
