#include "JobItemDelegate.h"

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

void JobItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
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
    size.setHeight(std::max(size.height(), kMinRowHeight));
    if (index.column() == JobListModel::Progress) {
        // Wide enough for the longest label the bar will carry.
        const QString widest = tr("%1 %2 %").arg(JobListModel::stateText(JobState::Downloading)).arg(100);
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(widest) + 4 * kBarMargin + 16));
    }
    return size;
}

}  // namespace tunedrop
