#pragma once

#include <QTreeView>

namespace tunedrop {

// The job table: sortable, multi-select, with a friendly hint painted over it while empty.
class JobListView : public QTreeView {
    Q_OBJECT
public:
    explicit JobListView(QWidget *parent = nullptr);

    void setEmptyHint(const QString &hint);
    QString emptyHint() const { return m_emptyHint; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyHint;
};

}  // namespace tunedrop
