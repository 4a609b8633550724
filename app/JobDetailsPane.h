#pragma once

#include "queue/Job.h"

#include <QWidget>

class QAction;
class QPalette;
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

    // The details text for a job: title, link, state, file, error (red unless cancelled), warning.
    static QString html(const Job &job, const QPalette &palette);
    void showJob(const Job *job);  // nothing selected: null


    void addButtonFor(QAction *action);
    QToolButton *buttonFor(const QAction *action) const;

private:
    QTextBrowser *m_details;
    QVBoxLayout *m_buttons;
};

}  // namespace tunedrop
