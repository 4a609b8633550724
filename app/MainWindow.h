#pragma once

#include "queue/Job.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTextBrowser;

namespace tunedrop {

class DropOverlay;
class DuplicateNotice;
class CompositionRoot;
struct SettingsReport;
class JobActions;
class JobDetailsPane;
class JobListModel;
class JobColumnLayout;
class JobListView;
class LinkBarMark;
class ThemeController;
class PlayerBar;
class RetentionLabel;
class RetentionNotice;
class TrayIcon;
class WebAddressPanel;
class YtDlpNotice;

// The window: a URL bar (Enter adds; pasting several links adds each), drag and drop anywhere,
// the job list with its actions, a details pane, the player and a status bar with totals.
// It only observes the queue and sends it commands; all work happens off the main thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(CompositionRoot &root, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds links/files and shows the new (or already listed) row; refused ones and `skipped`
    // lines of a paste are explained in the status bar.
    void addItems(const QStringList &items, const QStringList &skipped = {});
    // Another start handed us links: show the window on top.
    void bringToFront();
    // Quit for real (menu, SIGTERM), even with close-to-tray on.
    void quit();
    // Re-reads the settings and applies what can change live (queue, retention, web server).
    void applySettings();

    // For tests and screenshots.
    JobListView *jobView() const { return m_view; }
    JobListModel *jobModel() const { return m_model; }
    JobActions *actions() const { return m_actions; }
    PlayerBar *playerBar() const { return m_player; }
    QLineEdit *urlBar() const { return m_urlBar; }
    LinkBarMark *urlBarMark() const { return m_urlBarMark; }
    DropOverlay *dropOverlay() const { return m_overlay; }
    YtDlpNotice *ytDlpNotice() const { return m_ytDlpNotice; }
    DuplicateNotice *duplicateNotice() const { return m_duplicateNotice; }
    RetentionNotice *retentionNotice() const { return m_retentionNotice; }
    RetentionLabel *retentionLabel() const { return m_retentionLabel; }
    JobDetailsPane *detailsPane() const { return m_detailsPane; }
    // Makes the job's row the current, selected one and scrolls to it.
    void selectJob(const QUuid &id);

signals:
    // The window really closed (not hidden to the tray): the application should end.
    void closed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void buildMenusAndToolBar();
    void addFromBar();
    void convertAgain(const QString &input);
    void pasteLinks();
    void chooseFiles();
    void openSettings(const QString &page = QString());  // page: a tab's object name
    void updateStatus();
    // Shows the settings the root applied: the window's own (tray, theme), the retention, the
    // web address, and in the status bar what changed and how it applies.
    void showSettings(const SettingsReport &report);
    void showRetention();  // the Expires column, the status bar and the empty list
    void updateDetails();
    void restoreLayout();
    void saveLayout();

    CompositionRoot &m_root;
    JobListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    JobListView *m_view = nullptr;
    JobColumnLayout *m_columns = nullptr;
    ThemeController *m_theme = nullptr;
    JobActions *m_actions = nullptr;
    PlayerBar *m_player = nullptr;
    TrayIcon *m_tray = nullptr;
    DropOverlay *m_overlay = nullptr;
    YtDlpNotice *m_ytDlpNotice = nullptr;
    DuplicateNotice *m_duplicateNotice = nullptr;
    RetentionNotice *m_retentionNotice = nullptr;
    RetentionLabel *m_retentionLabel = nullptr;
    QLineEdit *m_urlBar = nullptr;
    LinkBarMark *m_urlBarMark = nullptr;
    QTextBrowser *m_details = nullptr;
    JobDetailsPane *m_detailsPane = nullptr;
    QLabel *m_totals = nullptr;
    WebAddressPanel *m_webAddresses = nullptr;  // the status bar's address, Copy and QR code
    QProgressBar *m_overall = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_quitting = false;
};

}  // namespace tunedrop
