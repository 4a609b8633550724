#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>
#include <QStringList>

namespace tunedrop {

// The addresses a phone or another computer types to reach the web server. "0.0.0.0" is where
// the server listens, not an address anyone can open: listening on every address, the useful
// ones are the LAN addresses of the interfaces that are up - IPv4 first (what phones and home
// routers use), then global and unique-local IPv6. Loopback, link-local (169.254/16, fe80::/10)
// and the bridges of containers and virtual machines (docker0, br-*, veth*, virbr*, ...) are
// left out: no other device reaches them. A specific listen address is shown as it is.
class WebAddresses {
public:
    // What selection needs of one network interface; tests build these by hand.
    struct Interface {
        QString name;
        QNetworkInterface::InterfaceType type = QNetworkInterface::Unknown;
        bool up = false;
        bool running = false;
        bool loopback = false;
        QList<QHostAddress> addresses;
    };

    static QList<Interface> systemInterfaces();
    // "http://host:port/" for every address to show, best first. Listening on every address
    // with no LAN address at all (no network), the loopback URL is the one that works.
    static QStringList urls(const QHostAddress &listen, quint16 port, const QList<Interface> &interfaces);
    // One URL, with an IPv6 literal in brackets ("http://[2001:db8::1]:8080/").
    static QString url(const QHostAddress &host, quint16 port);
    // Bridges of Docker, libvirt, LXC/LXD, VirtualBox, VMware, Podman, Kubernetes CNIs.
    static bool isVirtualBridge(const QString &interfaceName);
};

}  // namespace tunedrop
