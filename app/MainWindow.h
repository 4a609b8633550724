#pragma once

#include "queue/Job.h"

#include <QHash>
#include <QMainWindow>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace tunedrop {

class JobQueue;

// First window: add links or files (typing, pasting, dropping) to the shared job queue and
// watch each job. The full job list, player and settings arrive with the desktop GUI issue.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(JobQueue *queue, const QString &outputDir, QWidget *parent = nullptr);

    void addItems(const QStringList &items);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addFromBar();
    void chooseFiles();
    void showJob(const Job &job);
    void forgetJob(const QUuid &id);

    JobQueue *m_queue;
    QLineEdit *m_urlBar = nullptr;
    QTreeWidget *m_list = nullptr;
    QHash<QUuid, QTreeWidgetItem *> m_items;
};

}  // namespace tunedrop
