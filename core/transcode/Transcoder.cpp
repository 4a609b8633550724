#include "Transcoder.h"

#include "AudioSource.h"
#include "AvError.h"
#include "CoverArt.h"
#include "FfmpegLog.h"
#include "Id3Tag.h"
#include "Mp3Encoder.h"
#include "Mp3StreamCopier.h"
#include "PauseGate.h"
#include "SampleRatePolicy.h"
#include "common/InputLocation.h"
#include "library/FileNaming.h"
#include "library/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <thread>

namespace tunedrop {

namespace {

constexpr std::size_t kQueueChunks = 8;  // ~3 s of audio between decoder and encoder
constexpr qint64 kProgressIntervalMs = 50;


TranscodeResult failed(Error error)
{
    TranscodeResult r;
    r.error = std::move(error);
    return r;
}

// Rate-limits progress callbacks; the queue adds its own throttling on top.
class ProgressThrottle {
public:
    explicit ProgressThrottle(const Transcoder::ProgressFn &fn) : m_fn(fn) { m_timer.start(); }
    void operator()(double fraction, bool force = false)
    {
        if (!m_fn || (!force && m_timer.elapsed() < kProgressIntervalMs))
            return;
        m_timer.restart();
        m_fn(m_base + fraction * (1.0 - m_base));
    }
    // Fractions after this point are mapped onto [base, 1]: a re-encode that follows a stream
    // copier's scan goes on from where the scan left the bar instead of jumping back.
    void startFrom(double base) { m_base = base; }

private:
    const Transcoder::ProgressFn &m_fn;
    QElapsedTimer m_timer;
    double m_base = 0;
};

Error checkLocalInput(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return {ErrorCategory::NotFound, UserText::translate("Transcoder", "“%1” does not exist.").arg(path)};
    if (fi.isDir())
        return {ErrorCategory::Unsupported, UserText::translate("Transcoder", "“%1” is a folder, not a media file.").arg(path)};
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return {ErrorCategory::PermissionDenied, UserText::translate("Transcoder", "TuneDrop may not read “%1”.").arg(path)};
    if (fi.size() == 0)
        return {ErrorCategory::Corrupt, UserText::translate("Transcoder", "“%1” is empty (0 bytes).").arg(path)};
    return {};
}

// Waits while the queue is paused; false when cancelled meanwhile. No gate: never waits.
bool passGate(PauseGate *gate, const std::atomic_bool &cancel)
{
    return gate ? gate->wait(cancel) : !cancel.load(std::memory_order_relaxed);
}

Error encodeAudio(AudioSource &source, const EncoderSettings &settings, OutputFile &out, const QString &outDir,
                           const std::atomic_bool &cancel, PauseGate *gate, ProgressThrottle &progress,
                           TranscodeResult &result)
{
    const AudioSource::Info &info = source.info();
    const int outRate = SampleRatePolicy::outputRate(info.sampleRate);
    const int outChannels = SampleRatePolicy::outputChannels(info.channels);
    Mp3Encoder encoder;
    if (Error e = encoder.init(settings, outRate, outChannels); e.isError())
        return e;

    const qint64 audioStart = out.position();
    const std::vector<uint8_t> placeholder = encoder.placeholder();
    if (const int err = out.write(placeholder.data(), placeholder.size()))
        return averror::forOutputErrno(err, outDir);
    if (!encoder.warning().isEmpty())
        result.warnings << encoder.warning();
    PcmQueue queue(kQueueChunks);
    Error decodeError;
    // Decoding and resampling run beside LAME: on two cores the pipeline hides them.
    std::thread decoder([&] { decodeError = source.decodeInto(queue, outRate, outChannels); });
    Error writeError;
    while (std::optional<PcmChunk> chunk = queue.pop()) {
        if (!passGate(gate, cancel))  // paused: the decoder stops too once the queue is full
            break;
        const std::vector<uint8_t> &bytes = encoder.encode(*chunk);
        if (const int err = out.write(bytes.data(), bytes.size())) {
            writeError = averror::forOutputErrno(err, outDir);
            break;
        }
        progress(chunk->progress);
    }
    queue.close();
    decoder.join();

    if (cancel.load())
        return {ErrorCategory::Cancelled, UserText::translate("Transcoder", "Cancelled.")};
    if (writeError.isError())
        return writeError;
    if (decodeError.isError())
        return decodeError;

    const std::vector<uint8_t> &tail = encoder.flush();
    int err = out.write(tail.data(), tail.size());
    const std::vector<uint8_t> lameTag = encoder.lameTagFrame();
    if (!err && !lameTag.empty())
        err = out.writeAt(audioStart, lameTag.data(), lameTag.size());
    if (err)
        return averror::forOutputErrno(err, outDir);
    result.durationMs = source.decodedSamples() * 1000 / outRate;
    result.warnings << source.warnings();
    return {};
}

}  // namespace

Transcoder::Transcoder(TranscodeRequest request) : m_request(std::move(request))
{
    routeFfmpegLogToQt();
}

void Transcoder::cancel()
{
    m_cancel.store(true);
    if (m_request.pauseGate)
        m_request.pauseGate->interrupt();  // a paused run wakes up to stop
}

QString Transcoder::localPath(const QString &input)
{
    const QString s = input.trimmed();
    if (s.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive))
        return QUrl(s).toLocalFile();
    return QFileInfo(s).absoluteFilePath();
}

bool Transcoder::shouldStreamCopy(const EncoderSettings &settings, bool sourceIsMp3, bool isLocal,
                                  qint64 sourceBitRate)
{
    return settings.allowStreamCopy && sourceIsMp3 && isLocal && sourceBitRate > 0
        && sourceBitRate <= qint64(settings.nominalBitrateKbps()) * 1030;
}

TranscodeResult Transcoder::run(const ProgressFn &progressFn)
{
    if (const QString why = m_request.encoder.validationError(); !why.isEmpty())
        return failed({ErrorCategory::Unsupported, UserText::literal(why)});

    const bool isLocal = !m_request.stream && InputLocation::isLocal(m_request.input);
    const QString input = isLocal ? localPath(m_request.input) : m_request.input.trimmed();
    if (isLocal)
        if (Error e = checkLocalInput(input); e.isError())
            return failed(e);

    AudioSource source(&m_cancel);
    if (Error e = source.open(input, isLocal, m_request.networkTimeoutMs, m_request.stream,
                                       m_request.untrusted, m_request.httpProxy);
        e.isError())
        return failed(e);

    TranscodeResult result;
    TrackMetadata metadata = m_request.copySourceTags ? source.metadata() : TrackMetadata{};
    metadata = metadata.mergedWith(m_request.metadata);
    // A source with no title (a bare WAV, an untagged download) still gets one, so players
    // show a name rather than nothing and the template has something to work with.
    if (metadata.title.trimmed().isEmpty())
        metadata.title = FileNaming::titleFromInput(input, isLocal);
    if (!metadata.cover.isEmpty()) {
        if (const Result<CoverImage> cover = CoverArt::normalize(metadata.cover)) {
            metadata.cover = cover->data;
            metadata.coverMimeType = cover->mimeType;
        } else {
            result.warnings << QCoreApplication::translate("Transcoder", "The cover picture was left out: %1").arg(cover.error().text());
            metadata.cover.clear();
            metadata.coverMimeType.clear();
        }
    }

    // Named here, once the source's own tags are known and before the ".part" exists: the
    // name the template promised is the name the file gets, whatever supplied the tags.
    const QString pattern = m_request.fileNameTemplate.trimmed().isEmpty() ? FileNaming::defaultTemplate()
                                                                           : m_request.fileNameTemplate;
    const QString baseName = m_request.outputBaseName.trimmed().isEmpty()
        ? FileNaming::fromTemplate(pattern, metadata, FileNaming::titleFromInput(input, isLocal))
        : FileNaming::sanitize(m_request.outputBaseName);
    const QString outDir = QDir(m_request.outputDir.isEmpty() ? QDir::currentPath() : m_request.outputDir)
                               .absolutePath();
    OutputFile out;
    if (const int err = out.open(outDir, baseName))
        return failed(averror::forOutputErrno(err, outDir));
    if (m_request.partFileCreated)
        m_request.partFileCreated(out.partPath());

    const QByteArray tag = Id3Tag::render(metadata, m_request.encoder.id3Version);
    if (const int err = out.write(tag.constData(), std::size_t(tag.size())))
        return failed(averror::forOutputErrno(err, outDir));

    ProgressThrottle progress(progressFn);
    const AudioSource::Info &info = source.info();
    bool encode = true;
    if (shouldStreamCopy(m_request.encoder, info.codec == AV_CODEC_ID_MP3, isLocal, info.bitRate)) {
        // First pass: find the frames worth copying; second: copy them behind a true header.
        // The copier reports progress once per block read, next to its cancel check: the place
        // to wait while paused too (a cancel meanwhile is seen at its next check).
        Mp3StreamCopier copier(input);
        PauseGate *gate = m_request.pauseGate;
        const auto step = [&](double f) {
            passGate(gate, m_cancel);
            progress(f);
        };
        if (Error e = copier.scan(m_cancel, [&](double f) { step(f / 2); }); e.isError())
            return failed(e);
        if (copier.isCopyable()) {
            if (Error e = copier.copy(out, m_cancel, [&](double f) { step(0.5 + f / 2); }); e.isError())
                return failed(e);
            result.streamCopied = true;
            result.durationMs = copier.durationMs();
            result.warnings << copier.warnings();
            encode = false;
        } else {
            progress.startFrom(0.5);
            result.warnings << QCoreApplication::translate("Transcoder", "“%1” is too damaged to copy its MP3 frames as they are (streams of different formats spliced together, or more junk than audio): it was re-encoded.").arg(input);
        }
    }
    if (encode) {
        if (Error e = encodeAudio(source, m_request.encoder, out, outDir, m_cancel, m_request.pauseGate,
                                           progress, result);
            e.isError())
            return failed(e);
    }

    if (m_cancel.load())
        return failed({ErrorCategory::Cancelled, UserText::translate("Transcoder", "Cancelled.")});
    if (const int err = out.publish())
        return failed(averror::forOutputErrno(err, outDir));
    progress(1.0, true);
    result.outputPath = out.finalPath();
    result.metadata = metadata;
    return result;
}

}  // namespace tunedrop
