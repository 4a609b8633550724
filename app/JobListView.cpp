#include "JobListView.h"

#include "CoverCache.h"

#include <QHeaderView>
#include <QPainter>

namespace tunedrop {

JobListView::JobListView(QWidget *parent) : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);  // keeps scrolling through thousands of rows cheap
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    setAllColumnsShowFocus(true);
    setIconSize(QSize(CoverCache::kSide, CoverCache::kSide));  // the Title column's cover
    setTextElideMode(Qt::ElideMiddle);  // links and file names differ at their ends
    setContextMenuPolicy(Qt::ActionsContextMenu);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
    setAccessibleName(tr("Jobs"));
    setAccessibleDescription(tr("Every link and file you added, with its progress"));
}

void JobListView::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    viewport()->update();
}

void JobListView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_emptyHint.isEmpty())
        return;
    QPainter p(viewport());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    p.setFont(f);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_emptyHint);
}

}  // namespace tunedrop
