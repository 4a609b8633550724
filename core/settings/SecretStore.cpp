#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRecursiveMutex>
#include <QSaveFile>

#include <qt6keychain/keychain.h>

namespace tunedrop {

namespace {

// One lock for the fallback file (several SecretStore instances may share it) and for keychain
// jobs (QtKeychain runs its jobs one at a time through a process-wide queue anyway).
// Recursive: a slot run by one of our local event loops may itself use a SecretStore.
QRecursiveMutex &storeMutex()
{
    static QRecursiveMutex mutex;
    return mutex;
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Runs a QtKeychain job to completion in a local event loop (works in any thread with an event
// dispatcher). The job lives on the stack, so it must not delete itself.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);  // never QtKeychain's plain-text QSettings fallback
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString jobError(const QKeychain::Job &job)
{
    return tr("Keychain error %1: %2").arg(int(job.error())).arg(job.errorString());
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
        setError(error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error, tr("%1 is damaged: %2").arg(path, parseError.errorString()));
        return false;
    }
    *entries = doc.object().value(QLatin1String("secrets")).toObject();
    return true;
}

bool saveFile(const QString &dir, const QString &path, const QJsonObject &entries, QString *error)
{
    if (!QDir().mkpath(dir)) {
        setError(error, tr("Cannot create the folder %1").arg(dir));
        return false;
    }
    // Create the file empty and owner-only before any secret is written to it.
    if (!QFileInfo::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (!QFileInfo::exists(path)) {  // lost a race with another writer: fine
                setError(error, tr("Cannot create %1: %2").arg(path, create.errorString()));
                return false;
            }
        } else {
            create.close();
        }
    }
    if (!QFile::setPermissions(path, kOwnerOnly)) {
        setError(error, tr("Cannot make %1 private").arg(path));
        return false;
    }

    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("secrets"), entries);

    // QSaveFile writes a temporary file (created 0600, given the target's permissions) and renames
    // it over the target, so a crash never leaves a half-written store.
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(path, save.errorString()));
        return false;
    }
    save.setPermissions(kOwnerOnly);
    save.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!save.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(path, save.errorString()));
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
    {
        QMutexLocker lock(&storeMutex());
        QKeychain::WritePasswordJob write(m_service);
        write.setKey(probeKey);
        write.setBinaryData(probeValue);
        runJob(write);
        if (write.error() == QKeychain::NoError) {
            QKeychain::ReadPasswordJob read(m_service);
            read.setKey(probeKey);
            runJob(read);
            ok = read.error() == QKeychain::NoError && read.binaryData() == probeValue;
            QKeychain::DeletePasswordJob del(m_service);
            del.setKey(probeKey);
            runJob(del);
        }
    }

    if (ok) {
        m_backend = Backend::Keychain;
        m_warning.clear();
    } else {
        m_backend = Backend::File;
        m_warning = tr("No keychain service is available: secrets are kept in %1, readable only "
                       "by you.")
                        .arg(QDir::toNativeSeparators(fallbackFile()));
    }
    return *m_backend;
}

std::optional<QByteArray> SecretStore::read(const QString &key, QString *error)
{
    const QString fullKey = m_profileKey + QLatin1Char('/') + key;
    if (backend() == Backend::Keychain) {
        QMutexLocker lock(&storeMutex());
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(fullKey);
        runJob(job);
        if (job.error() == QKeychain::NoError)
            return job.binaryData();
        if (job.error() != QKeychain::EntryNotFound)
            setError(error, jobError(job));
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
        setError(error, tr("%1 is damaged").arg(fallbackFile()));
        return std::nullopt;
    }
    return *decoded;
}

bool SecretStore::write(const QString &key, const QByteArray &value, QString *error)
{
    const QString fullKey = m_profileKey + QLatin1Char('/') + key;
    if (backend() == Backend::Keychain) {
        QMutexLocker lock(&storeMutex());
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(fullKey);
        job.setBinaryData(value);
        runJob(job);
        if (job.error() != QKeychain::NoError) {
            setError(error, jobError(job));
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
        QMutexLocker lock(&storeMutex());
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(fullKey);
        runJob(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
            setError(error, jobError(job));
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
