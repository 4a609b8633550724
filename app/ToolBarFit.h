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
        case QEvent::Resize:
        case QEvent::LanguageChange:
        case QEvent::FontChange:
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
        // What the labels need, measured in the labelled style (the layout's hint counts every action).
        const Qt::ToolButtonStyle before = m_bar->toolButtonStyle();
        if (before != Qt::ToolButtonTextBesideIcon)
            m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const bool fits = m_bar->sizeHint().width() <= m_bar->width();
        m_bar->setToolButtonStyle(fits ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        m_fitting = false;
    }

    QToolBar *m_bar;
    bool m_fitting = false;
};

}  // namespace tunedrop
