#pragma once

#include "CommandLine.h"
#include "settings/Profile.h"
#include "transcode/TranscodeResult.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>
#include <vector>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace tunedrop {

class Transcoder;

// First window: add links or files (typing, pasting, dropping), watch each conversion.
// The full job list, player and settings arrive with the desktop GUI issue.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Profile &profile, const CommandLineOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addItems(const QStringList &items);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addFromBar();
    void chooseFiles();
    void onProgress(QTreeWidgetItem *item, double fraction);
    void onDone(QTreeWidgetItem *item, const TranscodeResult &result);

    CommandLineOptions m_options;
    QString m_outputDir;
    QLineEdit *m_urlBar = nullptr;
    QTreeWidget *m_list = nullptr;
    QThreadPool m_pool;
    std::vector<std::shared_ptr<Transcoder>> m_transcoders;
};

}  // namespace tunedrop
