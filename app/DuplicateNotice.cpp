#include "DuplicateNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace tunedrop {

DuplicateNotice::DuplicateNotice(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("duplicateNotice"));
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("duplicateNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);  // titles come from the web
    m_open = new QPushButton(tr("&Open It"));
    m_open->setObjectName(QStringLiteral("duplicateNoticeOpen"));
    m_open->setToolTip(tr("Open the MP3 made earlier"));
    m_again = new QPushButton(tr("Convert A&gain"));
    m_again->setObjectName(QStringLiteral("duplicateNoticeConvertAgain"));
    m_again->setToolTip(tr("Convert it again into a new MP3"));
    m_close = new QPushButton;
    m_close->setObjectName(QStringLiteral("duplicateNoticeClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setAccessibleName(tr("Close this notice"));
    m_close->setToolTip(tr("Close this notice"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_open);
    row->addWidget(m_again);
    row->addWidget(m_close);
    setAccessibleName(tr("Already converted"));
    hide();

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QUuid id = m_jobId;
        dismiss();
        emit openRequested(id);
    });
    connect(m_again, &QPushButton::clicked, this, [this] {
        const QString input = m_input;
        dismiss();
        emit convertAgainRequested(input);
    });
    connect(m_close, &QPushButton::clicked, this, &DuplicateNotice::dismiss);
}

void DuplicateNotice::present(const QUuid &jobId, const QString &name, const QString &input)
{
    m_jobId = jobId;
    m_input = input;
    m_text->setText(tr("“%1” is already converted. Open it, or convert it again?").arg(name));
    show();
}

void DuplicateNotice::dismiss()
{
    m_jobId = QUuid();
    m_input.clear();
    hide();
}

QString DuplicateNotice::message() const
{
    return isVisible() || !m_jobId.isNull() ? m_text->text() : QString();
}

}  // namespace tunedrop
