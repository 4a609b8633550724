#include "JobItemDelegate.h"

#include "CoverCache.h"
#include "JobListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <algorithm>
#include <cmath>

namespace tunedrop {

namespace {
constexpr int kMinRowHeight = 24;  // room for a native progress bar in every style
constexpr int kBarMargin = 2;      // keeps bars of adjacent rows visually apart
}  // namespace

void JobItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The view's icon size is the cover's; the State column's icons stay small.
    if (index.column() != JobListModel::Title)
        option->decorationSize = option->decorationSize.boundedTo(QSize(16, 16));
}

// The Title cell: the cover, the title on the first line and "Artist · 3:45" under it in a
// quieter colour. A name made from the link is cut in the middle, where links differ least.
void JobItemDelegate::paintTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    const QString title = cell.text;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, cell.widget).adjusted(2, 0, -2, 0);
    const QString subtitle = index.data(JobListModel::SubtitleRole).toString();
    const bool known = index.data(JobListModel::TitleKnownRole).toBool();
    const QFontMetrics fm(option.font);
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor main = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = main;
    quiet.setAlphaF(0.68);  // readable on the highlight too, unlike PlaceholderText

    painter->save();
    painter->setFont(option.font);
    painter->setPen(main);
    const QString shownTitle = fm.elidedText(title, known ? Qt::ElideRight : Qt::ElideMiddle, textRect.width());
    if (subtitle.isEmpty()) {
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, shownTitle);
    } else {
        const int lines = 2 * fm.height();
        const QRect block(textRect.left(), textRect.top() + (textRect.height() - lines) / 2, textRect.width(), lines);
        painter->drawText(block.adjusted(0, 0, 0, -fm.height()), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shownTitle);
        painter->setPen(quiet);
        painter->drawText(block.adjusted(0, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          fm.elidedText(subtitle, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

void JobItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == JobListModel::Title) {
        paintTitle(painter, option, index);
        return;
    }
    if (index.column() != JobListModel::Progress) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    // The widget's own style honours style sheets; without a widget (printing, tests) the app's.
    QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();

    // Selection and hover background first, without the model's "42 %" text: the bar says it.
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);

    const auto state = JobState(index.data(JobListModel::StateRole).toInt());
    const double progress = index.data(JobListModel::ProgressRole).toDouble();
    const QString phase = index.data(JobListModel::PausedRole).toBool() ? JobListModel::pausedText()
                                                                        : JobListModel::stateText(state);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(kBarMargin, kBarMargin, -kBarMargin, -kBarMargin);
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.minimum = 0;
    bar.maximum = 100;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (state == JobState::Done) {
        bar.progress = 100;
        bar.text = phase;
    } else if (state == JobState::Resolving) {
        // Nothing measurable yet: a busy bar says "working" better than "0 %".
        bar.maximum = 0;
        bar.text = phase;
    } else if (isActiveState(state)) {
        // Rounded down, like the model's text, so "100 %" only ever means finished.
        bar.progress = std::clamp(int(std::floor(progress * 100.0)), 0, 100);
        bar.text = tr("%1 %2 %").arg(phase).arg(bar.progress);
    } else {  // queued, failed, cancelled, expired: nothing is under way
        bar.progress = 0;
        bar.text = phase;
    }
    painter->save();
    painter->setFont(option.font);
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    painter->restore();
}

QSize JobItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Every row the same height (the view assumes it): room for the cover or two lines of text.
    size.setHeight(std::max({size.height(), kMinRowHeight, CoverCache::kSide + 2 * kBarMargin,
                             2 * option.fontMetrics.height() + 2 * kBarMargin}));
    if (index.column() == JobListModel::Progress)
        size.setWidth(std::max(size.width(), progressWidth(option.fontMetrics)));
    return size;
}

int JobItemDelegate::progressWidth(const QFontMetrics &metrics)
{
    // Every label the bar carries, at its widest: "Wird heruntergeladen 100 %" is not "Downloading".
    int widest = 0;
    for (int s = int(JobState::Queued); s <= int(JobState::Expired); ++s) {
        const auto state = JobState(s);
        const QString phase = JobListModel::stateText(state);
        const QString label = isActiveState(state) && state != JobState::Resolving ? tr("%1 %2 %").arg(phase).arg(100) : phase;
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    return widest + 4 * kBarMargin + 16;
}

}  // namespace tunedrop
