#include "CookieVault.h"
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tunedrop {

namespace {

constexpr qint64 kMaxCookieFileBytes = 4 * 1024 * 1024;  // exports of a whole browser are ~100 KB

}  // namespace

CookieVault::Result CookieVault::importFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxCookieFileBytes)
        return {false, 0, QCoreApplication::translate("tunedrop::CookieVault", "%1 is too large to be a cookies.txt file.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {false, 0, QCoreApplication::translate("tunedrop::CookieVault", "Cannot read %1: %2").arg(path, file.errorString())};
    return importContent(file.readAll());
}

CookieVault::Result CookieVault::importContent(const QByteArray &content)
{
    const cookies::Check check = cookies::check(content);
    if (!check.error.isEmpty())
        return {false, 0, check.error};
    QString error;
    if (!m_secrets.write(secretKey(), check.normalized, &error))
        return {false, 0, QCoreApplication::translate("tunedrop::CookieVault", "The cookies could not be stored safely: %1").arg(error)};
    m_settings.setCookieSource(Settings::CookieSource::File);
    m_settings.sync();
    QString message = QCoreApplication::translate("tunedrop::CookieVault", "%n cookie(s) imported. They are kept in the system keychain; you can delete the "
                         "cookies.txt file now.", nullptr, check.count);
    if (!m_secrets.warning().isEmpty())
        message = QCoreApplication::translate("tunedrop::CookieVault", "%n cookie(s) imported.", nullptr, check.count) + QLatin1Char(' ') + m_secrets.warning();
    return {true, check.count, message};
}

bool CookieVault::forget(QString *error)
{
    if (m_settings.cookieSource() == Settings::CookieSource::File)
        m_settings.setCookieSource(Settings::CookieSource::None);
    m_settings.sync();
    return m_secrets.remove(secretKey(), error);
}

bool CookieVault::keepRefreshed(const QByteArray &cookiesTxt, QString *error)
{
    return m_secrets.write(secretKey(), cookiesTxt, error);
}

std::optional<QByteArray> CookieVault::load(QString *error)
{
    auto stored = m_secrets.read(secretKey(), error);
    if (!stored || stored->isEmpty())
        return std::nullopt;
    return stored;
}

SignInCookies CookieVault::signIn(const SignInCookies &base)
{
    SignInCookies s = base;
    s.fileContent.clear();
    if (m_settings.cookieSource() == Settings::CookieSource::File)
        s.fileContent = load().value_or(QByteArray());
    return s;
}

}  // namespace tunedrop
