#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QAbstractButton;
class QToolButton;

namespace tunedrop {

// Where a phone opens the web page: the address(es), a Copy address button and a QR code of
// the first address. Full (Settings ▸ Web server): the list, the button and the code side by
// side. Compact (the status bar): the first address, Copy, and the code in a pop-up; hidden
// while there is no address (the web server is off).
class WebAddressPanel : public QWidget {
    Q_OBJECT
public:
    enum class Style { Full, Compact };
    explicit WebAddressPanel(Style style, QWidget *parent = nullptr);

    void setAddresses(const QStringList &urls);  // best first (WebAddresses::urls)
    QStringList addresses() const { return m_urls; }
    QString primaryAddress() const { return m_urls.value(0); }

public slots:
    void copyAddress() const;  // the first address onto the clipboard

private:
    Style m_style;
    QStringList m_urls;
    QLabel *m_list = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_popupText = nullptr;  // compact: the addresses under the code
    QAbstractButton *m_copy = nullptr;
    QToolButton *m_showQr = nullptr;

    void retranslate();
};

}  // namespace tunedrop
