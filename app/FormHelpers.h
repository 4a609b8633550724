#pragma once

// Small helpers shared by the settings dialog's pages and the panels inside them.

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QString>
#include <QWidget>

namespace tunedrop::settingsdialog {

// Sets the object name (tests, style sheets) and the name screen readers announce.
template <class W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// Red that stays readable on light and dark palettes.
inline QColor errorColor(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1b, 0x24);
}

inline void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

}  // namespace tunedrop::settingsdialog
