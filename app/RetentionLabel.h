#pragma once

#include <QLabel>

namespace tunedrop {

// The status bar's word on the retention purge: "MP3s are deleted 8 h after conversion" or
// "MP3s are kept", marked when --retention-hours decides for this run. The empty job list
// says the same in a sentence (emptyStateText).
class RetentionLabel : public QLabel {
    Q_OBJECT
public:
    explicit RetentionLabel(QWidget *parent = nullptr);

    void setRetention(int hours, bool fromCommandLine);  // hours: 0 = kept forever
    static QString emptyStateText(int hours);
};

}  // namespace tunedrop
