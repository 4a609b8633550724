// The transcoder on arbitrary bytes (core/transcode): demux, decode, resample, LAME, the
// source's tags and cover (CoverArt, Id3Tag), exactly as a download is converted.
//
// Input: one selector byte, then the media bytes.
//  - bits 0-4: the name hint the download would carry (kNames below), which FFmpeg's probe
//    weighs like a file extension;
//  - bit 7: read the bytes as a local file instead of a download. That path has no in-memory
//    form (FFmpeg's file protocol, and TagLib for the MP3 stream copy, open a path), so the
//    bytes go to a memfd and the transcoder gets its /proc/self/fd path; nothing touches disk.
// Otherwise they are served from memory through the ByteSource the transcoder reads downloads
// from (a custom AVIOContext). The MP3 goes to a private temporary folder, emptied after every
// input. Each input is bounded: the conversion is cancelled past kMaxOutputBytes of MP3 or
// kMaxMilliseconds, so a tiny file that decodes to an hour of silence costs no more than that.
#include "FuzzSupport.h"

#include "common/ByteSource.h"
#include "transcode/Transcoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include <sys/mman.h>
#include <unistd.h>

using namespace tunedrop;

namespace {

constexpr qint64 kMaxOutputBytes = 512 * 1024;  // ~20 s at 192 kbps
constexpr int kMaxMilliseconds = 3000;          // well inside run_fuzzers.sh's -timeout=10

const char *const kNames[] = {"", "input.mp3", "input.m4a", "input.aac", "input.mp4", "input.webm",
                              "input.weba", "input.mkv", "input.ogg", "input.opus", "input.flac",
                              "input.wav", "input.aiff", "input.wma", "input.mov", "input.ts"};

// A download that has already arrived completely.
class MemoryByteSource final : public ByteSource {
public:
    MemoryByteSource(const uint8_t *data, qint64 size, QString name) : m_data(data), m_size(size), m_name(std::move(name)) {}

    qint64 readAt(qint64 pos, char *data, qint64 maxSize) override
    {
        if (m_aborted.load())
            return -1;
        if (pos < 0 || maxSize < 0)
            return -1;
        if (pos >= m_size)
            return 0;
        const qint64 n = std::min(maxSize, m_size - pos);
        std::memcpy(data, m_data + pos, size_t(n));
        return n;
    }
    qint64 size() const override { return m_size; }
    void abort() override { m_aborted.store(true); }
    Error error() const override
    {
        return m_aborted.load() ? Error::make(ErrorCategory::Cancelled, UserText::literal(QStringLiteral("Cancelled.")))
                                : Error{};
    }
    QString nameHint() const override { return m_name; }

private:
    const uint8_t *m_data;
    qint64 m_size;
    QString m_name;
    std::atomic_bool m_aborted{false};
};

// Cancels the conversion when it runs past the time budget, from its own thread: a demuxer
// can spin in avformat_find_stream_info without ever reporting progress.
class Watchdog {
public:
    Watchdog(Transcoder &transcoder, ByteSource *source)
        : m_thread([this, &transcoder, source] {
              std::unique_lock lock(m_mutex);
              if (!m_changed.wait_for(lock, std::chrono::milliseconds(kMaxMilliseconds), [this] { return m_done; })) {
                  transcoder.cancel();
                  if (source)
                      source->abort();
              }
          })
    {
    }
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_done = false;
    std::thread m_thread;  // last: starts once the members it uses exist
};

QTemporaryDir *outputDir()
{
    static QTemporaryDir *dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/tunedrop-fuzz-XXXXXX"));
    return dir;
}

void emptyOutputDir()
{
    QDir dir(outputDir()->path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(name);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    if (!outputDir()->isValid())
        qFatal("fuzz_transcoder: cannot create a temporary folder");
    std::atexit([] { outputDir()->remove(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t selector = data[0];
    const uint8_t *media = data + 1;
    const qint64 mediaSize = qint64(size - 1);
    const QString name = QString::fromLatin1(kNames[(selector & 0x1f) % std::size(kNames)]);

    TranscodeRequest request;
    request.outputDir = outputDir()->path();
    request.outputBaseName = QStringLiteral("out");
    request.metadata.sourceUrl = QStringLiteral("https://example.com/") + name;

    int memfd = -1;
    std::unique_ptr<MemoryByteSource> source;
    if (selector & 0x80) {
        memfd = ::memfd_create("tunedrop-fuzz", MFD_CLOEXEC);
        if (memfd < 0 || ::write(memfd, media, size_t(mediaSize)) != mediaSize) {
            if (memfd >= 0)
                ::close(memfd);
            return 0;
        }
        request.input = QStringLiteral("/proc/self/fd/%1").arg(memfd);
    } else {
        source = std::make_unique<MemoryByteSource>(media, mediaSize, name);
        request.input = request.metadata.sourceUrl;
        request.stream = source.get();
    }
    QString partPath;
    request.partFileCreated = [&partPath](const QString &path) { partPath = path; };

    {
        Transcoder transcoder(request);
        Watchdog watchdog(transcoder, source.get());
        const TranscodeResult result = transcoder.run([&](double fraction) {
            FUZZ_CHECK(fraction >= 0.0 && fraction <= 1.0);
            if (!partPath.isEmpty() && QFileInfo(partPath).size() > kMaxOutputBytes)
                transcoder.cancel();
        });
        if (fuzz::verbose())
            std::fprintf(stderr, "%s%s: %s%s, %lld ms, cover %lld bytes, %lld warnings\n", qPrintable(name), memfd >= 0 ? " (local)" : "",
                         result.error.isError() ? qPrintable(errorCategoryName(result.error.category)) : "ok ",
                         qPrintable(result.error.isError() ? result.error.text() : result.streamCopied ? QStringLiteral("copied") : QString()),
                         qint64(result.durationMs), qint64(result.metadata.cover.size()), qint64(result.warnings.size()));
        if (result.error.isError()) {
            // "On every failure the .part file is removed; nothing else is created."
            FUZZ_CHECK(partPath.isEmpty() || !QFileInfo::exists(partPath));
            FUZZ_CHECK(!result.error.text().isEmpty());
        } else {
            FUZZ_CHECK(QFileInfo(result.outputPath).isFile());
        }
    }
    if (memfd >= 0)
        ::close(memfd);
    emptyOutputDir();
    return 0;
}
