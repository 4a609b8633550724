#include "JobDetailsPane.h"

#include "JobListModel.h"
#include "JobRowText.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QPalette>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace tunedrop {

JobDetailsPane::JobDetailsPane(QTextBrowser *details, QWidget *parent) : QWidget(parent), m_details(details)
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

void JobDetailsPane::showJob(const Job *job)
{
    if (job)
        m_details->setHtml(html(*job, m_details->palette()));
    else
        m_details->clear();
}

QString JobDetailsPane::html(const Job &job, const QPalette &palette)
{
    // Readable on the light and the dark theme's base colour.
    const QString red = palette.color(QPalette::Base).lightness() < 128 ? QStringLiteral("#ff7b72") : QStringLiteral("#b01b24");
    QString html = QStringLiteral("<b>%1</b><br>").arg(JobRowText::title(job).toHtmlEscaped());
    html += tr("Link or file: %1").arg(job.input.toHtmlEscaped()) + QStringLiteral("<br>");
    html += tr("State: %1").arg(JobListModel::statusText(job, QDateTime::currentDateTimeUtc()).toHtmlEscaped());
    if (job.attempts > 1 && !JobListModel::isWaitingToRetry(job))
        html += tr(" (attempt %1)").arg(job.attempts);
    if (!job.outputPath.isEmpty())
        html += QStringLiteral("<br>") + tr("File: %1").arg(job.outputPath.toHtmlEscaped());
    if (!job.errorMessage().isEmpty())  // a cancelled job did not fail: no error red
        html += job.state == JobState::Cancelled
            ? QStringLiteral("<br><i>%1</i>").arg(job.errorMessage().toHtmlEscaped())
            : QStringLiteral("<br><span style='color:%1'>%2</span>").arg(red, job.errorMessage().toHtmlEscaped());
    if (!job.warning.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(job.warning.toHtmlEscaped());
    return html;
}

}  // namespace tunedrop
