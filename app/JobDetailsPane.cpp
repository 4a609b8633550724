#include "JobDetailsPane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace tunedrop {

JobDetailsPane::JobDetailsPane(QTextBrowser *details, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobDetailsPane"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(details, 1);
    m_buttons = new QVBoxLayout;
    m_buttons->addStretch(1);
    row->addLayout(m_buttons);
}

void JobDetailsPane::addButtonFor(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);  // the same look with or without an icon
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QToolButton *JobDetailsPane::buttonFor(const QAction *action) const
{
    for (QToolButton *b : findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly))
        if (b->defaultAction() == action)
            return b;
    return nullptr;
}

}  // namespace tunedrop
