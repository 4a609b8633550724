#include "FocusFrameStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace tunedrop {

void FocusFrameStyle::install()
{
    if (qobject_cast<FocusFrameStyle *>(QApplication::style()))
        return;
    // QProxyStyle with a key builds its own base; the application keeps its style's name.
    QApplication::setStyle(new FocusFrameStyle(QApplication::style()->name()));
}

void FocusFrameStyle::drawRing(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(palette.color(QPalette::Active, QPalette::Highlight), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));  // both pixels inside the rect
    painter->restore();
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {  // list rows, check boxes, tabs: wherever the style asks
        // The current row of a focused list always; elsewhere only after Tab, as the styles do.
        if ((option->state & State_KeyboardFocusChange) || qobject_cast<const QAbstractItemView *>(widget))
            drawRing(painter, option->rect, option->palette);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Push and tool buttons draw their focus inside their bevel (faintly, in Fusion): add the ring,
    // only when the focus came from the keyboard, as the styles do.
    if (element == CE_PushButtonBevel && (option->state & State_HasFocus)
        && (option->state & State_KeyboardFocusChange))
        drawRing(painter, option->rect, option->palette);
}

void FocusFrameStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                         const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ToolButton && (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        drawRing(painter, option->rect, option->palette);
}

}  // namespace tunedrop
