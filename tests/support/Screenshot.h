#pragma once

// Saves what a user would see of a widget, for a person to open and look at: every screen a
// test builds is written to <build>/tests/screenshots/<name> (offscreen grab, no X server).
#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace tunedrop::test {

// Returns false (and the caller QVERIFYs it) when the PNG cannot be written.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral("screenshots"));
    const QString path = QDir(QStringLiteral("screenshots")).absoluteFilePath(name);
    if (!widget->grab().save(path))
        return false;
    qInfo("screenshot: %s", qPrintable(path));
    return true;
}

}  // namespace tunedrop::test
