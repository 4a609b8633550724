#include "AboutDialog.h"

#include "Version.h"
#include "transcode/LibraryVersions.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tunedrop {

namespace {

struct Licence {
    const char *name;
    const char *licence;  // SPDX expression
    const char *origin;   // QT_TRANSLATE_NOOP'd in context "tunedrop::AboutDialog"
};

// Where each component comes from in the Linux build (the Windows and macOS packages bundle the
// same libraries: see installer/README.md).
const Licence kLicences[] = {
    {"Qt", "LGPL-3.0-only", QT_TRANSLATE_NOOP("tunedrop::AboutDialog", "The Qt Company and contributors (qt.io); your system's Qt libraries.")},
    {"FFmpeg", "LGPL-2.1-or-later (GPL-2.0-or-later as Debian builds it)",
     QT_TRANSLATE_NOOP("tunedrop::AboutDialog", "The FFmpeg developers (ffmpeg.org); your system's libavformat, libavcodec and libswresample.")},
    {"LAME", "LGPL-2.0-or-later", QT_TRANSLATE_NOOP("tunedrop::AboutDialog", "The LAME project (lame.sourceforge.io); your system's libmp3lame.")},
    {"TagLib", "LGPL-2.1-only OR MPL-1.1", QT_TRANSLATE_NOOP("tunedrop::AboutDialog", "The TagLib authors (taglib.org); your system's libtag.")},
    {"QtKeychain", "BSD-3-Clause", QT_TRANSLATE_NOOP("tunedrop::AboutDialog", "Frank Osterfeld and contributors; your system's libqt6keychain.")},
};

QString escaped(const QString &s) { return s.toHtmlEscaped(); }

}  // namespace

QString AboutDialog::componentsHtml()
{
    QString rows;
    const auto row = [&rows](const QString &name, const QString &version, const QString &licence, const QString &origin) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(escaped(name), escaped(version), escaped(licence), escaped(origin));
    };
    row(QStringLiteral("TuneDrop"), QString::fromLatin1(kVersion), QStringLiteral("GPL-3.0-or-later"),
        tr("This program."));
    for (const auto &[name, version] : componentVersions()) {
        for (const Licence &l : kLicences)
            if (name == QLatin1String(l.name))
                row(name, version, QString::fromLatin1(l.licence), tr(l.origin));
    }
    row(QStringLiteral("yt-dlp"), tr("see Settings ▸ Tools"), QStringLiteral("Unlicense"),
        tr("Run as a separate program, not linked: the copy TuneDrop keeps up to date from "
           "github.com/yt-dlp/yt-dlp/releases, or your system's."));
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">%1</th>"
                          "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>%5</table>")
        .arg(tr("Component"), tr("Version"), tr("Licence"), tr("Where it comes from"), rows);
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About TuneDrop"));
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tunedrop.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(QStringLiteral("<h2>TuneDrop %1</h2>").arg(QString::fromLatin1(kVersion)));
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *summary = new QLabel(tr("Paste or drop a video link, a media URL or a file: TuneDrop downloads it and "
                                  "saves its sound as a tagged MP3."));
    summary->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    auto *components = new QTextBrowser;
    components->setObjectName(QStringLiteral("aboutComponents"));
    components->setAccessibleName(tr("Components and licences"));
    components->setHtml(componentsHtml());
    components->setMinimumSize(680, 360);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(components, 1);
    layout->addWidget(buttons);
}

}  // namespace tunedrop
