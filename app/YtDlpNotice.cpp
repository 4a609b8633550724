#include "YtDlpNotice.h"

#include "ServiceConfigs.h"
#include "BackgroundTasks.h"
#include "settings/Settings.h"
#include "source/YtDlpUpdater.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace tunedrop {

YtDlpNotice::YtDlpNotice(Settings &settings, QWidget *parent)
    : QFrame(parent), m_settings(settings), m_tasks(std::make_unique<BackgroundTasks>(this))
{
    setObjectName(QStringLiteral("ytDlpNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xec, 0xb3) : QColor(0x4a, 0x3b, 0x12));
    setPalette(p);

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("ytDlpNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("yt-dlp notice"));
    m_update = new QPushButton(tr("Update yt-dlp"));
    m_update->setObjectName(QStringLiteral("ytDlpNoticeUpdate"));
    m_settingsButton = new QPushButton(tr("Settings…"));
    m_settingsButton->setObjectName(QStringLiteral("ytDlpNoticeSettings"));
    m_close = new QPushButton;
    m_close->setObjectName(QStringLiteral("ytDlpNoticeClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setAccessibleName(tr("Close this notice"));
    m_close->setToolTip(tr("Close this notice"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_update);
    row->addWidget(m_settingsButton);
    row->addWidget(m_close);
    setAccessibleName(tr("yt-dlp notice"));
    hide();

    connect(m_update, &QPushButton::clicked, this, &YtDlpNotice::update);
    connect(m_settingsButton, &QPushButton::clicked, this, &YtDlpNotice::settingsRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
}

YtDlpNotice::~YtDlpNotice()
{
    m_tasks.reset();  // an update in flight stops and installs nothing; nobody waits for it
}

bool YtDlpNotice::isBusy() const { return m_tasks->running() > 0; }

QString YtDlpNotice::message() const { return m_text->text(); }

void YtDlpNotice::check()
{
    auto status = std::make_shared<YtDlpStatus>();
    const QString configured = m_settings.ytDlpPath(), managed = managedYtDlpPath(m_settings);
    const QDate today = m_today();
    m_tasks->run([status, configured, managed, today] { *status = YtDlpStatus::probe(configured, managed, today); },
                 [this, status] {
                     present(*status);
                     emit checked();
                 });
}

void YtDlpNotice::present(const YtDlpStatus &status)
{
    QString text;
    if (!status.installation.isFound())
        text = tr("yt-dlp is not installed, so links to YouTube and other video sites cannot be converted.");
    else if (status.stale)
        text = status.ageWarning();
    else if (ytDlpSupportsJsRuntimes(status.installation.version) && !status.jsRuntime.found())
        text = JsRuntimeSearch::missingHint();
    m_text->setText(text);
    // The update cannot help a missing runtime or a yt-dlp the user chose; Settings shows those.
    m_update->setVisible(!text.isEmpty() && status.choice.origin != YtDlpChoice::Origin::Configured
                         && (!status.installation.isFound() || status.stale));
    m_update->setEnabled(true);
    setVisible(!text.isEmpty() && !m_dismissed);
}

void YtDlpNotice::update()
{
    m_update->setEnabled(false);
    m_text->setText(tr("Downloading the latest yt-dlp…"));
    auto result = std::make_shared<YtDlpUpdater::Result>();
    const QString dir = QFileInfo(managedYtDlpPath(m_settings)).absolutePath();
    const QString base = m_settings.ytDlpReleaseUrl();
    m_tasks->run([result, dir, base, cancel = m_tasks->cancelFlag()] { *result = YtDlpUpdater(dir, base).update(*cancel); },
                 [this, result] {
                     emit updateFinished(result->ok, result->message);
                     if (!result->ok) {
                         m_text->setText(result->message);
                         m_update->setEnabled(true);
                         return;
                     }
                     check();  // hides the bar when the new copy is in use and recent
                 });
}

}  // namespace tunedrop
