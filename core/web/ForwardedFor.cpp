#include "ForwardedFor.h"

namespace tunedrop {

namespace {
QHostAddress plain(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}
}  // namespace

bool ForwardedFor::isTrusted(const QHostAddress &address, const QList<QHostAddress> &trustedProxies)
{
    const QHostAddress a = plain(address);
    for (const QHostAddress &t : trustedProxies) {
        if (plain(t).isEqual(a, QHostAddress::StrictConversion))
            return true;
    }
    return false;
}

QHostAddress ForwardedFor::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                         const QList<QHostAddress> &trustedProxies)
{
    if (trustedProxies.isEmpty() || !isTrusted(peer, trustedProxies))
        return peer;
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QByteArray hop = hops[i].trimmed();
        if (hop.isEmpty())
            continue;
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(hop)))
            return client;  // not an address (a port, "unknown", garbage): trust stops here
        client = plain(address);
        if (!isTrusted(client, trustedProxies))
            return client;
    }
    return client;
}

}  // namespace tunedrop
