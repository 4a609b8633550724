#include "MainWindow.h"

#include "transcode/Transcoder.h"

#include <QCloseEvent>
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
}

MainWindow::MainWindow(const Profile &profile, const CommandLineOptions &options, QWidget *parent)
    : QMainWindow(parent), m_options(options)
{
    m_outputDir = options.outputDir.isEmpty() ? profile.outputDir() : options.outputDir;
    m_pool.setMaxThreadCount(options.workers > 0 ? options.workers : std::max(1, QThread::idealThreadCount()));
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
    statusBar()->showMessage(tr("MP3s are saved to %1 (%2)").arg(m_outputDir, options.encoder.describe()));

    connect(m_urlBar, &QLineEdit::returnPressed, this, &MainWindow::addFromBar);
    connect(add, &QPushButton::clicked, this, &MainWindow::addFromBar);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseFiles);
    resize(860, 480);
    addItems(options.items);
}

MainWindow::~MainWindow()
{
    for (const auto &t : m_transcoders)
        t->cancel();
    m_pool.waitForDone();
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
    for (const QString &input : items) {
        auto *item = new QTreeWidgetItem(m_list, {input, tr("Queued"), QString(), QString()});
        auto *bar = new QProgressBar(m_list);
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
        m_list->setItemWidget(item, ProgressColumn, bar);

        TranscodeRequest request;
        request.input = input;
        request.outputDir = m_outputDir;
        request.encoder = m_options.encoder;
        auto transcoder = std::make_shared<Transcoder>(request);
        m_transcoders.push_back(transcoder);
        QPointer<MainWindow> self(this);
        m_pool.start([self, item, transcoder] {
            auto progress = [self, item](double f) {
                QMetaObject::invokeMethod(self, [self, item, f] { if (self) self->onProgress(item, f); });
            };
            const TranscodeResult result = transcoder->run(progress);
            QMetaObject::invokeMethod(self, [self, item, result] { if (self) self->onDone(item, result); });
        });
    }
}

void MainWindow::onProgress(QTreeWidgetItem *item, double fraction)
{
    item->setText(StateColumn, tr("Converting"));
    if (auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn)))
        bar->setValue(int(fraction * 1000));
}

void MainWindow::onDone(QTreeWidgetItem *item, const TranscodeResult &result)
{
    onProgress(item, result.ok() ? 1.0 : 0.0);
    if (result.ok()) {
        item->setText(TitleColumn, result.metadata.title.isEmpty() ? item->text(TitleColumn) : result.metadata.title);
        item->setText(StateColumn, tr("Done"));
        item->setText(OutputColumn, result.outputPath);
        item->setToolTip(StateColumn, result.warnings.join(QLatin1Char('\n')));
    } else {
        item->setText(StateColumn, tr("Failed"));
        item->setText(OutputColumn, result.error.message);
        item->setToolTip(OutputColumn, result.error.message);
    }
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (const auto &t : m_transcoders)
        t->cancel();
    event->accept();
}

}  // namespace tunedrop
