#pragma once

#include <QFrame>
#include <QUuid>

class QLabel;
class QPushButton;

namespace tunedrop {

// A bar above the job list when something added was converted before and its MP3 still fits
// (same input, settings and folder, file untouched): "“song.mp3” is already converted" with Open
// and Convert Again. Non-modal, so adding goes on meanwhile; the window selects that job's row.
// Adding something new, or either button, takes it away.
class DuplicateNotice : public QFrame {
    Q_OBJECT
public:
    explicit DuplicateNotice(QWidget *parent = nullptr);

    void present(const QUuid &jobId, const QString &name, const QString &input);  // name: the MP3's
    void dismiss();
    QUuid jobId() const { return m_jobId; }
    QString input() const { return m_input; }
    QString message() const;

signals:
    void openRequested(const QUuid &jobId);
    void convertAgainRequested(const QString &input);

private:
    QUuid m_jobId;
    QString m_input;
    QLabel *m_text;
    QPushButton *m_open, *m_again, *m_close;
};

}  // namespace tunedrop
