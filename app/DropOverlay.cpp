#include "DropOverlay.h"

#include "source/LinkExtractor.h"

#include <QCoreApplication>

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace tunedrop {

DropOverlay::DropOverlay(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
    parent->installEventFilter(this);  // follow the parent's size
}

void DropOverlay::showMessage(const QString &message, bool usable)
{
    m_message = message;
    m_usable = usable;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor accent = m_usable ? palette().color(QPalette::Highlight) : QColor(0xc0, 0x39, 0x2b);
    // Veil what is underneath so the message reads cleanly, tinted with the accent colour.
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(225);
    p.fillRect(rect(), veil);
    QColor fill = accent;
    fill.setAlpha(34);
    const QRectF r = QRectF(rect()).adjusted(8, 8, -8, -8);
    QPainterPath path;
    path.addRoundedRect(r, 14, 14);
    p.fillPath(path, fill);
    QPen pen(accent, 3, Qt::DashLine);
    p.setPen(pen);
    p.drawPath(path);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    p.setFont(f);
    p.setPen(accent.darker(m_usable ? 110 : 100));
    p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

bool DropOverlay::showFor(const QMimeData *mime)
{
    // The window's words (its translation context): the overlay only shows them.
    const int count = LinkExtractor::canUse(mime) ? int(LinkExtractor::fromMimeData(mime).size()) : 0;
    if (count > 0)
        showMessage(QCoreApplication::translate("tunedrop::MainWindow", "Drop to add %n item(s)", nullptr, count), true);
    else
        showMessage(QCoreApplication::translate("tunedrop::MainWindow", "This cannot be added: drop a link or a media file"), false);
    return count > 0;
}

}  // namespace tunedrop
