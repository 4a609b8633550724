#pragma once

#include <QObject>
#include <QString>

class QAction;
class QLineEdit;

namespace tunedrop {

// Marks the link bar when what was typed there cannot be added: the text stays (so it can be
// corrected), a warning-coloured frame and icon appear, and the reason is its tooltip and
// accessible description. Editing the text takes the mark away.
class LinkBarMark : public QObject {
    Q_OBJECT
public:
    explicit LinkBarMark(QLineEdit *bar);

    void mark(const QString &reason);
    void clear();
    bool isMarked() const { return !m_reason.isEmpty(); }
    QString reason() const { return m_reason; }

private:
    QLineEdit *m_bar;
    QAction *m_icon = nullptr;
    QString m_reason;
    QString m_toolTip;  // the bar's own, put back by clear()
};

}  // namespace tunedrop
