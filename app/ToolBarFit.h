#pragma once

#include <QEvent>
#include <QObject>
#include <QToolBar>

namespace tunedrop {

// Keeps every toolbar action on the bar: labels beside the icons while they fit, icons alone
// (their tooltips still say what they do) when the window is too narrow for them — German at
// 800 px — instead of Qt pushing the last actions into the » overflow menu.
class ToolBarFit : public QObject {
public:
    explicit ToolBarFit(QToolBar *bar) : QObject(bar), m_bar(bar)
    {
        bar->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::LanguageChange:
        case QEvent::FontChange:
        case QEvent::ActionAdded:
        case QEvent::ActionRemoved:
        case QEvent::ActionChanged:  // a label that changes, e.g. Pause Queue ↔ Resume Queue
            m_labelledWidth = -1;  // the labels' width changed: measure again
            [[fallthrough]];
        case QEvent::Resize:
        case QEvent::Show:
            if (watched == m_bar)
                fit();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        if (m_fitting)
            return;
        m_fitting = true;
        // What the labels need, measured once in the labelled style (the layout's hint counts
        // every action), not on every resize.
        if (m_labelledWidth < 0) {
            m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            m_labelledWidth = m_bar->sizeHint().width();
        }
        const Qt::ToolButtonStyle wanted = m_labelledWidth <= m_bar->width() ? Qt::ToolButtonTextBesideIcon
                                                                             : Qt::ToolButtonIconOnly;
        if (m_bar->toolButtonStyle() != wanted)
            m_bar->setToolButtonStyle(wanted);
        m_fitting = false;
    }

    QToolBar *m_bar;
    bool m_fitting = false;
    int m_labelledWidth = -1;  // -1: not measured yet
};

}  // namespace tunedrop
