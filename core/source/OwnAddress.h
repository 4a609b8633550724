#pragma once

#include <QHostAddress>

namespace tunedrop {

// Whether an address leads back into this machine: loopback, link-local or "any". Used to keep
// links from the web away from the machine's own services, both for literal addresses at
// submission (WebServer) and for resolved host names when the job runs (JobRunner).
inline bool isOwnMachineAddress(const QHostAddress &a)
{
    return a.isLoopback() || a.isLinkLocal() || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6
        || a == QHostAddress::Any;
}

}  // namespace tunedrop
