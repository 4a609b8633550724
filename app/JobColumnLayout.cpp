#include "JobColumnLayout.h"

#include "JobItemDelegate.h"
#include "JobListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTreeView>

#include <algorithm>

namespace tunedrop {

namespace {
// Given up first when the window is narrow: what a row can do without.
constexpr int kGiveUpOrder[] = {JobListModel::Site, JobListModel::Added, JobListModel::Speed,
                                JobListModel::Expires, JobListModel::Size, JobListModel::Eta};
constexpr int kCellPadding = 16;  // the item view's margins around a cell's text
}  // namespace

JobColumnLayout::JobColumnLayout(QTreeView *view) : QObject(view), m_view(view), m_header(view->header())
{
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setSectionResizeMode(JobListModel::Title, QHeaderView::Stretch);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &JobColumnLayout::showHeaderMenu);
    // A column dragged wider may now leave too little room: fit again, after the drag's own layout.
    connect(m_header, &QHeaderView::sectionResized, this, [this](int column, int, int) {
        if (!m_fitting && column != JobListModel::Title)
            QMetaObject::invokeMethod(this, &JobColumnLayout::fit, Qt::QueuedConnection);
    });
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    resetWidths();
}

int JobColumnLayout::naturalWidth(int column) const
{
    const QFontMetrics fm = m_view->fontMetrics();
    QStyleOptionHeader title;
    title.initFrom(m_header);
    title.section = column;
    title.text = m_view->model()->headerData(column, Qt::Horizontal).toString();
    title.sortIndicator = QStyleOptionHeader::SortDown;  // room for the arrow when it sorts by this
    int width = m_header->style()->sizeFromContents(QStyle::CT_HeaderSection, &title, QSize(), m_header).width();
    if (column == JobListModel::Progress)
        return std::max(width, JobItemDelegate::progressWidth(fm));
    int text = 0;
    for (const QString &sample : JobListModel::sampleTexts(column))
        text = std::max(text, fm.horizontalAdvance(sample));
    if (column == JobListModel::State && text > 0)
        text += m_view->iconSize().isValid() ? m_view->iconSize().width() + 6
                                             : m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    return std::max(width, text > 0 ? text + kCellPadding : 0);
}

int JobColumnLayout::titleMinimum() const
{
    return std::max(m_view->fontMetrics().averageCharWidth() * 24, naturalWidth(JobListModel::Title));
}

void JobColumnLayout::resetWidths()
{
    m_fitting = true;
    for (int column = 0; column < JobListModel::ColumnCount; ++column)
        if (column != JobListModel::Title)
            m_header->resizeSection(column, naturalWidth(column));
    m_header->setMinimumSectionSize(std::min(48, m_view->fontMetrics().averageCharWidth() * 5));
    m_fitting = false;
    fit();
}

void JobColumnLayout::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const int available = m_view->viewport()->width();
    auto used = [this] {
        int sum = 0;
        for (int column = 0; column < JobListModel::ColumnCount; ++column)
            if (column != JobListModel::Title && !m_header->isSectionHidden(column))
                sum += m_header->sectionSize(column);
        return sum;
    };
    const int title = titleMinimum();
    // Bring back what fits again, most useful first; then give up columns until the rest fits.
    for (auto it = std::rbegin(kGiveUpOrder); it != std::rend(kGiveUpOrder); ++it) {
        const int column = *it;
        if (!m_hiddenForRoom.contains(column))
            continue;
        if (used() + m_header->sectionSize(column) + title > available)
            break;
        m_hiddenForRoom.remove(column);
        if (!m_userHidden.contains(column))
            m_header->showSection(column);
    }
    for (const int column : kGiveUpOrder) {
        if (used() + title <= available)
            break;
        if (m_header->isSectionHidden(column))
            continue;
        m_hiddenForRoom.insert(column);
        m_header->hideSection(column);
    }
    m_fitting = false;
}

void JobColumnLayout::setUserHidden(int column, bool hidden)
{
    if (column == JobListModel::Title)
        return;  // the one column a row cannot do without
    if (hidden) {
        m_userHidden.insert(column);
        m_header->hideSection(column);
    } else {
        m_userHidden.remove(column);
        m_hiddenForRoom.remove(column);
        m_header->showSection(column);
    }
    fit();
}

QByteArray JobColumnLayout::saveState() const
{
    for (const int column : m_hiddenForRoom)
        m_header->showSection(column);
    const QByteArray state = m_header->saveState();
    for (const int column : m_hiddenForRoom)
        m_header->hideSection(column);
    return state;
}

void JobColumnLayout::restoreState(const QByteArray &headerState, const QList<int> &userHidden)
{
    m_fitting = true;
    if (!headerState.isEmpty() && m_header->restoreState(headerState)) {
        // A state saved in another language or font may cut this one's titles: never narrower
        // than the natural width.
        for (int column = 0; column < JobListModel::ColumnCount; ++column)
            if (column != JobListModel::Title)
                m_header->resizeSection(column, std::max(m_header->sectionSize(column), naturalWidth(column)));
    }
    m_header->setSectionResizeMode(JobListModel::Title, QHeaderView::Stretch);
    m_userHidden.clear();
    m_hiddenForRoom.clear();
    for (int column = 0; column < JobListModel::ColumnCount; ++column) {
        const bool hidden = column != JobListModel::Title && userHidden.contains(column);
        m_header->setSectionHidden(column, hidden);
        if (hidden)
            m_userHidden.insert(column);
    }
    m_fitting = false;
    fit();
}

void JobColumnLayout::load(const QSettings &ini)
{
    QList<int> hidden;
    for (const QVariant &column : ini.value(QStringLiteral("ui/hiddenColumns")).toList())
        hidden << column.toInt();
    restoreState(ini.value(QStringLiteral("ui/jobColumns")).toByteArray(), hidden);
}

void JobColumnLayout::save(QSettings &ini) const
{
    ini.setValue(QStringLiteral("ui/jobColumns"), saveState());
    QVariantList hidden;
    for (const int column : m_userHidden)
        hidden << column;
    ini.setValue(QStringLiteral("ui/hiddenColumns"), hidden);
}

bool JobColumnLayout::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the view is being destroyed its children's events still pass here,
    // and the view is no scroll area any more (UBSan's vptr check in the ASan build).
    switch (event->type()) {
    case QEvent::Resize:
        if (watched != m_view && watched == m_view->viewport())
            fit();
        break;
    case QEvent::FontChange:
    case QEvent::LanguageChange:
        if (watched == m_view)
            resetWidths();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void JobColumnLayout::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(m_header);
    for (int column = 0; column < JobListModel::ColumnCount; ++column) {
        if (column == JobListModel::Title)
            continue;
        QAction *action = menu.addAction(m_view->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_userHidden.contains(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setUserHidden(column, !shown); });
    }
    menu.exec(m_header->mapToGlobal(pos));
}

}  // namespace tunedrop
