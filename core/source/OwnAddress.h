#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace tunedrop {

// Whether an address leads back into this machine: loopback (127.0.0.0/8, ::1), link-local
// (169.254.0.0/16, fe80::/10), "this host" (0.0.0.0/8, ::), and the IPv6 spellings of those
// IPv4 ones (IPv4-mapped ::ffff:127.0.0.1 and the old IPv4-compatible ::127.0.0.1, which
// Linux connects to the IPv4 address or treats as local). Used to keep links from the web away
// from the machine's own services: literal addresses at submission (WebServer), the DNS check
// before a job runs (JobRunner), and every connection a web job makes (GuardedProxy).
inline bool isOwnMachineIPv4(quint32 a)
{
    const quint32 first = a >> 24;
    return first == 127 || first == 0 || (a >> 16) == 0xA9FE;  // 127/8, 0/8, 169.254/16
}

inline bool isOwnMachineAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return isOwnMachineIPv4(address.toIPv4Address());
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.isNull() ? false : address.isLoopback();
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    bool zero80 = true;  // the first 80 bits are zero
    for (int i = 0; i < 10; ++i)
        zero80 = zero80 && v6[i] == 0;
    const quint32 tail = (quint32(v6[12]) << 24) | (quint32(v6[13]) << 16) | (quint32(v6[14]) << 8) | v6[15];
    if (zero80 && v6[10] == 0xff && v6[11] == 0xff)  // ::ffff:a.b.c.d
        return isOwnMachineIPv4(tail);
    if (zero80 && v6[10] == 0 && v6[11] == 0)  // ::, ::1 and ::a.b.c.d
        return tail <= 1 || isOwnMachineIPv4(tail);
    return address.isLoopback() || address.isLinkLocal() || (v6[0] == 0xfe && (v6[1] & 0xc0) == 0x80);
}

// A host name as a resolver would read it, when it is a literal address: IPv6 (brackets
// allowed) or IPv4 in every form inet_aton() accepts ("2130706433", "0x7f.1", "0177.0.0.1",
// "0"), with the trailing dot of a fully qualified name ignored. Null for real names.
inline QHostAddress literalHostAddress(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return QHostAddress(host.mid(1, host.size() - 2));
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.contains(QLatin1Char(':')))
        return QHostAddress(host);
    const QStringList parts = host.split(QLatin1Char('.'));
    if (host.isEmpty() || parts.size() > 4)
        return {};
    quint64 values[4] = {0, 0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        bool ok = false;
        if (p.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            values[i] = p.size() > 2 ? p.mid(2).toULongLong(&ok, 16) : (ok = true, 0);
        else if (p.size() > 1 && p.startsWith(QLatin1Char('0')))
            values[i] = p.toULongLong(&ok, 8);
        else
            values[i] = p.toULongLong(&ok, 10);
        if (!ok || p.startsWith(QLatin1Char('+')) || p.startsWith(QLatin1Char('-')))
            return {};
    }
    // inet_aton: the last part fills all remaining bytes.
    const int n = int(parts.size());
    const quint64 lastMax = n == 1 ? 0xffffffffULL : n == 2 ? 0xffffffULL : n == 3 ? 0xffffULL : 0xffULL;
    quint64 address = 0;
    for (int i = 0; i < n - 1; ++i) {
        if (values[i] > 0xff)
            return {};
        address |= values[i] << (24 - 8 * i);
    }
    if (values[n - 1] > lastMax)
        return {};
    return QHostAddress(quint32(address | values[n - 1]));
}

// Whether a host as written in a link names this machine without any lookup: "localhost" and
// its subdomains (resolvers answer 127.0.0.1 for them without asking DNS), and literal
// addresses that isOwnMachineAddress() refuses, in any spelling.
inline bool isOwnMachineHost(const QString &rawHost)
{
    QString host = rawHost.toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress literal = literalHostAddress(host);
    return !literal.isNull() && isOwnMachineAddress(literal);
}

}  // namespace tunedrop
