#include "MainWindow.h"

#include "AboutDialog.h"
#include "AddSummary.h"
#include "DropOverlay.h"
#include "DuplicateNotice.h"
#include "CompositionRoot.h"
#include "FocusFrameStyle.h"
#include "JobActions.h"
#include "JobDetailsPane.h"
#include "JobItemDelegate.h"
#include "JobListModel.h"
#include "JobColumnLayout.h"
#include "JobListView.h"
#include "JobRowText.h"
#include "LinkBarMark.h"
#include "PastedLines.h"
#include "PlayerBar.h"
#include "RetentionLabel.h"
#include "RetentionNotice.h"
#include "QueuePausedLabel.h"
#include "SettingsDialog.h"
#include "SystemColorScheme.h"
#include "ThemeController.h"
#include "ToolBarFit.h"
#include "YtDlpNotice.h"
#include "YtDlpPanel.h"
#include "TrayIcon.h"
#include "WebAddressPanel.h"
#include "source/LinkExtractor.h"
#include "source/UrlClassifier.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace tunedrop {

MainWindow::MainWindow(CompositionRoot &root, QWidget *parent) : QMainWindow(parent), m_root(root)
{
    setWindowTitle(tr("TuneDrop"));
    setAcceptDrops(true);
    // Before any widget exists: colours worked out from the palette (error red) start right.
    // The controller keeps FocusFrameStyle's visible focus ring around whatever style it picks.
    m_theme = new ThemeController(new SystemColorScheme(this), this);
    m_theme->setMode(ThemeController::modeFromName(m_root.settings().theme()));
    FocusFrameStyle::install();  // a focus ring one can see, whatever the style
    buildUi();
    buildMenusAndToolBar();
    connect(m_duplicateNotice, &DuplicateNotice::openRequested, this, [this](const QUuid &id) {
        selectJob(id);
        m_actions->open->trigger();  // the same Open File as the menu, on that row
    });
    connect(m_duplicateNotice, &DuplicateNotice::convertAgainRequested, this, &MainWindow::convertAgain);
    restoreLayout();
    showSettings(SettingsReport{});  // the root has just configured everything from them
    connect(m_retentionNotice, &RetentionNotice::chosen, this, [this] {
        m_root.applySettings();
        showRetention();
    });
    m_retentionNotice->askIfNeeded(m_root.retentionOverridden());
    connect(&m_root.queue(), &JobQueue::jobChanged, m_tray, &TrayIcon::jobChanged);
    connect(m_model, &JobListModel::totalsChanged, this, &MainWindow::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    connect(&m_root.queue(), &JobQueue::jobChanged, this, [this](const Job &job) {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid() && current.data(JobListModel::JobIdRole).toUuid() == job.id)
            updateDetails();
    });
    if (!m_root.warning().isEmpty())
        statusBar()->showMessage(m_root.warning(), 15000);
    else if (!m_root.webError().isEmpty())
        statusBar()->showMessage(m_root.webError(), 15000);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    m_retentionNotice = new RetentionNotice(m_root.settings(), central);  // first start: delete or keep?
    layout->addWidget(m_retentionNotice);

    auto *bar = new QHBoxLayout;
    m_urlBar = new QLineEdit(central);
    m_urlBar->setPlaceholderText(tr("Paste a YouTube link, any video or audio link, or a file path"));
    m_urlBar->setClearButtonEnabled(true);
    m_urlBar->setAccessibleName(tr("Link to add"));
    m_urlBar->installEventFilter(this);  // pasting several links adds them all at once
    m_urlBarMark = new LinkBarMark(m_urlBar);
    auto *add = new QPushButton(tr("&Add"), central);
    add->setAccessibleName(tr("Add the link"));
    add->setDefault(true);
    // Not Alt+F: that opens the File menu.
    auto *open = new QPushButton(tr("Open F&iles…"), central);
    open->setAccessibleName(tr("Choose media files to convert"));
    bar->addWidget(m_urlBar, 1);
    bar->addWidget(add);
    bar->addWidget(open);
    layout->addLayout(bar);
    connect(m_urlBar, &QLineEdit::returnPressed, this, &MainWindow::addFromBar);
    connect(add, &QPushButton::clicked, this, &MainWindow::addFromBar);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseFiles);

    // yt-dlp missing, too old, or without the JavaScript runtime YouTube needs: said up front.
    m_ytDlpNotice = new YtDlpNotice(m_root.settings(), central);
    layout->addWidget(m_ytDlpNotice);
    connect(m_ytDlpNotice, &YtDlpNotice::settingsRequested, this, [this] { openSettings(QStringLiteral("toolsTab")); });

    // Added again, already converted and still fitting: offered, never silently reused.
    m_duplicateNotice = new DuplicateNotice(central);
    layout->addWidget(m_duplicateNotice);

    m_model = new JobListModel(&m_root.queue(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobListModel::SortRole);
    m_view = new JobListView(central);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new JobItemDelegate(m_view));
    m_view->sortByColumn(JobListModel::Added, Qt::AscendingOrder);
    m_columns = new JobColumnLayout(m_view);

    m_details = new QTextBrowser(central);
    m_details->setAccessibleName(tr("Job details"));
    m_details->setOpenLinks(false);
    m_details->setMaximumHeight(120);
    m_details->setPlaceholderText(tr("Select a job to see its details."));
    auto *split = new QSplitter(Qt::Vertical, central);
    split->addWidget(m_view);
    split->addWidget(m_detailsPane = new JobDetailsPane(m_details, central));  // + Keep Forever, Save a Copy
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_player = new PlayerBar(central);
    layout->addWidget(m_player);
    setCentralWidget(central);

    m_totals = new QLabel(this);
    m_retentionLabel = new RetentionLabel(this);
    statusBar()->addPermanentWidget(m_retentionLabel);
    m_overall = new QProgressBar(this);
    m_overall->setMaximumWidth(180);
    m_overall->setRange(0, 1000);
    m_overall->setAccessibleName(tr("Overall progress"));
    statusBar()->addPermanentWidget(new QueuePausedLabel(&m_root.queue(), this));
    m_webAddresses = new WebAddressPanel(WebAddressPanel::Style::Compact, this);
    m_webAddresses->setObjectName(QStringLiteral("statusWebAddress"));
    statusBar()->addPermanentWidget(m_webAddresses);
    statusBar()->addPermanentWidget(m_totals);
    statusBar()->addPermanentWidget(m_overall);

    m_overlay = new DropOverlay(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tunedrop.svg")));
    resize(980, 620);
    setTabOrder(m_urlBar, add);
    setTabOrder(add, open);
    setTabOrder(open, m_view);
    setTabOrder(m_view, m_details);
}

void MainWindow::buildMenusAndToolBar()
{
    m_actions = new JobActions(&m_root.queue(), m_model, m_proxy, m_view, m_player, &m_root.settings(), this);
    connect(m_view, &QAbstractItemView::activated, m_actions, [this] { m_actions->activate(); });

    auto *paste = new QAction(tr("&Paste Links"), this);
    paste->setShortcut(QKeySequence::Paste);
    paste->setToolTip(tr("Add every link on the clipboard"));
    connect(paste, &QAction::triggered, this, &MainWindow::pasteLinks);
    addAction(paste);  // Ctrl+V anywhere; the URL bar keeps its own paste
    auto *focusBar = new QAction(tr("Go to the Link Bar"), this);
    focusBar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusBar, &QAction::triggered, m_urlBar, [this] { m_urlBar->setFocus(); m_urlBar->selectAll(); });
    addAction(focusBar);
    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, [this] { openSettings(); });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFiles = file->addAction(tr("Open &Files…"), this, &MainWindow::chooseFiles);
    openFiles->setObjectName(QStringLiteral("openFilesAction"));
    openFiles->setShortcut(QKeySequence::Open);
    file->addAction(paste);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addActions(m_actions->contextActions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About TuneDrop"), this, [this] { AboutDialog(this).exec(); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar *tools = addToolBar(tr("Jobs"));
    tools->setObjectName(QStringLiteral("jobsToolBar"));
    new ToolBarFit(tools);  // labels beside the icons while they fit, else icons alone
    tools->addActions({m_actions->play, m_actions->retry, m_actions->cancel, m_actions->remove});
    tools->addSeparator();
    tools->addActions({m_actions->clearFinished, m_actions->pauseQueue});
    m_view->addActions(m_actions->contextActions());
    for (QAction *a : {m_actions->pin, m_actions->saveCopy})
        m_detailsPane->addButtonFor(a);
    m_tray = new TrayIcon(this, m_actions->pauseQueue, m_quitAction);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_urlBar && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        // A single-line edit would glue several pasted lines together: add them directly.
        const QString text = QApplication::clipboard()->text();
        const PastedLines::Result pasted = PastedLines::split(text);
        if (pasted.links.size() > 1 || (text.contains(QLatin1Char('\n')) && !pasted.links.isEmpty())) {
            addItems(pasted.links, pasted.skipped);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::addFromBar()
{
    const QString text = m_urlBar->text().trimmed();
    if (text.isEmpty())
        return;
    const QStringList links = LinkExtractor::fromText(text);
    if (const ClassifiedInput c = UrlClassifier::classify(text); links.isEmpty() && c.kind == ClassifiedInput::Kind::Invalid) {
        m_urlBarMark->mark(c.error);  // kept, to be corrected, and marked
        statusBar()->showMessage(tr("%1: %2").arg(text, c.error), 15000);
        return;
    }
    m_urlBarMark->clear();
    addItems(links.isEmpty() ? QStringList{text} : links);  // the queue explains what it refuses
    m_urlBar->clear();
}

void MainWindow::pasteLinks()
{
    const QStringList links = LinkExtractor::fromMimeData(QApplication::clipboard()->mimeData());
    if (links.isEmpty())
        statusBar()->showMessage(tr("The clipboard holds no link or media file."), 5000);
    else
        addItems(links);
}

void MainWindow::chooseFiles()
{
    addItems(QFileDialog::getOpenFileNames(this, tr("Choose Media Files"), QString(),
                                           tr("Media files (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus "
                                              "*.flac *.wav *.aiff *.wma *.mov *.avi);;All files (*)")));
}

void MainWindow::addItems(const QStringList &items, const QStringList &skipped)
{
    if (items.isEmpty() && skipped.isEmpty())
        return;
    QStringList refused;
    int added = 0;
    QList<QUuid> inList;   // duplicates still queued or running
    QUuid converted;       // the first one already converted
    QString convertedInput;
    QUuid lastAdded;
    const QList<AddResult> results = m_root.queue().addMany(items);
    for (int i = 0; i < results.size(); ++i) {
        const AddResult &r = results[i];
        if (!r.error.isEmpty()) {
            refused << tr("%1: %2").arg(items[i], r.error);
        } else if (r.alreadyConverted) {
            if (converted.isNull()) {
                converted = r.id;
                convertedInput = items[i];
            }
        } else if (r.duplicate) {
            inList << r.id;
        } else {
            ++added;
            lastAdded = r.id;
        }
    }
    // Show the user the row they asked for, rather than a count that hides it.
    if (!converted.isNull())
        selectJob(converted);
    else if (!inList.isEmpty())
        selectJob(inList.first());
    else if (!lastAdded.isNull())
        selectJob(lastAdded);  // new rows come into view, wherever the list is scrolled or sorted
    if (!converted.isNull()) {
        const std::optional<Job> job = m_root.queue().job(converted);
        // Named by its MP3: that is what Open It opens, and a file's title is often its path.
        m_duplicateNotice->present(converted, job ? QFileInfo(job->outputPath).fileName() : convertedInput,
                                   convertedInput);
    } else if (added > 0) {
        m_duplicateNotice->dismiss();  // about an earlier add
    }
    AddSummary summary;
    summary.added = added;
    summary.inList = int(inList.size());
    if (inList.size() == 1)
        if (const std::optional<Job> job = m_root.queue().job(inList.first()))
            summary.firstInListTitle = JobRowText::title(*job);
    summary.converted = !converted.isNull();
    summary.refused = refused;
    summary.skipped = skipped;
    statusBar()->showMessage(summary.text(), summary.timeoutMs());
}

void MainWindow::convertAgain(const QString &input)
{
    AddOptions options;
    options.convertAgain = true;
    const AddResult r = m_root.queue().add(input, options);
    if (!r.error.isEmpty()) {
        statusBar()->showMessage(tr("%1: %2").arg(input, r.error), 15000);
        return;
    }
    selectJob(r.id);
    statusBar()->showMessage(r.duplicate ? tr("Already in the list.") : tr("Converting again."), 6000);
}

void MainWindow::selectJob(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_overlay->showFor(event->mimeData()))
        event->acceptProposedAction();
    else
        event->accept();  // keep receiving moves so the explanation stays visible
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!LinkExtractor::fromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *)
{
    m_overlay->hide();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_overlay->hide();
    const QStringList items = LinkExtractor::fromMimeData(event->mimeData());
    if (items.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to add: the dropped item is not a link or a media file."), 8000);
        event->ignore();
        return;
    }
    addItems(items);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_tray->isAvailable() && m_root.settings().closeToTray()) {
        hide();
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
    emit closed();
}

void MainWindow::openSettings(const QString &page)
{
    SettingsDialog dialog(m_root.settings(), this, &m_root.cookieVault());
    dialog.showPage(page);
    connect(dialog.ytDlpPanel(), &YtDlpPanel::updateFinished, m_ytDlpNotice, &YtDlpNotice::check);
    connect(&dialog, &SettingsDialog::settingsApplied, this, &MainWindow::applySettings);
    // An import or a forget takes effect at once, before the dialog's OK.
    connect(dialog.ytDlpPanel(), &YtDlpPanel::signInChanged, this, [this] { m_root.applySettings(); });
    dialog.exec();
}

void MainWindow::applySettings()
{
    showSettings(m_root.applySettings());
}

void MainWindow::showSettings(const SettingsReport &report)
{
    const Settings &s = m_root.settings();
    showRetention();
    m_tray->setNotificationsEnabled(s.notifyOnFinish());
    m_theme->setMode(ThemeController::modeFromName(s.theme()));
    m_actions->updateEnabled();
    m_webAddresses->setAddresses(m_root.webServer() ? m_root.webAddresses() : QStringList());
    m_ytDlpNotice->check();  // at start-up too: in the background, never delays the window
    statusBar()->showMessage(report.statusLine(m_root.configs().queue.defaultOutputDir,
                                                m_root.webServer() ? m_root.webAddress() : QString()),
                             8000);
}

void MainWindow::showRetention()
{
    const int hours = m_root.effectiveRetentionHours();
    m_model->setRetentionHours(hours);
    m_retentionLabel->setRetention(hours, m_root.retentionOverridden());
    m_view->setEmptyHint(tr("Paste or drop a link here\n\nYouTube, any site yt-dlp knows, a direct media link or a local file")
                         + QStringLiteral("\n\n") + RetentionLabel::emptyStateText(hours));
    m_retentionNotice->refresh();
}

void MainWindow::updateStatus()
{
    const JobListModel::Totals t = m_model->totals();
    const QString cancelled = t.cancelled > 0 ? QStringLiteral(" · ") + tr("%1 cancelled").arg(t.cancelled) : QString();
    m_totals->setText(tr("%1 queued · %2 running · %3 done · %4 failed").arg(t.queued).arg(t.running).arg(t.done).arg(t.failed) + cancelled);
    const bool busy = t.overallProgress >= 0 && (t.running > 0 || t.queued > 0);
    m_overall->setVisible(busy);
    m_overall->setValue(busy ? int(t.overallProgress * 1000) : 0);
    setWindowTitle(busy ? tr("%1 % — TuneDrop").arg(int(t.overallProgress * 100)) : tr("TuneDrop"));
}

void MainWindow::updateDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    m_detailsPane->showJob(index.isValid() ? m_model->jobAt(index.row()) : nullptr);
}

void MainWindow::restoreLayout()
{
    const auto ini = m_root.profile().openSettings();
    restoreGeometry(ini->value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(ini->value(QStringLiteral("ui/windowState")).toByteArray());
    m_columns->load(*ini);
}

void MainWindow::saveLayout()
{
    const auto ini = m_root.profile().openSettings();
    ini->setValue(QStringLiteral("ui/geometry"), saveGeometry());
    ini->setValue(QStringLiteral("ui/windowState"), saveState());
    m_columns->save(*ini);
}

}  // namespace tunedrop
