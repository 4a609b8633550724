#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>

namespace tunedrop {

// The desktop's light/dark preference as the XDG desktop portal publishes it
// (org.freedesktop.appearance color-scheme: 0 no preference, 1 prefer dark, 2 prefer light),
// which GNOME, KDE and others set whatever the toolkit. Read once, then followed live through
// the portal's SettingChanged signal. Without a session bus or a portal: no preference.
class SystemColorScheme : public QObject {
    Q_OBJECT
public:
    enum Preference { NoPreference = 0, PreferDark = 1, PreferLight = 2 };
    Q_ENUM(Preference)

    explicit SystemColorScheme(QObject *parent = nullptr);
    SystemColorScheme(const QDBusConnection &bus, QObject *parent);

    Preference preference() const { return m_preference; }

signals:
    void preferenceChanged(tunedrop::SystemColorScheme::Preference preference);

private slots:
    void onSettingChanged(const QDBusMessage &message);

private:
    void read();
    void update(Preference preference);

    QDBusConnection m_bus;
    Preference m_preference = NoPreference;
};

}  // namespace tunedrop
