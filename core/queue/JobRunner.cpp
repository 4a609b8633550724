#include "JobRunner.h"

#include "source/GuardedProxy.h"
#include "source/HttpDownloader.h"
#include "source/HttpHelpers.h"
#include "source/OwnAddress.h"
#include "source/UrlClassifier.h"
#include "transcode/Transcoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QThreadPool>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tunedrop {

namespace {

constexpr qint64 kProgressIntervalMs = 100;  // at most ~10 updates per second per job
constexpr qint64 kMaxCoverBytes = 8 * 1024 * 1024;


qint64 nowMs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.elapsed();
}

// Counts an attempt as "doing heavy work" for its whole run.
struct ActiveScope {
    explicit ActiveScope(AttemptCounters *counters) : m_counters(counters)
    {
        if (!m_counters)
            return;
        const int now = ++m_counters->active;
        int peak = m_counters->peak.load();
        while (now > peak && !m_counters->peak.compare_exchange_weak(peak, now)) {
        }
    }
    ~ActiveScope()
    {
        if (m_counters)
            --m_counters->active;
    }
    ActiveScope(const ActiveScope &) = delete;
    ActiveScope &operator=(const ActiveScope &) = delete;
    AttemptCounters *m_counters;
};

// With a window open, conversions are background work: on a two-core machine with four
// workers they must never starve the window's thread. A niceness of 5 per worker thread (Linux
// threads have their own; the decoding thread a transcoder starts inherits it) keeps the UI
// first in line. Pool threads keep it for their lifetime, which is what a window session wants.
void yieldToTheInterface()
{
#ifdef Q_OS_LINUX
    thread_local bool done = false;
    if (!done) {
        done = true;
        ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 5);
    }
#endif
}

}  // namespace

JobRunner::JobRunner(Job job, RunnerConfig config, QThreadPool *pool, std::shared_ptr<AttemptCounters> counters)
    : m_job(std::move(job)), m_config(std::move(config)), m_pool(pool), m_counters(std::move(counters))
{
    registerTypes();
}

JobRunner::~JobRunner() = default;

void JobRunner::start()
{
    Q_ASSERT(m_pool);
    // The task holds the runner until run() has returned, whoever else lets go of it.
    m_pool->start([self = shared_from_this()] { self->run(); });
}

void JobRunner::cancel()
{
    m_cancel.store(true);
    m_gate.interrupt();
    QMutexLocker lock(&m_mutex);
    if (m_transcoder)
        m_transcoder->cancel();
    if (m_downloader)
        m_downloader->cancel();
}

void JobRunner::setPaused(bool paused)
{
    // The gate first: a downloader registered after the lock below sees it (downloadAndTranscode).
    if (paused)
        m_gate.pause();
    else
        m_gate.resume();
    QMutexLocker lock(&m_mutex);
    if (m_downloader && paused)
        m_downloader->pause();
    else if (m_downloader)
        m_downloader->resume();
}

void JobRunner::run()
{
    if (m_config.yieldToInterface)
        yieldToTheInterface();
    ActiveScope active(m_counters.get());
    RunOutcome outcome;
    if (m_cancel.load())
        outcome.error = {ErrorCategory::Cancelled, UserText::translate("tunedrop::JobRunner", "Cancelled.")};
    else
        outcome = execute();
    if (m_cancel.load() && !outcome.error.isError() && outcome.outputPath.isEmpty() && !outcome.expandedPlaylist)
        outcome.error = {ErrorCategory::Cancelled, UserText::translate("tunedrop::JobRunner", "Cancelled.")};
    if (!m_config.workDir.isEmpty())
        QDir(m_config.workDir).removeRecursively();
    emit finished(outcome);
}

void JobRunner::setState(JobState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void JobRunner::reportProgress(double progress, qint64 done, qint64 total, double speed, bool force)
{
    const qint64 now = nowMs();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < kProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    AttemptProgress report;
    report.fraction = progress;
    report.bytesDone = done;
    report.bytesTotal = total;
    report.speed = speed;
    report.pausedMs = m_gate.pausedMs();
    emit progressed(report);
}

// For links from the web: does the host lead back into this machine (loopback, link-local,
// "any")? Resolved here, on the worker thread, so a DNS name pointing at 127.0.0.1 is caught.
// The lookup honours cancellation and the network timeout: a resolver that never answers
// must not hold a worker (or the shutdown) for minutes. A lookup that times out fails the
// attempt (transiently): letting the link through unchecked would let a slow answer win.
std::optional<RunOutcome> JobRunner::refusedHost(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.host().isEmpty())
        return std::nullopt;
    const http::HostLookup found = http::lookupHost(parsed.host(), m_config.networkTimeoutMs, &m_cancel);
    RunOutcome o;
    if (found.cancelled)
        o.error = {ErrorCategory::Cancelled, UserText::translate("tunedrop::JobRunner", "Cancelled.")};
    else if (found.timedOut)
        o.error = http::connectionError(QNetworkReply::HostNotFoundError, parsed, {});
    else if (found.addresses.isEmpty())  // NXDOMAIN, SERVFAIL...: fail closed, never "let yt-dlp try"
        o.error = {ErrorCategory::PermissionDenied,
                   UserText::translate("tunedrop::JobRunner", "Links to this computer are not allowed from the web (%1).")
                       .arg(UserText::translate("tunedrop::JobRunner", "the address of %1 could not be checked: %2").arg(parsed.host(), UserText::translate("tunedrop::JobRunner", "host not found")))};
    else if (const auto own = std::find_if(found.addresses.cbegin(), found.addresses.cend(), isOwnMachineAddress);
             own != found.addresses.cend())
        o.error = {ErrorCategory::PermissionDenied, UserText::translate("tunedrop::JobRunner", "Links to this computer are not allowed from the web (%1).")
                                                        .arg(UserText::translate("tunedrop::JobRunner", "%1 leads to %2").arg(parsed.host(), own->toString()))};
    else
        return std::nullopt;
    return o;
}

void JobRunner::explainRefusals(RunOutcome &outcome, const GuardedProxy &proxy)
{
    const QList<GuardedProxy::Refusal> refusals = proxy.refusals();
    if (!outcome.error.isError() || outcome.error.category == ErrorCategory::Cancelled || refusals.isEmpty())
        return;
    const GuardedProxy::Refusal &r = refusals.first();
    const QString what = !r.address.isEmpty()
        ? (r.address == r.host ? r.address : tr("%1 leads to %2").arg(r.host, r.address))
        : tr("the address of %1 could not be checked: %2").arg(r.host, r.lookupError);
    outcome.error = {ErrorCategory::PermissionDenied, UserText::translate("tunedrop::JobRunner", "Links to this computer are not allowed from the web (%1).").arg(what)};
    outcome.retryAfterMs = 0;
}

// A web job's every connection -- TuneDrop's downloader, yt-dlp, FFmpeg's HLS segments, each
// redirect -- goes through a GuardedProxy of its own that checks the address it connects to
// (refusedHost() before it only makes the common case fail fast). Window and command-line
// jobs connect directly.
RunOutcome JobRunner::execute()
{
    const ClassifiedInput input = UrlClassifier::classify(m_job.input);
    if (!m_job.blockLocalHosts || input.kind == ClassifiedInput::Kind::LocalFile
        || input.kind == ClassifiedInput::Kind::Invalid)
        return executeInput(input);
    if (std::optional<RunOutcome> refused = refusedHost(input.url))
        return *refused;
    GuardedProxy::Options options;
    options.networkTimeoutMs = m_config.networkTimeoutMs;
    options.cancel = &m_cancel;
    GuardedProxy proxy(options);
    if (const Result<void> started = proxy.start(); !started) {  // no proxy, no fetch: never fall back to a direct connection
        RunOutcome o;
        o.error = {ErrorCategory::Internal, UserText::translate("tunedrop::JobRunner", "TuneDrop could not start its connection guard (%1).").arg(started.error().text())};
        return o;
    }
    m_proxy = &proxy;
    RunOutcome outcome = executeInput(input);
    m_proxy = nullptr;
    explainRefusals(outcome, proxy);
    return outcome;
}

RunOutcome JobRunner::executeInput(const ClassifiedInput &input)
{
    switch (input.kind) {
    case ClassifiedInput::Kind::Invalid: {
        RunOutcome o;
        o.error = {ErrorCategory::Unsupported, UserText::literal(input.error)};
        return o;
    }
    case ClassifiedInput::Kind::LocalFile: {
        setState(JobState::Converting);
        TranscodeRequest request = baseRequest(input.localPath, {});
        return transcode(request);
    }
    case ClassifiedInput::Kind::DirectMedia: {
        // The link is where the file came from (COMM + WOAS), even when the file has no tags.
        TrackMetadata fromLink;
        // As given, unless it carries a password: the tag travels with the file.
        const QUrl link(input.url);
        fromLink.sourceUrl = link.userInfo().isEmpty() ? input.url
                                                       : link.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
        if (input.isHls) {  // FFmpeg's HLS demuxer fetches the segments itself
            setState(JobState::Downloading);
            TranscodeRequest request = baseRequest(input.url, fromLink);
            return transcode(request);
        }
        return downloadAndTranscode(input.url, {}, fromLink);
    }
    case ClassifiedInput::Kind::YouTube:
    case ClassifiedInput::Kind::OtherSite:
        return viaYtDlp(input.url);
    }
    return {};
}

TranscodeRequest JobRunner::baseRequest(const QString &input, const TrackMetadata &metadata)
{
    TranscodeRequest request;
    request.input = input;
    request.outputDir = m_job.outputDir;
    request.encoder = m_config.encoder;
    request.metadata = metadata;
    request.networkTimeoutMs = m_config.networkTimeoutMs;
    request.untrusted = m_job.blockLocalHosts;
    if (m_proxy)
        request.httpProxy = m_proxy->url();
    // The transcoder applies the template once the source's own tags are known (issue 13
    // item 9: before, only yt-dlp's up-front title reached it).
    request.fileNameTemplate = m_config.fileNameTemplate;
    request.partFileCreated = [this](const QString &path) { emit partFileCreated(path); };
    request.pauseGate = &m_gate;
    return request;
}

RunOutcome JobRunner::transcode(TranscodeRequest &request)
{
    Transcoder transcoder(request);
    {
        QMutexLocker lock(&m_mutex);
        m_transcoder = &transcoder;
    }
    if (m_cancel.load())
        transcoder.cancel();
    const TranscodeResult result = transcoder.run([&](double fraction) {
        qint64 done = -1, total = -1;
        double speed = 0;
        if (m_downloader) {
            const DownloadProgress p = m_downloader->progress();
            done = p.received;
            total = p.total;
            speed = p.bytesPerSecond;
            if (m_downloader->isFinished())
                setState(JobState::Converting);
        } else if (m_state != JobState::Downloading) {
            setState(JobState::Converting);
        }
        reportProgress(fraction, done, total, speed);
    });
    {
        QMutexLocker lock(&m_mutex);
        m_transcoder = nullptr;
    }
    RunOutcome o;
    o.error = result.error;
    o.outputPath = result.outputPath;
    o.warning = result.warnings.join(QLatin1Char('\n'));
    o.tags = result.metadata;
    o.durationSeconds = double(result.durationMs) / 1000.0;
    o.tags.cover.clear();  // the job needs the words, not the picture
    if (result.ok())
        reportProgress(1.0, -1, -1, 0, true);
    return o;
}

RunOutcome JobRunner::downloadAndTranscode(const QString &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const TrackMetadata &metadata)
{
    setState(JobState::Downloading);
    QDir().mkpath(m_config.workDir);
    DownloadOptions options;
    options.url = QUrl(url);
    options.targetPath = QDir(m_config.workDir).filePath(QStringLiteral("download"));
    options.maxBytes = m_config.maxDownloadBytes;
    options.headers = headers;
    if (m_proxy)
        options.proxy = m_proxy->networkProxy();
    HttpDownloader downloader(options);
    std::unique_ptr<ByteSource> reader = downloader.reader();
    {
        QMutexLocker lock(&m_mutex);
        m_downloader = &downloader;
        if (m_gate.isPaused())  // paused while resolving: wait before the first request
            downloader.pause();
    }
    if (m_cancel.load())
        downloader.cancel();
    downloader.start();

    // The transcoder reads the file while it downloads: conversion overlaps the transfer.
    TranscodeRequest request = baseRequest(url, metadata);
    request.stream = reader.get();
    RunOutcome o = transcode(request);
    if (!o.error.isError())
        downloader.waitForFinished();
    else
        downloader.cancel();
    downloader.waitForFinished();
    if (o.error.isError() && downloader.error().isError() && downloader.error().category != ErrorCategory::Cancelled)
        o.error = downloader.error();  // the transfer's own reason beats "could not read"
    o.retryAfterMs = downloader.retryAfterMs();
    {
        QMutexLocker lock(&m_mutex);
        m_downloader = nullptr;
    }
    return o;
}

RunOutcome JobRunner::viaYtDlp(const QString &url)
{
    setState(JobState::Resolving);
    RunOutcome o;
    // The version (cached per executable) decides whether yt-dlp can be given a JS runtime.
    YtDlp ytDlp(m_config.ytDlpPath, YtDlp::Version::Query);
    if (!ytDlp.installation().isFound()) {
        o.error = YtDlp::mapError(QString(), -2);
        return o;
    }
    const JsRuntimeSearch jsRuntime = findJsRuntime();
    ytDlp.setJsRuntime(jsRuntime.usable);
    ytDlp.setSignIn(m_config.signIn);
    ytDlp.setPauseGate(&m_gate);
    if (m_proxy)
        ytDlp.setProxy(m_proxy->url());
    ytDlp.onCookiesRefreshed([this](const QByteArray &cookiesTxt) { emit signInRefreshed(cookiesTxt); });
    const ResolveResult resolved = ytDlp.resolve(url, m_config.playlistLimit, m_cancel);
    if (resolved.error.isError()) {
        o.error = resolved.error;
        return o;
    }
    if (resolved.isPlaylist) {
        emit playlistExpanded(resolved.playlistTitle, resolved.entries);
        o.expandedPlaylist = true;
        return o;
    }
    const MediaInfo &media = resolved.media;
    TrackMetadata metadata;
    metadata.title = media.track.isEmpty() ? media.title : media.track;
    metadata.artist = media.artist;
    metadata.album = media.album;
    metadata.albumArtist = media.albumArtist;
    metadata.genre = media.genre;
    metadata.composer = media.composer;
    metadata.date = media.date;
    metadata.track = media.trackNumber;
    metadata.disc = media.discNumber;
    metadata.sourceUrl = media.webpageUrl.isEmpty() ? url : media.webpageUrl;
    if (!media.thumbnailUrl.isEmpty() && !m_cancel.load()) {
        // Best effort: a missing thumbnail never fails the job.
        const QNetworkProxy proxy = m_proxy ? m_proxy->networkProxy() : QNetworkProxy();
        if (const auto cover = HttpDownloader::fetchBytes(QUrl(media.thumbnailUrl), kMaxCoverBytes, 15000, nullptr,
                                                          &m_cancel, m_proxy ? &proxy : nullptr))
            metadata.cover = *cover;
    }
    emit metadataResolved(metadata, media.site, media.thumbnailUrl, media.durationSeconds);
    if (m_cancel.load()) {
        o.error = {ErrorCategory::Cancelled, UserText::translate("tunedrop::JobRunner", "Cancelled.")};
        return o;
    }
    // Without a runtime a new yt-dlp still gets YouTube, with fewer formats: say why.
    const QString runtimeWarning = media.site == QLatin1String("Youtube") && ytDlp.supportsJsRuntimes()
            && !jsRuntime.found()
        ? tr("Some YouTube formats may be missing. %1").arg(JsRuntimeSearch::missingHint())
        : QString();
    const auto withWarning = [&runtimeWarning, &media](RunOutcome outcome) {
        if (!media.id.isEmpty())
            outcome.sourceId = media.site + QLatin1Char(':') + media.id;  // what a re-add is checked against
        if (!runtimeWarning.isEmpty() && !outcome.error.isError())
            outcome.warning = outcome.warning.isEmpty() ? runtimeWarning : outcome.warning + QLatin1Char('\n') + runtimeWarning;
        return outcome;
    };
    if (media.isNativelyDownloadable())
        return withWarning(downloadAndTranscode(media.formatUrl, media.httpHeaders, metadata));

    // Other protocols (DASH, HLS variants, ...): yt-dlp downloads, then we convert the file.
    setState(JobState::Downloading);
    const YtDlpDownload download = ytDlp.download(
        url, media.formatId, m_config.workDir,
        [&](qint64 done, qint64 total, double speed) {
            reportProgress(total > 0 ? double(done) / double(total) : 0.0, done, total, speed);
        },
        m_cancel);
    if (download.error.isError()) {
        o.error = download.error;
        return o;
    }
    setState(JobState::Converting);
    TranscodeRequest request = baseRequest(download.filePath, metadata);
    return withWarning(transcode(request));
}

}  // namespace tunedrop
