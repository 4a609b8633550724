#include "WebAddressPanel.h"

#include "ElidedLabel.h"

#include "QrCodeImage.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace tunedrop {

namespace {
constexpr int kFullScale = 4;   // px per module in the dialog: ~150 px for a LAN address
constexpr int kPopupScale = 6;  // larger in the pop-up, for a camera across a desk
}  // namespace

WebAddressPanel::WebAddressPanel(Style style, QWidget *parent) : QWidget(parent), m_style(style)
{
    // In the status bar the address gives way (elided, whole in its tooltip) before the job
    // totals beside it do: a narrow window, long German labels.
    m_list = style == Style::Full ? new QLabel : new ElidedLabel(QWIDGETSIZE_MAX, nullptr);
    m_list->setObjectName(QStringLiteral("webAddressList"));
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_qr = new QLabel;
    m_qr->setObjectName(QStringLiteral("webQrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    if (style == Style::Full) {
        auto *copy = new QPushButton;
        m_copy = copy;
        auto *text = new QVBoxLayout;
        text->setContentsMargins(0, 0, 0, 0);
        text->addWidget(m_list);
        text->addWidget(copy, 0, Qt::AlignLeft);
        text->addStretch(1);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
        row->addLayout(text, 1);
        row->addWidget(m_qr, 0, Qt::AlignTop);
    } else {
        auto *copy = new QToolButton;
        copy->setAutoRaise(true);
        m_copy = copy;
        // The code in a pop-up under a button: a status bar is one line high.
        m_showQr = new QToolButton;
        m_showQr->setObjectName(QStringLiteral("showWebQrCode"));
        m_showQr->setAutoRaise(true);
        m_showQr->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(m_showQr);
        auto *holder = new QWidgetAction(menu);
        auto *popup = new QWidget;
        auto *stack = new QVBoxLayout(popup);
        stack->setContentsMargins(8, 8, 8, 8);
        m_popupText = new QLabel;
        m_popupText->setAlignment(Qt::AlignCenter);
        m_popupText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        stack->addWidget(m_qr);
        stack->addWidget(m_popupText);
        holder->setDefaultWidget(popup);
        menu->addAction(holder);
        m_showQr->setMenu(menu);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 12, 0);  // apart from the job totals beside it
        row->setSpacing(2);
        row->addWidget(m_list);
        row->addWidget(m_copy);
        row->addWidget(m_showQr);
        setVisible(false);
    }
    m_copy->setObjectName(QStringLiteral("copyWebAddress"));
    connect(m_copy, &QAbstractButton::clicked, this, &WebAddressPanel::copyAddress);
    retranslate();
}

void WebAddressPanel::setAddresses(const QStringList &urls)
{
    m_urls = urls;
    const QImage code = QrCodeImage::render(primaryAddress(), m_style == Style::Full ? kFullScale : kPopupScale);
    m_qr->setPixmap(code.isNull() ? QPixmap() : QPixmap::fromImage(code));
    m_qr->setToolTip(primaryAddress());
    m_copy->setEnabled(!m_urls.isEmpty());
    retranslate();
    if (m_style == Style::Compact)
        setVisible(!m_urls.isEmpty());
}

void WebAddressPanel::copyAddress() const
{
    if (!m_urls.isEmpty())
        QApplication::clipboard()->setText(primaryAddress());
}

void WebAddressPanel::retranslate()
{
    m_copy->setText(tr("&Copy address"));
    m_copy->setAccessibleName(tr("Copy address"));
    m_qr->setAccessibleName(tr("QR code of %1").arg(primaryAddress()));
    if (m_style == Style::Full) {
        m_list->setText(m_urls.join(QLatin1Char('\n')));
        m_list->setAccessibleName(tr("Web page addresses"));
        return;
    }
    m_copy->setText(tr("Copy address"));
    m_showQr->setText(tr("QR code"));
    m_showQr->setToolTip(tr("Show a QR code of %1 to open the web page from a phone").arg(primaryAddress()));
    static_cast<ElidedLabel *>(m_list)->setFullText(tr("Web page: %1").arg(primaryAddress()));
    m_popupText->setText(m_urls.join(QLatin1Char('\n')));
    m_list->setToolTip(m_urls.join(QLatin1Char('\n')));
    m_list->setAccessibleName(tr("Web page address"));
}

}  // namespace tunedrop
