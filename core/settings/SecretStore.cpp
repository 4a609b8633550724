#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QMutex>
#include <QSaveFile>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <future>
#include <memory>

namespace tunedrop {

namespace {

// One lock for the fallback file: several SecretStore instances, in several threads, may share it.
QMutex &storeMutex()
{
    static QMutex mutex;
    return mutex;
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;


void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// --- keychain jobs -------------------------------------------------------------------------------
//
// QtKeychain 0.13 queues every job through one process-wide JobExecutor QObject that lives in the
// thread which ran the first job, and hears about finished jobs through queued signals. Jobs run
// from several threads with local event loops therefore crash (the executor touches a job after its
// thread deleted it; seen in tst_secretstore) or stall (executor thread blocked or gone). So every
// job runs in one private thread with its own event loop, and callers, in any thread, block on the
// result; they need no event loop of their own.

struct JobResult {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
};

enum class JobKind { Read, Write, Delete };

QMutex g_threadMutex;
QThread *g_thread = nullptr;
QObject *g_threadContext = nullptr;

void stopKeychainThread()
{
    QMutexLocker lock(&g_threadMutex);
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_threadContext;  // its thread has finished: safe to delete from here
    delete g_thread;
    g_threadContext = nullptr;
    g_thread = nullptr;
}

// The context object living in the keychain thread, started on first use and stopped when the
// QCoreApplication goes away.
QObject *keychainContext()
{
    QMutexLocker lock(&g_threadMutex);
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("SecretStore keychain"));
        g_threadContext = new QObject;
        g_threadContext->moveToThread(g_thread);
        g_thread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return g_threadContext;
}

JobResult runJob(JobKind kind, const QString &service, const QString &key, const QByteArray &data = {})
{
    auto promise = std::make_shared<std::promise<JobResult>>();
    std::future<JobResult> future = promise->get_future();
    const bool posted = QMetaObject::invokeMethod(keychainContext(), [=] {
        QKeychain::Job *job = nullptr;
        switch (kind) {
        case JobKind::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case JobKind::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setBinaryData(data);
            job = write;
            break;
        }
        case JobKind::Delete:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false);  // never QtKeychain's plain-text QSettings fallback
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [promise, kind](QKeychain::Job *done) {
            JobResult result;
            result.error = done->error();
            result.errorString = done->errorString();
            if (kind == JobKind::Read && result.error == QKeychain::NoError)
                result.data = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
            promise->set_value(std::move(result));
        });
        job->start();
    }, Qt::QueuedConnection);
    if (!posted)
        return {};
    try {
        return future.get();
    } catch (const std::future_error &) {  // the keychain thread stopped under us (app exit)
        return {};
    }
}

QString jobError(const JobResult &result)
{
    return QCoreApplication::translate("SecretStore", "Keychain error %1: %2").arg(int(result.error)).arg(result.errorString);
}

// --- fallback file ------------------------------------------------------------------------------

// Reads the fallback file into `entries` (key -> base64 value). A missing file is an empty store.
bool loadFile(const QString &path, QJsonObject *entries, QString *error)
{
    *entries = {};
    QFile file(path);
    if (!file.exists())
        return true;
    // Tighten permissions that somebody loosened.
    if (file.permissions() != kOwnerOnly)
        file.setPermissions(kOwnerOnly);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QCoreApplication::translate("SecretStore", "Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error, QCoreApplication::translate("SecretStore", "%1 is damaged: %2").arg(path, parseError.errorString()));
        return false;
    }
    *entries = doc.object().value(QLatin1String("secrets")).toObject();
    return true;
}

bool saveFile(const QString &dir, const QString &path, const QJsonObject &entries, QString *error)
{
    if (!QDir().mkpath(dir)) {
        setError(error, QCoreApplication::translate("SecretStore", "Cannot create the folder %1").arg(dir));
        return false;
    }
    // Create the file empty and owner-only before any secret is written to it.
    if (!QFileInfo::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (!QFileInfo::exists(path)) {  // lost a race with another writer: fine
                setError(error, QCoreApplication::translate("SecretStore", "Cannot create %1: %2").arg(path, create.errorString()));
                return false;
            }
        } else {
            create.close();
        }
    }
    if (!QFile::setPermissions(path, kOwnerOnly)) {
        setError(error, QCoreApplication::translate("SecretStore", "Cannot make %1 private").arg(path));
        return false;
    }

    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("secrets"), entries);

    // QSaveFile writes a temporary file (created 0600, given the target's permissions) and renames
    // it over the target, so a crash never leaves a half-written store.
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly)) {
        setError(error, QCoreApplication::translate("SecretStore", "Cannot write %1: %2").arg(path, save.errorString()));
        return false;
    }
    save.setPermissions(kOwnerOnly);
    save.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!save.commit()) {
        setError(error, QCoreApplication::translate("SecretStore", "Cannot write %1: %2").arg(path, save.errorString()));
        return false;
    }
    QFile::setPermissions(path, kOwnerOnly);
    return true;
}

}  // namespace

SecretStore::SecretStore(QString service, QString profileKey, QString fallbackDir)
    : m_service(std::move(service))
    , m_profileKey(std::move(profileKey))
    , m_fallbackDir(std::move(fallbackDir))
{
}

QString SecretStore::fallbackFile() const
{
    return QDir(m_fallbackDir).filePath(QStringLiteral("secrets"));
}

QString SecretStore::warning() const
{
    return m_warning;
}

SecretStore::Backend SecretStore::backend()
{
    if (m_backend)
        return *m_backend;

    // Probe: write, read back and delete a probe entry. Any failure (error 7 "no backend" on a
    // headless machine without a Secret Service, a locked or refusing keychain) means the file.
    const QString probeKey = m_profileKey + QLatin1Char('/') + QStringLiteral(".tunedrop-probe");
    const QByteArray probeValue = QByteArrayLiteral("probe");
    bool ok = false;
    if (runJob(JobKind::Write, m_service, probeKey, probeValue).error == QKeychain::NoError) {
        const JobResult read = runJob(JobKind::Read, m_service, probeKey);
        ok = read.error == QKeychain::NoError && read.data == probeValue;
        runJob(JobKind::Delete, m_service, probeKey);
    }

    if (ok) {
        m_backend = Backend::Keychain;
        m_warning.clear();
    } else {
        m_backend = Backend::File;
        m_warning = QCoreApplication::translate("SecretStore", "No keychain service is available: secrets are kept in %1, readable only "
                       "by you.")
                        .arg(QDir::toNativeSeparators(fallbackFile()));
    }
    return *m_backend;
}

std::optional<QByteArray> SecretStore::read(const QString &key, QString *error)
{
    const QString fullKey = m_profileKey + QLatin1Char('/') + key;
    if (backend() == Backend::Keychain) {
        const JobResult result = runJob(JobKind::Read, m_service, fullKey);
        if (result.error == QKeychain::NoError)
            return result.data;
        if (result.error != QKeychain::EntryNotFound)
            setError(error, jobError(result));
        return std::nullopt;
    }

    QMutexLocker lock(&storeMutex());
    QJsonObject entries;
    if (!loadFile(fallbackFile(), &entries, error))
        return std::nullopt;
    const QJsonValue value = entries.value(fullKey);
    if (!value.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        setError(error, QCoreApplication::translate("SecretStore", "%1 is damaged").arg(fallbackFile()));
        return std::nullopt;
    }
    return *decoded;
}

bool SecretStore::write(const QString &key, const QByteArray &value, QString *error)
{
    const QString fullKey = m_profileKey + QLatin1Char('/') + key;
    if (backend() == Backend::Keychain) {
        const JobResult result = runJob(JobKind::Write, m_service, fullKey, value);
        if (result.error != QKeychain::NoError) {
            setError(error, jobError(result));
            return false;
        }
        return true;
    }

    QMutexLocker lock(&storeMutex());
    QJsonObject entries;
    if (!loadFile(fallbackFile(), &entries, error))
        return false;
    entries.insert(fullKey, QString::fromLatin1(value.toBase64()));
    return saveFile(m_fallbackDir, fallbackFile(), entries, error);
}

bool SecretStore::remove(const QString &key, QString *error)
{
    const QString fullKey = m_profileKey + QLatin1Char('/') + key;
    if (backend() == Backend::Keychain) {
        const JobResult result = runJob(JobKind::Delete, m_service, fullKey);
        if (result.error != QKeychain::NoError && result.error != QKeychain::EntryNotFound) {
            setError(error, jobError(result));
            return false;
        }
        return true;
    }

    QMutexLocker lock(&storeMutex());
    QJsonObject entries;
    if (!loadFile(fallbackFile(), &entries, error))
        return false;
    if (!entries.contains(fullKey))
        return true;
    entries.remove(fullKey);
    return saveFile(m_fallbackDir, fallbackFile(), entries, error);
}

}  // namespace tunedrop
