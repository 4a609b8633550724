#include "MainWindow.h"

#include "queue/JobQueue.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tunedrop {

namespace {
enum Column { TitleColumn, StateColumn, ProgressColumn, OutputColumn };
QString stateText(JobState state);
}

MainWindow::MainWindow(JobQueue *queue, const QString &outputDir, QWidget *parent)
    : QMainWindow(parent), m_queue(queue)
{
    setWindowTitle(tr("TuneDrop"));
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;
    m_urlBar = new QLineEdit(central);
    m_urlBar->setPlaceholderText(tr("Paste or drop a link or a media file here"));
    m_urlBar->setClearButtonEnabled(true);
    auto *add = new QPushButton(tr("&Add"), central);
    add->setDefault(true);
    auto *open = new QPushButton(tr("&Open files…"), central);
    bar->addWidget(m_urlBar, 1);
    bar->addWidget(add);
    bar->addWidget(open);
    layout->addLayout(bar);

    m_list = new QTreeWidget(central);
    m_list->setHeaderLabels({tr("Title"), tr("State"), tr("Progress"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("MP3s are saved to %1").arg(outputDir));

    connect(m_urlBar, &QLineEdit::returnPressed, this, &MainWindow::addFromBar);
    connect(add, &QPushButton::clicked, this, &MainWindow::addFromBar);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseFiles);
    connect(m_queue, &JobQueue::jobAdded, this, &MainWindow::showJob);
    connect(m_queue, &JobQueue::jobChanged, this, &MainWindow::showJob);
    connect(m_queue, &JobQueue::jobRemoved, this, &MainWindow::forgetJob);
    for (const Job &job : m_queue->jobs())
        showJob(job);
    resize(860, 480);
}

namespace {
// Pasted text: a line naming an existing file is one item (paths may hold spaces);
// any other line may hold several links separated by spaces.
QStringList itemsFromText(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]+"));
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    QStringList items;
    for (const QString &raw : text.split(lineBreak, Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (QFileInfo::exists(line))
            items << line;
        else
            items << line.split(ws, Qt::SkipEmptyParts);
    }
    return items;
}
}  // namespace

void MainWindow::addFromBar()
{
    addItems(itemsFromText(m_urlBar->text()));
    m_urlBar->clear();
}

void MainWindow::chooseFiles()
{
    addItems(QFileDialog::getOpenFileNames(this, tr("Choose media files")));
}

void MainWindow::addItems(const QStringList &items)
{
    QStringList refused;
    for (const QString &input : items)
        if (const AddResult r = m_queue->add(input); !r.error.isEmpty())
            refused << QStringLiteral("%1: %2").arg(input, r.error);
    if (!refused.isEmpty())
        statusBar()->showMessage(refused.join(QLatin1Char('\n')), 10000);
}

namespace {
QString stateText(JobState state)
{
    switch (state) {
    case JobState::Queued: return MainWindow::tr("Queued");
    case JobState::Resolving: return MainWindow::tr("Resolving");
    case JobState::Downloading: return MainWindow::tr("Downloading");
    case JobState::Converting: return MainWindow::tr("Converting");
    case JobState::Done: return MainWindow::tr("Done");
    case JobState::Failed: return MainWindow::tr("Failed");
    case JobState::Cancelled: return MainWindow::tr("Cancelled");
    case JobState::Expired: return MainWindow::tr("Expired");
    }
    return {};
}
}  // namespace

void MainWindow::showJob(const Job &job)
{
    QTreeWidgetItem *item = m_items.value(job.id);
    if (!item) {
        item = new QTreeWidgetItem(m_list);
        auto *bar = new QProgressBar(m_list);
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
        m_list->setItemWidget(item, ProgressColumn, bar);
        m_items.insert(job.id, item);
    }
    item->setText(TitleColumn, job.displayTitle());
    item->setText(StateColumn, stateText(job.state));
    if (auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn)))
        bar->setValue(int(job.progress * 1000));
    const bool failed = job.state == JobState::Failed || job.state == JobState::Cancelled;
    item->setText(OutputColumn, failed ? job.errorMessage : job.outputPath);
    item->setToolTip(OutputColumn, failed ? job.errorMessage : job.warning);
}

void MainWindow::forgetJob(const QUuid &id)
{
    delete m_items.take(id);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList items;
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls())
            items << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    } else {
        items = itemsFromText(mime->text());
    }
    addItems(items);
    event->acceptProposedAction();
}

}  // namespace tunedrop
