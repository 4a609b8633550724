#pragma once

#include <QWidget>

class QMimeData;

namespace tunedrop {

// A translucent highlight over the whole window while something is dragged over it, saying
// what will happen on drop (or why it cannot be used).
class DropOverlay : public QWidget {
    Q_OBJECT
public:
    explicit DropOverlay(QWidget *parent);

    void showMessage(const QString &message, bool usable);
    // Says what dropping this would do ("Drop to add 3 items") or why it cannot; true when usable.
    bool showFor(const QMimeData *mime);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_message;
    bool m_usable = true;
};

}  // namespace tunedrop
