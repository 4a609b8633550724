#include "JobActions.h"

#include "FolderOpener.h"
#include "JobListModel.h"
#include "PlayerBar.h"
#include "QueuePauseAction.h"
#include "queue/JobQueue.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QUrl>

namespace tunedrop {

namespace {
bool isFinishedWithFile(const Job &j)
{
    return j.state == JobState::Done && !j.outputPath.isEmpty() && QFileInfo::exists(j.outputPath);
}
}  // namespace

JobActions::JobActions(JobQueue *queue, JobListModel *model, QSortFilterProxyModel *proxy, QAbstractItemView *view,
                       PlayerBar *player, Settings *settings, QWidget *window)
    : QObject(window), m_queue(queue), m_model(model), m_proxy(proxy), m_view(view), m_player(player),
      m_settings(settings), m_window(window), m_folderOpener(new FolderOpener(this))
{
    QStyle *s = QApplication::style();
    play = make(tr("&Play"), tr("Play the selected MP3 in the player below"), QKeySequence(Qt::CTRL | Qt::Key_Space), &JobActions::doPlay);
    play->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    open = make(tr("&Open File"), tr("Open the MP3 with the default application"), QKeySequence(Qt::CTRL | Qt::Key_Return), &JobActions::doOpen);
    open->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    showInFolder = make(tr("Show in &Folder"), tr("Open the folder that holds the MP3"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &JobActions::doShowInFolder);
    showInFolder->setIcon(s->standardIcon(QStyle::SP_DirOpenIcon));
    copyLanLink = make(tr("Copy &LAN Download Link"), tr("Copy a link other devices on the network can download the MP3 from"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &JobActions::doCopyLanLink);
    pin = make(tr("&Keep Forever"), tr("Never delete this MP3 when its retention time is over"), QKeySequence(Qt::CTRL | Qt::Key_K), &JobActions::doPin);
    pin->setCheckable(true);
    saveCopy = make(tr("Save a Cop&y…"), tr("Copy the MP3 to a folder of your choice"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &JobActions::doSaveCopy);
    saveCopy->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    retry = make(tr("&Retry"), tr("Try the failed or cancelled jobs again"), QKeySequence(Qt::CTRL | Qt::Key_R), &JobActions::doRetry);
    retry->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    cancel = make(tr("&Cancel"), tr("Stop the selected jobs"), QKeySequence(Qt::CTRL | Qt::Key_Period), &JobActions::doCancel);
    cancel->setIcon(s->standardIcon(QStyle::SP_BrowserStop));
    remove = make(tr("Re&move…"), tr("Remove the selected jobs from the list, optionally with their files"), QKeySequence::Delete, &JobActions::doRemove);
    remove->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    clearFinished = make(tr("Clear Fi&nished"), tr("Remove every finished job from the list (files stay)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &JobActions::doClearFinished);
    clearFinished->setIcon(s->standardIcon(QStyle::SP_DialogResetButton));
    pauseQueue = make(tr("P&ause Queue"), QString(), QKeySequence(Qt::CTRL | Qt::Key_P), &JobActions::doTogglePause);
    new QueuePauseAction(pauseQueue, m_queue);  // text, icon and tooltip follow the queue
    // Delete and Enter must work while the list has focus, not only from the menu.
    for (QAction *a : contextActions())
        a->setShortcutContext(Qt::WindowShortcut);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobActions::updateEnabled);
    connect(m_queue, &JobQueue::jobChanged, this, &JobActions::updateEnabled);
    connect(m_queue, &JobQueue::jobRemoved, this, &JobActions::updateEnabled);
    connect(m_folderOpener, &FolderOpener::failed, this, [this](const QString &why) {
        QMessageBox::warning(m_window, tr("Show in Folder"), why);
    });
    updateEnabled();
}

QAction *JobActions::make(const QString &text, const QString &tip, const QKeySequence &shortcut, void (JobActions::*slot)())
{
    auto *a = new QAction(text, m_window);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    a->setShortcut(shortcut);
    connect(a, &QAction::triggered, this, slot);
    m_window->addAction(a);
    return a;
}

QList<QAction *> JobActions::contextActions() const
{
    return {play, open, showInFolder, copyLanLink, pin, saveCopy, retry, cancel, remove, clearFinished, pauseQueue};
}

QList<Job> JobActions::selectedJobs() const
{
    QList<Job> jobs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (const Job *j = m_model->jobAt(source.row()))
            jobs << *j;
    }
    return jobs;
}

void JobActions::updateEnabled()
{
    const QList<Job> jobs = selectedJobs();
    const bool one = jobs.size() == 1;
    const bool oneFile = one && isFinishedWithFile(jobs.first());
    play->setEnabled(oneFile);
    open->setEnabled(oneFile);
    showInFolder->setEnabled(one && !jobs.first().outputPath.isEmpty());
    copyLanLink->setEnabled(oneFile && m_settings->webEnabled());
    pin->setEnabled(oneFile);
    pin->setChecked(one && jobs.first().pinned);
    saveCopy->setEnabled(oneFile);
    copyLanLink->setToolTip(m_settings->webEnabled() ? tr("Copy a link other devices on the network can download the MP3 from")
                                                     : tr("Turn on the web server in Settings to share links on the network"));
    retry->setEnabled(std::any_of(jobs.cbegin(), jobs.cend(), [](const Job &j) {
        return j.state == JobState::Failed || j.state == JobState::Cancelled;
    }));
    cancel->setEnabled(std::any_of(jobs.cbegin(), jobs.cend(), [](const Job &j) { return !isTerminalState(j.state); }));
    remove->setEnabled(!jobs.isEmpty());
    const JobListModel::Totals t = m_model->totals();
    clearFinished->setEnabled(t.done > 0);
}

void JobActions::activate()
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.size() == 1 && isFinishedWithFile(jobs.first()))
        doPlay();
}

void JobActions::doPlay()
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.size() == 1 && isFinishedWithFile(jobs.first()))
        m_player->play(jobs.first().outputPath, jobs.first().displayTitle());
}

void JobActions::doOpen()
{
    for (const Job &j : selectedJobs())
        if (isFinishedWithFile(j))
            QDesktopServices::openUrl(QUrl::fromLocalFile(j.outputPath));
}

void JobActions::doShowInFolder()
{
    QStringList files;
    for (const Job &j : selectedJobs())
        if (!j.outputPath.isEmpty())
            files << j.outputPath;
    m_folderOpener->show(files);
}

QString JobActions::lanDownloadLink(const Settings &settings, const QUuid &id)
{
    QString host = settings.webListenAddress();
    const QHostAddress listen(host);
    if (listen == QHostAddress::AnyIPv4 || listen == QHostAddress::Any || listen == QHostAddress::AnyIPv6) {
        host = QStringLiteral("127.0.0.1");
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()) {
                host = a.toString();
                break;
            }
    }
    return QStringLiteral("http://%1:%2/download-music/%3").arg(host).arg(settings.webPort()).arg(id.toString(QUuid::WithoutBraces));
}

void JobActions::doCopyLanLink()
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.size() == 1)
        QApplication::clipboard()->setText(lanDownloadLink(*m_settings, jobs.first().id));
}

void JobActions::doPin()
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.size() == 1)
        m_queue->setPinned(jobs.first().id, !jobs.first().pinned);
}

void JobActions::doSaveCopy()
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.size() != 1 || !isFinishedWithFile(jobs.first()))
        return;
    const QString source = jobs.first().outputPath;
    QString target = m_saveCopyTarget;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(m_window, tr("Save a Copy"), QDir::home().filePath(QFileInfo(source).fileName()),
                                              tr("MP3 audio (*.mp3)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);  // the dialog already asked before replacing
    if (!QFile::copy(source, target))
        QMessageBox::warning(m_window, tr("Save a Copy"), tr("Could not copy the MP3 to %1.").arg(target));
}

void JobActions::doRetry()
{
    for (const Job &j : selectedJobs())
        m_queue->retry(j.id);
}

void JobActions::doCancel()
{
    for (const Job &j : selectedJobs())
        m_queue->cancel(j.id);
}

void JobActions::doRemove()
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    const bool anyFile = std::any_of(jobs.cbegin(), jobs.cend(), isFinishedWithFile);
    RemoveChoice choice = m_removeChoice;
    if (choice == RemoveChoice::Ask) {
        QMessageBox box(QMessageBox::Question, tr("Remove Jobs"),
                        tr("Remove %n job(s) from the list?", nullptr, int(jobs.size())),
                        QMessageBox::Ok | QMessageBox::Cancel, m_window);
        QCheckBox deleteFiles(tr("Also delete the MP3 files"));
        if (anyFile)
            box.setCheckBox(&deleteFiles);
        if (box.exec() != QMessageBox::Ok)
            return;
        choice = deleteFiles.isChecked() ? RemoveChoice::DeleteFiles : RemoveChoice::KeepFiles;
    }
    if (choice == RemoveChoice::Abort)
        return;
    for (const Job &j : jobs)
        m_queue->remove(j.id, choice == RemoveChoice::DeleteFiles);
}

void JobActions::doClearFinished()
{
    // Counted and cleared in the store: the whole history, not only the jobs in memory.
    const JobQueue::FinishedCount finished = m_queue->finishedCount();
    const int kept = finished.pinned;
    bool skipKept = false;
    if (kept > 0) {  // the list is where Keep Forever shows; clearing those is asked first
        QMessageBox box(QMessageBox::Question, tr("Clear Finished"),
                        tr("%n of the finished jobs are marked Keep Forever.", nullptr, kept),
                        QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("Clear them from the list too? Their MP3s stay in the folder either way."));
        QPushButton *all = box.addButton(tr("Clear &All"), QMessageBox::DestructiveRole);
        all->setObjectName(QStringLiteral("clearAll"));
        QPushButton *others = nullptr;
        if (kept < finished.total) {
            others = box.addButton(tr("Clear the &Others"), QMessageBox::AcceptRole);
            others->setObjectName(QStringLiteral("clearOthers"));
            box.setDefaultButton(others);
        }
        box.exec();
        if (box.clickedButton() != all && (!others || box.clickedButton() != others))
            return;
        skipKept = box.clickedButton() == others;
    }
    m_queue->clearFinished(skipKept);
}

void JobActions::doTogglePause()
{
    if (m_queue->isPaused())
        m_queue->resume();
    else
        m_queue->pause();
}

}  // namespace tunedrop
