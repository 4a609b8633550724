#pragma once

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QPixmap>

namespace tunedrop {

// A one-line label that elides its text on the right to the width the layout gives it, with an
// optional 16 px icon in front. The full text stays available (the owner puts it in the tooltip).
class ElidedLabel : public QLabel {
public:
    static constexpr int kIconSize = 16;

    explicit ElidedLabel(int maxHintWidth, QWidget *parent) : QLabel(parent), m_maxHintWidth(maxHintWidth)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(false);
        setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    }

    void setFullText(const QString &text)
    {
        m_fullText = text;
        updateGeometry();
        updateElided();
    }
    QString fullText() const { return m_fullText; }

    void setIcon(const QPixmap &icon)
    {
        m_icon = icon;
        setContentsMargins(icon.isNull() ? 0 : kIconSize + 5, 0, 0, 0);
        update();
    }

    QSize sizeHint() const override
    {
        const QMargins m = contentsMargins();
        const int width = fontMetrics().horizontalAdvance(m_fullText) + 2;
        return {qMin(width, m_maxHintWidth) + m.left() + m.right(), QLabel::sizeHint().height()};
    }
    QSize minimumSizeHint() const override
    {
        const QMargins m = contentsMargins();
        return {fontMetrics().horizontalAdvance(QStringLiteral("Mm…")) + m.left() + m.right(),
                QLabel::minimumSizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateElided();
    }
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            updateElided();
    }
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (m_icon.isNull())
            return;
        QPainter painter(this);
        painter.drawPixmap(QPoint(0, (height() - kIconSize) / 2), m_icon);
    }

private:

    void updateElided()
    {
        const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, contentsRect().width());
        if (shown != text())
            QLabel::setText(shown);
    }

    int m_maxHintWidth;
    QString m_fullText;
    QPixmap m_icon;
};

}  // namespace tunedrop
