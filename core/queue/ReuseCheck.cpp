#include "ReuseCheck.h"

#include "library/FileIdentity.h"
#include "source/UrlClassifier.h"

#include <QDir>
#include <QFileInfo>

namespace tunedrop {

namespace {

// The input's own identity, symlinks followed: it is the target that gets converted.
void statInput(const QString &path, qint64 *size, QDateTime *modified)
{
    const QFileInfo info(path);
    *size = info.exists() && info.isFile() ? info.size() : -1;
    *modified = *size >= 0 ? info.lastModified().toUTC() : QDateTime();
}

bool inputUnchanged(const Job &done, const ClassifiedInput &input)
{
    switch (input.kind) {
    case ClassifiedInput::Kind::LocalFile: {
        if (done.inputSize < 0 || !done.inputModified.isValid())
            return false;  // never recorded (an older version made it): cannot tell
        qint64 size = -1;
        QDateTime modified;
        statInput(input.localPath, &size, &modified);
        // Milliseconds, as stored: an overwrite within the same millisecond and the same size
        // is the one case this misses.
        return size == done.inputSize && modified.toMSecsSinceEpoch() == done.inputModified.toMSecsSinceEpoch();
    }
    case ClassifiedInput::Kind::YouTube:
        return !input.youtubeId.isEmpty() && done.sourceId == QLatin1String("Youtube:") + input.youtubeId;
    case ClassifiedInput::Kind::OtherSite:
        return !done.sourceId.isEmpty();
    case ClassifiedInput::Kind::DirectMedia:
        return true;  // the URL is all that is known without asking the server
    case ClassifiedInput::Kind::Invalid:
        break;
    }
    return false;
}

}  // namespace

bool ReuseCheck::sameFolder(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    const QString ca = fa.canonicalFilePath(), cb = fb.canonicalFilePath();
    if (!ca.isEmpty() && !cb.isEmpty())
        return ca == cb;
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

ReuseCheck::Verdict ReuseCheck::verdict(const Job &done, const ClassifiedInput &input, const QString &outputDir,
                                        const QString &encoderKey)
{
    if (done.state != JobState::Done || done.outputPath.isEmpty())
        return Verdict::NotFinished;
    if (!inputUnchanged(done, input))
        return Verdict::InputChanged;
    if (done.encoderKey.isEmpty() || done.encoderKey != encoderKey)
        return Verdict::SettingsChanged;
    if (!sameFolder(done.outputDir, outputDir))
        return Verdict::OtherFolder;
    const FileIdentity now = FileIdentity::of(done.outputPath);
    if (!now.exists || !now.regularFile || now.size != done.outputSize || now.inode != done.outputInode
        || now.modified != done.outputModified)
        return Verdict::OutputChanged;
    return Verdict::Reusable;
}

void ReuseCheck::recordInput(Job &job, const ClassifiedInput &input)
{
    job.inputSize = -1;
    job.inputModified = QDateTime();
    if (input.kind == ClassifiedInput::Kind::LocalFile)
        statInput(input.localPath, &job.inputSize, &job.inputModified);
}

ReuseCheck::Match ReuseCheck::duplicateOf(const QList<const Job *> &sameKey, const ClassifiedInput &input,
                                          const QString &outputDir, const QString &encoderKey, bool convertAgain)
{
    for (const Job *j : sameKey)
        if (!isTerminalState(j->state) && sameFolder(j->outputDir, outputDir)
            && (!isActiveState(j->state) || j->encoderKey == encoderKey))
            return {j->id, false};
    if (!convertAgain)
        for (const Job *j : sameKey)
            if (verdict(*j, input, outputDir, encoderKey) == Verdict::Reusable)
                return {j->id, true};
    return {};
}

}  // namespace tunedrop
