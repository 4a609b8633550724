#pragma once

#include <QWidget>

class QAction;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace tunedrop {

// The selected job's details with a column of buttons beside them for the commands that
// matter on a finished row (Keep Forever, Save a Copy…): one click, no menu, and no room
// taken from the toolbar. Each button shows one of JobActions' QActions, so it is enabled,
// checked and translated exactly like the menu item.
class JobDetailsPane : public QWidget {
    Q_OBJECT
public:
    JobDetailsPane(QTextBrowser *details, QWidget *parent = nullptr);

    void addButtonFor(QAction *action);
    QToolButton *buttonFor(const QAction *action) const;

private:
    QVBoxLayout *m_buttons;
};

}  // namespace tunedrop
