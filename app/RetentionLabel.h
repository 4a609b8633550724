#pragma once

#include "ElidedLabel.h"

namespace tunedrop {

// The status bar's word on the retention purge: "MP3s are deleted 8 h after conversion" or
// "MP3s are kept", marked when --retention-hours decides for this run. The empty job list
// says the same in a sentence (emptyStateText). In a narrow status bar it is the first to give
// way (elided, whole in its tooltip), so the job totals are never cut.
class RetentionLabel : public ElidedLabel {
    Q_OBJECT
public:
    explicit RetentionLabel(QWidget *parent = nullptr);

    void setRetention(int hours, bool fromCommandLine);  // hours: 0 = kept forever
    static QString emptyStateText(int hours);
};

}  // namespace tunedrop
