#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace tunedrop {

// Who a request really comes from when TuneDrop sits behind reverse proxies: X-Forwarded-For
// is believed only from a peer in `trustedProxies` (anyone else could write any address into
// it and dodge the per-address limits), and then read right to left, skipping the trusted hops:
// the rightmost address not in the list is the client (the ones left of it were written by the
// client itself). A malformed entry stops the walk at the last hop that was trustworthy.
class ForwardedFor {
public:
    // `forwardedFor`: every X-Forwarded-For header of the request, joined in order with ','.
    static QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                      const QList<QHostAddress> &trustedProxies);
    // IPv4-mapped IPv6 (::ffff:a.b.c.d, what a dual-stack socket reports) counts as IPv4.
    static bool isTrusted(const QHostAddress &address, const QList<QHostAddress> &trustedProxies);
};

}  // namespace tunedrop
