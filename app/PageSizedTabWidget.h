#pragma once

#include <QTabWidget>

#include <algorithm>

namespace tunedrop {

// A tab widget as tall as the page on show, not as its tallest page (QTabWidget's own size
// hints take the largest of every page, whatever their size policies), so a dialog built on it
// shrinks back when a short page is chosen. The width stays the widest page's: no sideways jumps.
class PageSizedTabWidget : public QTabWidget {
    Q_OBJECT
public:
    explicit PageSizedTabWidget(QWidget *parent = nullptr) : QTabWidget(parent)
    {
        connect(this, &QTabWidget::currentChanged, this, [this] { updateGeometry(); });
    }

    QSize sizeHint() const override { return toCurrentPage(QTabWidget::sizeHint(), &QWidget::sizeHint); }
    QSize minimumSizeHint() const override
    {
        return toCurrentPage(QTabWidget::minimumSizeHint(), &QWidget::minimumSizeHint);
    }
    // QTabWidget's height-for-width is the tallest page's too. Without it the layout takes the
    // size hint, measured at the widest page's width, which is enough for wrapped text as well.
    bool hasHeightForWidth() const override { return false; }

private:
    // QTabWidget's hint is its chrome (tab bar, frame) plus the largest page: swap in the current one.
    QSize toCurrentPage(QSize all, QSize (QWidget::*hint)() const) const
    {
        const QWidget *page = currentWidget();
        if (!page)
            return all;
        int tallest = 0;
        for (int i = 0; i < count(); ++i)
            tallest = std::max(tallest, (widget(i)->*hint)().height());
        all.setHeight(all.height() - tallest + (page->*hint)().height());
        return all;
    }
};

}  // namespace tunedrop
