#include "RetentionLabel.h"

namespace tunedrop {

RetentionLabel::RetentionLabel(QWidget *parent) : ElidedLabel(QWIDGETSIZE_MAX, parent)
{
    setObjectName(QStringLiteral("retentionLabel"));
    setContentsMargins(12, 0, 0, 0);  // apart from a long temporary message clipped on its left
}

void RetentionLabel::setRetention(int hours, bool fromCommandLine)
{
    const QString text = hours > 0 ? tr("MP3s are deleted %n h after conversion", nullptr, hours) : tr("MP3s are kept");
    const QString shown = fromCommandLine ? tr("%1 (command line)").arg(text) : text;
    setFullText(shown);
    setToolTip(shown + QLatin1Char('\n')
               + (fromCommandLine ? tr("Set for this run by --retention-hours")
                                  : tr("Change this in Settings ▸ Queue; Keep Forever keeps a single MP3")));
    setAccessibleName(text);
}

QString RetentionLabel::emptyStateText(int hours)
{
    return hours > 0 ? tr("Finished MP3s are deleted %n hour(s) after conversion, unless you keep them.", nullptr, hours)
                     : tr("Finished MP3s are kept until you delete them.");
}

}  // namespace tunedrop
