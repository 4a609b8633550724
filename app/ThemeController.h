#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace tunedrop {

class SystemColorScheme;

// Light, dark, or the desktop's choice (Settings ▸ Interface ▸ Colour scheme). Without a platform
// theme Qt draws Fusion in light colours whatever the desktop says; this follows the XDG portal's
// colour-scheme preference (SystemColorScheme) and switches live when it changes. Only when the
// wanted brightness differs from what the platform gives does it take over: Fusion with its own
// light palette or a dark one, contrast-checked (tst_theme). The platform's look comes back when
// it matches again, and when the controller goes.
class ThemeController : public QObject {
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };

    // Does not take ownership of scheme (may be null: no system preference).
    explicit ThemeController(SystemColorScheme *scheme, QObject *parent = nullptr);
    ~ThemeController() override;

    static Mode modeFromName(const QString &name);  // Settings::theme(): "system", "light", "dark"
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool isDark() const;  // what the application shows now

    static QPalette darkPalette();
    static bool isDarkPalette(const QPalette &palette);

signals:
    void applied(bool dark);

private:
    void apply();
    bool wantsDark() const;
    void useFusion(const QPalette &palette);
    void usePlatform();

    SystemColorScheme *m_scheme = nullptr;
    Mode m_mode = Mode::System;
    QString m_platformStyle;    // the style the application started with
    QPalette m_platformPalette;
    bool m_overridden = false;  // Fusion + our palette in place of the platform's
};

}  // namespace tunedrop
