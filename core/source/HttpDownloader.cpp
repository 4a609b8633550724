#include "HttpDownloader.h"

#include "GrowingFileReader.h"
#include "HttpHelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cerrno>

// Threading: HttpDownloader::Private is a QObject living on Private::thread. Everything that
// touches the network, the output file or the timers runs there (queued invocations from
// start()/cancel()/~HttpDownloader). The public getters and the readers only look at the
// fields guarded by state->mutex, so any thread may use them while the download runs.
//
// Redirects are followed by hand (ManualRedirectPolicy): http(s) only, never https -> http.
// Requesting one URL a third time is a loop; loops and more than maxRedirects hops fail at once
// as Unsupported (permanent: retrying later would loop again). A 200 answer to a Range request
// restarts the download from zero in place (see GrowingFileState::readable for the readers).

namespace tunedrop {

namespace {

constexpr qint64 kProgressIntervalMs = 100;  // ~10 progressed() signals a second
constexpr qint64 kSpeedWindowMs = 2000;      // bytesPerSecond is averaged over this window
constexpr int kMaxRequestsPerUrl = 2;        // a third request for one URL means a redirect loop
constexpr int kResumeBackoffStepMs = 250;    // 0, 250, 500, ... ms before each reconnect
constexpr int kResumeBackoffMaxMs = 2000;

// Runs `read` under the state mutex of `d` (an HttpDownloader::Private).
template <typename P, typename F>
auto locked(P *d, F read)
{
    const std::lock_guard lock(d->state->mutex);
    return read();
}

}  // namespace

class HttpDownloader::Private : public QObject {
public:
    Private(HttpDownloader *owner, DownloadOptions o)
        : q(owner), opt(std::move(o)), state(std::make_shared<GrowingFileState>())
    {
        state->path = opt.targetPath;
        state->nameHint = opt.url.fileName();
        finalUrl = opt.url;
        thread.setObjectName(QStringLiteral("HttpDownloader"));
    }

    HttpDownloader *const q;
    const DownloadOptions opt;
    const std::shared_ptr<GrowingFileState> state;  // its mutex guards the next five too
    DownloadProgress progress;
    QString contentType;
    QUrl finalUrl;
    int retryAfterMs = 0;
    bool started = false;
    std::atomic_bool cancelRequested{false};
    QThread thread;

    // Everything below runs on `thread`.
    void begin();
    void finish(const Error &error);
    void teardown(QThread *newOwner);
    void setPaused(bool paused);
    Error cancelledError() const { return http::failure(http::Failure::Cancelled, opt.url); }

private:
    void sendRequest();
    bool checkHeaders(QNetworkReply *reply);
    bool acceptResponse(int status, QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void followRedirect(QUrl target);
    void connectionLost(QNetworkReply::NetworkError code, const QString &detail);
    bool write(const QByteArray &data);
    void publish();
    void dropReply();

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_stallTimer = nullptr;
    QTimer *m_resumeTimer = nullptr;
    QFile *m_out = nullptr;
    QUrl m_url;                       // the URL being requested (after redirects)
    QHash<QUrl, int> m_requestsPerUrl;
    int m_redirects = 0;
    int m_resumes = 0;
    bool m_headersSeen = false;       // of the current reply
    bool m_gotResponse = false;       // a 200/206 arrived once: drops are resumable
    bool m_done = false;
    bool m_paused = false;            // by pause(): no request until resume()
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_rangeFrom = 0;           // what the current request asked for
    QByteArray m_validator;           // strong ETag, else Last-Modified, for If-Range
    QElapsedTimer m_clock;
    qint64 m_lastSignalMs = -kProgressIntervalMs;
    http::SpeedMeter m_speed{kSpeedWindowMs};
};

void HttpDownloader::Private::begin()
{
    if (m_done)  // cancelled between start() and here
        return;
    m_clock.start();
    m_nam = new QNetworkAccessManager(this);
    if (opt.proxy)
        m_nam->setProxy(*opt.proxy);
    const auto singleShotTimer = [this](auto slot) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, slot);
        return timer;
    };
    m_stallTimer = singleShotTimer([this] { connectionLost(QNetworkReply::TimeoutError, {}); });
    m_resumeTimer = singleShotTimer([this] { sendRequest(); });
    m_url = opt.url;
    if (!http::isHttpUrl(m_url)) {
        finish(http::failure(http::Failure::NotWebAddress, m_url));
        return;
    }
    m_out = new QFile(opt.targetPath, this);
    errno = 0;
    if (!m_out->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        finish(http::diskError(errno, m_out->error(), m_out->errorString(), m_url, opt.targetPath));
        return;
    }
    m_requestsPerUrl[m_url.adjusted(QUrl::RemoveFragment)] = 1;
    if (!m_paused)  // paused before it began: setPaused(false) sends it
        sendRequest();
}

void HttpDownloader::Private::sendRequest()
{
    QNetworkRequest request = http::baseRequest(m_url, opt.headers);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The offsets we count and resume from must be those of the file, not of a gzip stream.
    request.setRawHeader("Accept-Encoding", "identity");
    m_rangeFrom = m_received;
    if (m_received > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
        if (!m_validator.isEmpty())
            request.setRawHeader("If-Range", m_validator);
    }
    m_headersSeen = false;
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        // Headers again: on an early close Qt may re-send the same request by itself
        // (QHttpNetworkConnectionChannel::handleUnexpectedEOF) and append the new answer to
        // this reply. Never mix two answers: treat it as the drop it is and resume ourselves.
        if (m_headersSeen && reply == m_reply && !m_done)
            connectionLost(QNetworkReply::RemoteHostClosedError, reply->errorString());
        else
            checkHeaders(reply);
    });
    connect(reply, &QIODevice::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    m_stallTimer->start(opt.stallTimeoutMs);
}

// False when the reply is not to be read: not ours any more, redirected, refused or failed.
bool HttpDownloader::Private::checkHeaders(QNetworkReply *reply)
{
    if (reply != m_reply || m_done)
        return false;
    if (m_headersSeen)
        return true;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return true;  // no answer yet; a connection error is handled when it finishes
    m_headersSeen = true;
    m_stallTimer->start(opt.stallTimeoutMs);
    const int status = statusAttribute.toInt();
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        followRedirect(m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed())));
        return false;
    }
    if (status == 416 && m_rangeFrom > 0 && m_rangeFrom == m_total) {  // it was all there
        finish({});
        return false;
    }
    if (status != 200 && status != 206) {
        const Error error = http::statusError(status, m_url);
        if (error.category == ErrorCategory::Network) {
            const std::lock_guard lock(state->mutex);
            retryAfterMs = http::parseRetryAfterMs(reply->rawHeader("Retry-After"));
        }
        finish(error);
        return false;
    }
    return acceptResponse(status, reply);
}

bool HttpDownloader::Private::acceptResponse(int status, QNetworkReply *reply)
{
    const http::ResponseHead head = http::parseHead(*reply);
    if (head.isWebPage) {
        finish(http::failure(http::Failure::WebPage, m_url));
        return false;
    }
    if (status == 206) {
        const qint64 from = head.rangeFrom;
        if (from < 0 || from > m_received || !m_out->seek(from)) {
            finish(http::failure(http::Failure::BadPartial, m_url));
            return false;
        }
        m_received = from;  // normally unchanged: we asked for exactly this offset
        m_total = head.rangeTotal >= 0 ? head.rangeTotal
                                       : (head.contentLength >= 0 ? from + head.contentLength : -1);
    } else {
        if (m_received > 0) {  // 200 to a Range request: the whole file again, start over
            m_out->seek(0);
            m_received = 0;
            m_speed.restart(m_clock.elapsed());
        }
        m_total = head.contentLength;
    }
    if (m_total > opt.maxBytes) {
        finish(http::sizeError(opt.maxBytes, m_url));
        return false;
    }
    if (status == 200 || m_validator.isEmpty())
        m_validator = head.validator;
    m_gotResponse = true;
    const std::lock_guard lock(state->mutex);
    contentType = head.contentType;
    finalUrl = m_url;
    if (!head.fileName.isEmpty())  // else the link's own name, unless only a redirect target has a suffix
        state->nameHint = head.fileName;
    else if (!state->nameHint.contains(QLatin1Char('.')) && m_url.fileName().contains(QLatin1Char('.')))
        state->nameHint = m_url.fileName();
    state->total = m_total;
    progress.received = m_received;
    progress.total = m_total;
    return true;
}

void HttpDownloader::Private::onReadyRead(QNetworkReply *reply)
{
    if (!checkHeaders(reply) || !m_headersSeen)
        return;
    if (cancelRequested) {
        finish(cancelledError());
        return;
    }
    const QByteArray data = reply->readAll();
    if (data.isEmpty())
        return;
    m_stallTimer->start(opt.stallTimeoutMs);
    if (m_received + data.size() > opt.maxBytes) {
        finish(http::sizeError(opt.maxBytes, m_url));
        return;
    }
    if (!write(data))
        return;
    m_received += data.size();
    m_speed.add(m_clock.elapsed(), data.size());
    publish();
}

void HttpDownloader::Private::onFinished(QNetworkReply *reply)
{
    onReadyRead(reply);  // the last bytes, and the headers if they only came now
    if (reply != m_reply || m_done)
        return;          // redirected, refused or failed meanwhile
    const QNetworkReply::NetworkError code = reply->error();
    if (m_headersSeen && (m_total >= 0 ? m_received >= m_total : code == QNetworkReply::NoError)) {
        finish({});
        return;
    }
    // Fewer bytes than Content-Length, a reset, a refused reconnect...
    connectionLost(code == QNetworkReply::NoError ? QNetworkReply::RemoteHostClosedError : code,
                   reply->errorString());
}

void HttpDownloader::Private::followRedirect(QUrl target)
{
    dropReply();
    target = target.adjusted(QUrl::RemoveFragment);
    if (!http::isHttpUrl(target)
        || (m_url.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http"))) {
        finish(http::failure(http::Failure::RedirectRefused, m_url));
    } else if (++m_requestsPerUrl[target] > kMaxRequestsPerUrl) {
        finish(http::failure(http::Failure::RedirectLoop, m_url));
    } else if (++m_redirects > opt.maxRedirects) {
        finish(http::failure(http::Failure::TooManyRedirects, m_url, opt.maxRedirects));
    } else {
        m_url = target;
        sendRequest();
    }
}

void HttpDownloader::Private::connectionLost(QNetworkReply::NetworkError code, const QString &detail)
{
    dropReply();
    if (cancelRequested)
        finish(cancelledError());
    else if (!m_gotResponse)  // never got through: nothing to resume
        finish(http::connectionError(code, m_url, detail));
    else if (m_resumes >= opt.maxResumes)
        finish(http::failure(http::Failure::GaveUp, m_url, opt.maxResumes));
    else
        m_resumeTimer->start(std::min(kResumeBackoffStepMs * m_resumes++, kResumeBackoffMaxMs));
}

bool HttpDownloader::Private::write(const QByteArray &data)
{
    errno = 0;
    if (m_out->write(data) == data.size() && m_out->flush())
        return true;
    finish(http::diskError(errno, m_out->error(), m_out->errorString(), m_url, opt.targetPath));
    return false;
}

void HttpDownloader::Private::publish()
{
    const qint64 now = m_clock.elapsed();
    {
        const std::lock_guard lock(state->mutex);
        progress = {m_received, m_total, m_speed.bytesPerSecond(now)};
        state->readable = std::max(state->readable, m_received);
        state->changed.notify_all();
    }
    if (now - m_lastSignalMs >= kProgressIntervalMs) {
        m_lastSignalMs = now;
        emit q->progressed(m_received, m_total);
    }
}

void HttpDownloader::Private::dropReply()
{
    if (m_stallTimer)
        m_stallTimer->stop();
    // Deleting a reply aborts it. No abort() here: Qt would still report an HTTP error status
    // on the aborted reply, with a warning.
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->deleteLater();
    }
}

void HttpDownloader::Private::finish(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    dropReply();
    if (m_resumeTimer)
        m_resumeTimer->stop();
    if (m_out && m_out->isOpen()) {
        if (!error.isError() && m_out->size() > m_received)  // a restart wrote less than before
            m_out->resize(m_received);
        m_out->close();
    }
    if (!error.isError())
        m_total = m_received;
    {
        const std::lock_guard lock(state->mutex);
        progress.received = m_received;
        progress.total = m_total;
        if (!error.isError()) {
            state->readable = m_received;
            state->total = m_received;
        }
        state->error = error;
        state->finished = true;
        state->changed.notify_all();
    }
    if (!error.isError())
        emit q->progressed(m_received, m_total);
    emit q->finished();
}

// Pausing closes the connection (and the stall timer) and keeps the bytes on disk; resuming
// asks for the rest with Range and If-Range, or sends the first request if begin() waited.
void HttpDownloader::Private::setPaused(bool paused)
{
    if (m_done || m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        dropReply();
        if (m_resumeTimer)
            m_resumeTimer->stop();
        const std::lock_guard lock(state->mutex);
        progress.bytesPerSecond = 0;
    } else if (m_nam) {  // else begin() has not run yet and sends the first request itself
        m_speed.restart(m_clock.elapsed());
        sendRequest();
    }
}

void HttpDownloader::Private::teardown(QThread *newOwner)
{
    finish(cancelledError());
    const QObjectList children = this->children();
    qDeleteAll(children);  // the manager (with the replies waiting for deleteLater), timers, file
    m_nam = nullptr;
    moveToThread(newOwner);  // so the owner deletes it on its own thread
}

HttpDownloader::HttpDownloader(DownloadOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(options)))
{
    d->moveToThread(&d->thread);
}

HttpDownloader::~HttpDownloader()
{
    cancel();
    if (d->thread.isRunning()) {
        QThread *self = QThread::currentThread();
        QMetaObject::invokeMethod(d.get(), [this, self] { d->teardown(self); }, Qt::BlockingQueuedConnection);
        d->thread.quit();
        d->thread.wait();
    }
}

void HttpDownloader::start()
{
    {
        const std::lock_guard lock(d->state->mutex);
        if (d->started || d->state->finished)
            return;
        d->started = true;
    }
    d->thread.start();
    QMetaObject::invokeMethod(d.get(), [p = d.get()] { p->begin(); }, Qt::QueuedConnection);
}

void HttpDownloader::cancel()
{
    d->cancelRequested = true;
    {
        const std::lock_guard lock(d->state->mutex);
        if (d->state->finished)
            return;
        if (!d->started) {  // never started: finished at once, start() will do nothing
            d->state->error = d->cancelledError();
            d->state->finished = true;
            d->state->changed.notify_all();
            return;
        }
    }
    QMetaObject::invokeMethod(d.get(), [p = d.get()] { p->finish(p->cancelledError()); }, Qt::QueuedConnection);
}

void HttpDownloader::pause() { QMetaObject::invokeMethod(d.get(), [p = d.get()] { p->setPaused(true); }); }
void HttpDownloader::resume() { QMetaObject::invokeMethod(d.get(), [p = d.get()] { p->setPaused(false); }); }

bool HttpDownloader::waitForFinished(int timeoutMs)
{
    std::unique_lock lock(d->state->mutex);
    if (!d->started && !d->state->finished)
        return false;
    const auto done = [this] { return d->state->finished; };
    if (timeoutMs < 0) {
        d->state->changed.wait(lock, done);
        return true;
    }
    return d->state->changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

bool HttpDownloader::isFinished() const { return locked(d.get(), [&] { return d->state->finished; }); }
Error HttpDownloader::error() const { return locked(d.get(), [&] { return d->state->error; }); }
int HttpDownloader::retryAfterMs() const { return locked(d.get(), [&] { return d->retryAfterMs; }); }
DownloadProgress HttpDownloader::progress() const { return locked(d.get(), [&] { return d->progress; }); }
QString HttpDownloader::contentType() const { return locked(d.get(), [&] { return d->contentType; }); }
QString HttpDownloader::fileNameHint() const { return locked(d.get(), [&] { return d->state->nameHint; }); }
QUrl HttpDownloader::finalUrl() const { return locked(d.get(), [&] { return d->finalUrl; }); }

std::unique_ptr<ByteSource> HttpDownloader::reader()
{
    return std::make_unique<GrowingFileReader>(d->state);
}

}  // namespace tunedrop
