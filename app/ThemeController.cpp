#include "ThemeController.h"

#include "FocusFrameStyle.h"
#include "SystemColorScheme.h"

#include <QApplication>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>

namespace tunedrop {

namespace {
const QString kFusion = QStringLiteral("Fusion");

// The style underneath FocusFrameStyle (or any proxy): the one that decides the look.
QString baseStyleName()
{
    QStyle *style = QApplication::style();
    if (auto *proxy = qobject_cast<QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style->name();
}

// A new style drops the proxy: put the visible focus ring back around it.
void setStyleKeepingFocusRing(const QString &name)
{
    QApplication::setStyle(name);
    FocusFrameStyle::install();
}
}  // namespace

ThemeController::ThemeController(SystemColorScheme *scheme, QObject *parent)
    : QObject(parent), m_scheme(scheme), m_platformStyle(baseStyleName()),
      m_platformPalette(QApplication::palette())
{
    if (m_scheme)
        connect(m_scheme, &SystemColorScheme::preferenceChanged, this, &ThemeController::apply);
}

ThemeController::~ThemeController()
{
    if (m_overridden)
        usePlatform();
}

ThemeController::Mode ThemeController::modeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void ThemeController::setMode(Mode mode)
{
    m_mode = mode;
    apply();
}

bool ThemeController::isDark() const { return isDarkPalette(QApplication::palette()); }

bool ThemeController::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool ThemeController::wantsDark() const
{
    switch (m_mode) {
    case Mode::Light: return false;
    case Mode::Dark: return true;
    case Mode::System: break;
    }
    const auto preference = m_scheme ? m_scheme->preference() : SystemColorScheme::NoPreference;
    if (preference == SystemColorScheme::NoPreference)
        return isDarkPalette(m_platformPalette);
    return preference == SystemColorScheme::PreferDark;
}

void ThemeController::apply()
{
    const bool dark = wantsDark();
    if (dark == isDarkPalette(m_platformPalette)) {
        if (m_overridden)
            usePlatform();
    } else if (dark) {
        useFusion(darkPalette());
    } else {
        QStyle *fusion = QStyleFactory::create(kFusion);
        const QPalette light = fusion ? fusion->standardPalette() : QPalette();
        delete fusion;
        useFusion(light);
    }
    emit applied(isDark());
}

void ThemeController::useFusion(const QPalette &palette)
{
    if (baseStyleName().compare(kFusion, Qt::CaseInsensitive) != 0)
        setStyleKeepingFocusRing(kFusion);
    QApplication::setPalette(palette);
    m_overridden = true;
}

void ThemeController::usePlatform()
{
    if (baseStyleName().compare(m_platformStyle, Qt::CaseInsensitive) != 0)
        setStyleKeepingFocusRing(m_platformStyle);
    QApplication::setPalette(m_platformPalette);
    m_overridden = false;
}

QPalette ThemeController::darkPalette()
{
    // Text on every background at least 7:1, highlighted text 5.6:1, placeholder 4.5:1 and more.
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0x9c, 0x9c, 0x9c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x34, 0x34, 0x37));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc7, 0x9b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x54));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xb0, 0xb0, 0xb0));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

}  // namespace tunedrop
