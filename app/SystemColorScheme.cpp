#include "SystemColorScheme.h"

#include <QDBusMessage>
#include <QDBusVariant>

namespace tunedrop {

namespace {
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kGroup = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
// Start-up waits at most this long for the portal: an absent one answers at once (no owner),
// a hung one must not delay the window.
constexpr int kReadTimeoutMs = 300;

// Read() wraps the value in one more variant than SettingChanged does (portal API v1).
SystemColorScheme::Preference preferenceFrom(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint raw = value.toUInt(&ok);
    if (!ok || raw > 2)
        return SystemColorScheme::NoPreference;
    return SystemColorScheme::Preference(raw);
}
}  // namespace

SystemColorScheme::SystemColorScheme(QObject *parent) : SystemColorScheme(QDBusConnection::sessionBus(), parent) {}

SystemColorScheme::SystemColorScheme(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                  SLOT(onSettingChanged(QDBusMessage)));
    read();
}

void SystemColorScheme::read()
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    call << kGroup << kKey;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kReadTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        update(preferenceFrom(reply.arguments().constFirst()));
}

// SettingChanged(s namespace, s key, v value)
void SystemColorScheme::onSettingChanged(const QDBusMessage &message)
{
    const QVariantList args = message.arguments();
    if (args.size() == 3 && args.at(0).toString() == kGroup && args.at(1).toString() == kKey)
        update(preferenceFrom(args.at(2)));
}

void SystemColorScheme::update(Preference preference)
{
    if (preference == m_preference)
        return;
    m_preference = preference;
    emit preferenceChanged(preference);
}

}  // namespace tunedrop
