#pragma once

#include <QProxyStyle>

namespace tunedrop {

// A focus frame one can see: Fusion's is a faint, 1-pixel tint. This draws a 2-pixel ring in the
// palette's highlight colour around the focused button or list row (line edits already show theirs), so it follows the
// light and the dark palette alike. Wraps whatever style the application uses.
class FocusFrameStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    // Wraps the application's current style once (idempotent).
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

    static void drawRing(QPainter *painter, const QRect &rect, const QPalette &palette);
};

}  // namespace tunedrop
