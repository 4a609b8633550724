#pragma once

#include <QDialog>

namespace tunedrop {

// Help ▸ About TuneDrop: the version, what TuneDrop is, and every component it uses with the
// version running, its licence and where it comes from (Qt, FFmpeg, LAME, TagLib, QtKeychain
// linked; yt-dlp run as a separate program). "About Qt" shows Qt's own licence text.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The components table as HTML (tests read it; the dialog shows it).
    static QString componentsHtml();
};

}  // namespace tunedrop
