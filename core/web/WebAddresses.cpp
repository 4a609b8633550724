#include "WebAddresses.h"

#include <QUrl>

#include <algorithm>

namespace tunedrop {

namespace {

bool usableIPv4(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()
        && !a.isMulticast() && !a.isBroadcast() && a != QHostAddress(QHostAddress::AnyIPv4);
}

bool usableIPv6(const QHostAddress &a)
{
    // Unique-local (fd00::/8) is how many home networks number IPv6 inside; it reaches the LAN.
    return a.protocol() == QAbstractSocket::IPv6Protocol && (a.isGlobal() || a.isUniqueLocalUnicast())
        && !a.isLinkLocal();
}

// Wired and wireless LANs before tunnels and the rest: the first address is the QR code.
int rank(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Ethernet:
    case QNetworkInterface::Wifi:
        return 0;
    default:
        return 1;
    }
}

}  // namespace

QList<WebAddresses::Interface> WebAddresses::systemInterfaces()
{
    QList<Interface> list;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &ni : all) {
        Interface i;
        i.name = ni.name();
        i.type = ni.type();
        i.up = ni.flags().testFlag(QNetworkInterface::IsUp);
        i.running = ni.flags().testFlag(QNetworkInterface::IsRunning);
        i.loopback = ni.flags().testFlag(QNetworkInterface::IsLoopBack);
        for (const QNetworkAddressEntry &entry : ni.addressEntries())
            i.addresses << entry.ip();
        list << i;
    }
    return list;
}

bool WebAddresses::isVirtualBridge(const QString &name)
{
    static const char *const prefixes[] = {"docker", "br-", "veth", "virbr", "vnet", "lxcbr", "lxdbr",
                                           "vboxnet", "vmnet", "podman", "cni", "flannel", "cali", "kube"};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&name](const char *p) { return name.startsWith(QLatin1String(p)); });
}

QString WebAddresses::url(const QHostAddress &host, quint16 port)
{
    QHostAddress bare = host;
    bare.setScopeId(QString());  // "%eth0" means nothing on another device
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(bare.toString());
    u.setPort(port);
    u.setPath(QStringLiteral("/"));
    return u.toString();
}

QStringList WebAddresses::urls(const QHostAddress &listen, quint16 port, const QList<Interface> &interfaces)
{
    const bool anyV4 = listen == QHostAddress(QHostAddress::AnyIPv4) || listen == QHostAddress(QHostAddress::Any);
    const bool anyV6 = listen == QHostAddress(QHostAddress::AnyIPv6) || listen == QHostAddress(QHostAddress::Any);
    if (!anyV4 && !anyV6)
        return {url(listen, port)};  // 127.0.0.1, ::1 or the one address chosen

    QList<Interface> lan;
    for (const Interface &i : interfaces)
        if (i.up && i.running && !i.loopback && i.type != QNetworkInterface::Loopback
            && i.type != QNetworkInterface::Virtual && !isVirtualBridge(i.name))
            lan << i;
    std::stable_sort(lan.begin(), lan.end(), [](const Interface &a, const Interface &b) { return rank(a.type) < rank(b.type); });

    QStringList v4, v6;
    for (const Interface &i : std::as_const(lan))
        for (const QHostAddress &a : i.addresses) {
            if (anyV4 && usableIPv4(a))
                v4 << url(a, port);
            else if (anyV6 && usableIPv6(a))
                v6 << url(a, port);
        }
    QStringList all = v4 + v6;
    all.removeDuplicates();
    if (all.isEmpty())
        all << url(anyV4 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(QHostAddress::LocalHostIPv6), port);
    return all;
}

}  // namespace tunedrop
