#include "AddSummary.h"

namespace tunedrop {

QString AddSummary::text() const
{
    QStringList parts;
    if (added > 0)
        parts << QCoreApplication::translate("tunedrop::MainWindow", "Added %n item(s).", nullptr, added);
    if (inList == 1)
        parts << QCoreApplication::translate("tunedrop::MainWindow", "Already in the list: “%1”.").arg(firstInListTitle);
    else if (inList > 1)
        parts << QCoreApplication::translate("tunedrop::MainWindow", "%n item(s) already in the list.", nullptr, inList);
    if (converted)
        parts << QCoreApplication::translate("tunedrop::MainWindow", "Already converted.");
    parts << refused;
    if (!skipped.isEmpty())
        parts << QCoreApplication::translate("tunedrop::MainWindow", "%n line(s) skipped: not links TuneDrop can download (“%1”).", nullptr, int(skipped.size()))
                     .arg(skipped.first());
    return parts.join(QStringLiteral("  ·  "));
}

}  // namespace tunedrop
