#include "LinkBarMark.h"

#include <QAction>
#include <QLineEdit>
#include <QStyle>

namespace tunedrop {

namespace {
// The error colour of the details pane; dark enough on light and light enough on dark bases.
constexpr auto kErrorColour = "#d0453a";
}  // namespace

LinkBarMark::LinkBarMark(QLineEdit *bar) : QObject(bar), m_bar(bar)
{
    connect(m_bar, &QLineEdit::textEdited, this, &LinkBarMark::clear);
}

void LinkBarMark::mark(const QString &reason)
{
    if (!isMarked())
        m_toolTip = m_bar->toolTip();
    m_reason = reason.isEmpty() ? tr("This is not a link TuneDrop can download.") : reason;
    if (!m_icon) {
        m_icon = m_bar->addAction(m_bar->style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
        m_icon->setObjectName(QStringLiteral("linkBarWarning"));
    }
    m_icon->setToolTip(m_reason);
    m_icon->setVisible(true);
    m_bar->setProperty("invalid", true);
    m_bar->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 3px; padding: 1px 2px; }")
                             .arg(QLatin1String(kErrorColour)));
    m_bar->setToolTip(m_reason);
    m_bar->setAccessibleDescription(m_reason);
}

void LinkBarMark::clear()
{
    if (!isMarked())
        return;
    m_reason.clear();
    if (m_icon)
        m_icon->setVisible(false);
    m_bar->setProperty("invalid", false);
    m_bar->setStyleSheet(QString());
    m_bar->setToolTip(m_toolTip);
    m_bar->setAccessibleDescription(QString());
}

}  // namespace tunedrop
