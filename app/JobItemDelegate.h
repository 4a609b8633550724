#pragma once

#include <QStyledItemDelegate>

namespace tunedrop {

// Paints the Progress column as a native progress bar labelled with the phase
// ("Downloading 42 %", "Converting 87 %", "Done", "Failed") and the State column with an icon;
// the Title column with the cover and "Artist · 3:45" under the title.
class JobItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width the Progress column needs for its longest label, in this language.
    static int progressWidth(const QFontMetrics &metrics);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

}  // namespace tunedrop
