#include "RetentionNotice.h"

#include "settings/Settings.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tunedrop {

RetentionNotice::RetentionNotice(Settings &settings, QWidget *parent) : QFrame(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("retentionNotice"));
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("retentionNoticeText"));
    m_text->setWordWrap(true);
    m_delete = new QRadioButton;
    m_delete->setObjectName(QStringLiteral("retentionNoticeDelete"));
    m_delete->setChecked(true);
    m_keep = new QRadioButton(tr("Keep them"));
    m_keep->setObjectName(QStringLiteral("retentionNoticeKeep"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_delete);
    group->addButton(m_keep);
    m_ok = new QPushButton(tr("OK"));
    m_ok->setObjectName(QStringLiteral("retentionNoticeOk"));
    m_ok->setToolTip(tr("Remember this choice (Settings ▸ Queue changes it later)"));

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_delete);
    choices->addSpacing(12);
    choices->addWidget(m_keep);
    choices->addStretch(1);
    choices->addWidget(m_ok);
    auto *column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addLayout(choices);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(column, 1);
    setAccessibleName(tr("What happens to finished MP3s"));
    hide();

    connect(m_ok, &QPushButton::clicked, this, &RetentionNotice::confirm);
}

void RetentionNotice::askIfNeeded(bool retentionOverridden)
{
    if (retentionOverridden || m_settings.retentionChoiceMade() || m_settings.retentionHours() == 0)
        return;
    refresh();
    show();
}

void RetentionNotice::refresh()
{
    const int hours = m_settings.retentionHours();
    if (isVisible() && hours == 0) {  // "Keep forever" in Settings answers the question too
        m_settings.setRetentionChoiceMade(true);
        m_settings.sync();
        hide();
        return;
    }
    m_text->setText(tr("TuneDrop deletes the MP3s it makes %n hour(s) after conversion, so that the folder "
                       "does not fill up. Keep Forever or Save a Copy keeps a single one. What should happen "
                       "to your MP3s?", nullptr, hours));
    m_delete->setText(tr("Delete MP3s %n hour(s) after conversion", nullptr, hours));
}

QString RetentionNotice::message() const
{
    return isVisible() ? m_text->text() : QString();
}

void RetentionNotice::confirm()
{
    if (m_keep->isChecked())
        m_settings.setRetentionHours(0);
    m_settings.setRetentionChoiceMade(true);
    m_settings.sync();
    hide();
    emit chosen();
}

}  // namespace tunedrop
