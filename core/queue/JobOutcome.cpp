#include "JobOutcome.h"

#include "library/FileIdentity.h"

#include <algorithm>

namespace tunedrop {

void JobOutcome::apply(Job &job, const RunOutcome &outcome, const Context &context)
{
    job.paused = false;
    job.speed = 0;
    job.etaSeconds = -1;
    job.partPath.clear();
    Error error = outcome.error;
    const int limitMinutes = std::max(1, context.hardTimeLimitSeconds / 60);
    if (context.timedOut && error.category == ErrorCategory::Cancelled)
        error = {ErrorCategory::TimedOut,
                 UserText::translate("tunedrop::JobQueue", "Stopped after %n minute(s): the time limit for one job.",
                                     nullptr, limitMinutes)};
    if (!error.isError()) {
        job.state = JobState::Done;
        job.progress = 1.0;
        job.outputPath = outcome.outputPath;
        job.warning = outcome.warning;
        job.sourceId = outcome.sourceId;
        // Remember exactly what was written: the purge deletes it only if it is still this.
        const FileIdentity written = FileIdentity::of(job.outputPath);
        job.outputSize = written.size;
        job.outputInode = written.inode;
        job.outputModified = written.modified;
        // Local files are named by their own tags only once they are read.
        if (job.title.isEmpty())
            job.title = outcome.tags.title;
        if (job.artist.isEmpty())
            job.artist = outcome.tags.artist;
        if (job.album.isEmpty())
            job.album = outcome.tags.album;
        if (job.durationSeconds <= 0)
            job.durationSeconds = outcome.durationSeconds;
        job.errorCategory = ErrorCategory::None;
        job.errorText = {};
        job.finishedAt = context.now;
    } else if (error.category == ErrorCategory::Cancelled && !context.userCancelled) {
        job.state = JobState::Queued;  // stopped by shutdown: resumes later
    } else {
        job.errorCategory = error.category;
        job.errorText = error.message;
        if (error.category == ErrorCategory::Cancelled) {
            job.state = JobState::Cancelled;
            job.finishedAt = context.now;
        } else if (context.retry.retries(error, job.attempts)) {
            job.state = JobState::Queued;
            job.retryAt = context.now.addMSecs(context.retry.delayMs(job.attempts, outcome.retryAfterMs));
        } else {
            job.state = JobState::Failed;
            job.finishedAt = context.now;
        }
    }
}

}  // namespace tunedrop
