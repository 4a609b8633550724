#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QHeaderView;
class QSettings;
class QTreeView;

namespace tunedrop {

// Sizes and shows the job list's columns so the list never needs a horizontal scroll bar:
// every column starts as wide as its longest translated text and its title ("Geschwindigkeit"
// as well as "Speed"), the title column takes what is left, and when the window is too narrow
// for all of them the least useful columns (Site, Added, Speed, …) step aside, coming back as
// it widens. Columns the user hides from the header's menu stay hidden; widths the user drags
// are kept (never below what the title needs).
class JobColumnLayout : public QObject {
    Q_OBJECT
public:
    // The view's model must have JobListModel's columns; the layout watches the view's size.
    explicit JobColumnLayout(QTreeView *view);

    // What the profile keeps: the header's state (order, widths, sorting) with columns hidden
    // only for lack of room shown again, and the columns the user chose to hide.
    QByteArray saveState() const;
    QList<int> userHiddenColumns() const { return QList<int>(m_userHidden.begin(), m_userHidden.end()); }
    void restoreState(const QByteArray &headerState, const QList<int> &userHidden);
    // The same, kept in the profile's settings (ui/jobColumns, ui/hiddenColumns).
    void load(const QSettings &ini);
    void save(QSettings &ini) const;

    int naturalWidth(int column) const;  // the widest text it shows, or its title
    bool isHiddenForRoom(int column) const { return m_hiddenForRoom.contains(column); }
    void setUserHidden(int column, bool hidden);

    // Re-measure after a language or font change, then fit.
    void resetWidths();
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    int titleMinimum() const;

    QTreeView *m_view;
    QHeaderView *m_header;
    QSet<int> m_userHidden;
    QSet<int> m_hiddenForRoom;
    bool m_fitting = false;
};

}  // namespace tunedrop
