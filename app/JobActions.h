#pragma once

#include "queue/Job.h"

#include <QList>
#include <QObject>

class QAbstractItemView;
class QAction;
class QSortFilterProxyModel;
class QWidget;

namespace tunedrop {

class FolderOpener;
class JobListModel;
class JobQueue;
class PlayerBar;
class Settings;

// The commands on jobs, shared by the toolbar, the context menu and the keyboard: each is a
// QAction with a shortcut, enabled only when it applies to the current selection.
class JobActions : public QObject {
    Q_OBJECT
public:
    JobActions(JobQueue *queue, JobListModel *model, QSortFilterProxyModel *proxy, QAbstractItemView *view,
               PlayerBar *player, Settings *settings, QWidget *window);

    QAction *play = nullptr;
    QAction *open = nullptr;
    QAction *showInFolder = nullptr;
    QAction *copyLanLink = nullptr;
    QAction *pin = nullptr;        // keep the file forever (the retention purge skips it)
    QAction *saveCopy = nullptr;   // copy the MP3 somewhere else
    QAction *retry = nullptr;
    QAction *cancel = nullptr;
    QAction *remove = nullptr;
    QAction *clearFinished = nullptr;
    QAction *pauseQueue = nullptr;

    QList<QAction *> contextActions() const;
    QList<Job> selectedJobs() const;
    void updateEnabled();
    // Double-click or Enter: play a finished job, otherwise show its details.
    void activate();

    // http://<this computer>:<port>/download-music/<uuid>, as the LAN sees it.
    static QString lanDownloadLink(const Settings &settings, const QUuid &id);

    // For tests: answer for the "remove" confirmation instead of asking.
    enum class RemoveChoice { Ask, KeepFiles, DeleteFiles, Abort };
    void setRemoveChoiceForTesting(RemoveChoice choice) { m_removeChoice = choice; }
    // For tests: where "Save a Copy…" saves instead of asking.
    void setSaveCopyTargetForTesting(const QString &path) { m_saveCopyTarget = path; }
    // Show in Folder goes through it (tests inject a failing file manager).
    FolderOpener *folderOpener() const { return m_folderOpener; }

private:
    void doPlay();
    void doOpen();
    void doShowInFolder();
    void doCopyLanLink();
    void doPin();
    void doSaveCopy();
    void doRetry();
    void doCancel();
    void doRemove();
    void doClearFinished();
    void doTogglePause();
    QAction *make(const QString &text, const QString &tip, const QKeySequence &shortcut, void (JobActions::*slot)());

    JobQueue *m_queue;
    JobListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAbstractItemView *m_view;
    PlayerBar *m_player;
    Settings *m_settings;
    QWidget *m_window;
    FolderOpener *m_folderOpener;
    RemoveChoice m_removeChoice = RemoveChoice::Ask;
    QString m_saveCopyTarget;
};

}  // namespace tunedrop
