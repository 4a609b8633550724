// Which addresses the window shows for the web server (issue 13 item 14: "Web page:
// http://0.0.0.0:8080/" cannot be opened from a phone), from hand-built interface lists.
#include "web/WebAddresses.h"

#include <QtTest>

using namespace tunedrop;

namespace {

using Iface = WebAddresses::Interface;

Iface iface(const QString &name, QNetworkInterface::InterfaceType type, const QStringList &addresses,
            bool up = true, bool running = true)
{
    Iface i;
    i.name = name;
    i.type = type;
    i.up = up;
    i.running = running;
    i.loopback = type == QNetworkInterface::Loopback;
    for (const QString &a : addresses)
        i.addresses << QHostAddress(a);
    return i;
}

const Iface kLo = iface(QStringLiteral("lo"), QNetworkInterface::Loopback, {QStringLiteral("127.0.0.1"), QStringLiteral("::1")});
const Iface kEth = iface(QStringLiteral("eth0"), QNetworkInterface::Ethernet,
                         {QStringLiteral("192.168.1.20"), QStringLiteral("fe80::1%eth0"), QStringLiteral("2001:db8::20")});
const Iface kWifi = iface(QStringLiteral("wlan0"), QNetworkInterface::Wifi, {QStringLiteral("10.0.0.7"), QStringLiteral("fd12:3456::7")});
const Iface kDocker = iface(QStringLiteral("docker0"), QNetworkInterface::Ethernet, {QStringLiteral("172.17.0.1")});
const Iface kBridge = iface(QStringLiteral("br-5f2a"), QNetworkInterface::Ethernet, {QStringLiteral("172.18.0.1")});
const Iface kVeth = iface(QStringLiteral("veth12ab"), QNetworkInterface::Ethernet, {QStringLiteral("fe80::42%veth12ab")});
const Iface kVirbr = iface(QStringLiteral("virbr0"), QNetworkInterface::Ethernet, {QStringLiteral("192.168.122.1")});
const Iface kTunVirtual = iface(QStringLiteral("dummy0"), QNetworkInterface::Virtual, {QStringLiteral("10.9.9.9")});
const Iface kDown = iface(QStringLiteral("eth1"), QNetworkInterface::Ethernet, {QStringLiteral("192.168.5.5")}, false, false);
const Iface kNoCarrier = iface(QStringLiteral("eth2"), QNetworkInterface::Ethernet, {QStringLiteral("192.168.6.6")}, true, false);
const Iface kAutoIp = iface(QStringLiteral("eth3"), QNetworkInterface::Ethernet, {QStringLiteral("169.254.10.10")});
const Iface kPpp = iface(QStringLiteral("ppp0"), QNetworkInterface::Ppp, {QStringLiteral("100.64.1.2")});

}  // namespace

Q_DECLARE_METATYPE(tunedrop::WebAddresses::Interface)

class TestWebAddresses : public QObject {
    Q_OBJECT

private slots:
    void selection_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QList<Iface>>("interfaces");
        QTest::addColumn<QStringList>("expected");
        const QList<Iface> typical{kLo, kDocker, kEth, kVeth, kWifi, kBridge, kVirbr};
        const auto row = [](const char *name, const char *listen, const QList<Iface> &interfaces,
                            std::initializer_list<const char *> expected) {
            QStringList urls;
            for (const char *u : expected)
                urls << QString::fromLatin1(u);
            QTest::newRow(name) << QString::fromLatin1(listen) << interfaces << urls;
        };
        row("all IPv4: LAN addresses, no loopback, no bridges, no link-local", "0.0.0.0", typical,
            {"http://192.168.1.20:8080/", "http://10.0.0.7:8080/"});
        row("all addresses (dual stack): IPv4 first, then global and unique-local IPv6", "any", typical,
            {"http://192.168.1.20:8080/", "http://10.0.0.7:8080/", "http://[2001:db8::20]:8080/", "http://[fd12:3456::7]:8080/"});
        row("all IPv6: IPv6 only, no fe80::", "::", typical, {"http://[2001:db8::20]:8080/", "http://[fd12:3456::7]:8080/"});
        row("bound to loopback: loopback only", "127.0.0.1", typical, {"http://127.0.0.1:8080/"});
        row("bound to ::1: bracketed", "::1", typical, {"http://[::1]:8080/"});
        row("bound to one address: that one", "10.0.0.7", typical, {"http://10.0.0.7:8080/"});
        row("down, no carrier, virtual and 169.254 are skipped", "0.0.0.0", {kDown, kNoCarrier, kTunVirtual, kAutoIp, kEth},
            {"http://192.168.1.20:8080/"});
        row("wired and wireless before other kinds (the QR code is the first)", "0.0.0.0", {kPpp, kWifi},
            {"http://10.0.0.7:8080/", "http://100.64.1.2:8080/"});
        row("no network at all: the loopback address still works", "0.0.0.0", {kLo, kDocker, kDown}, {"http://127.0.0.1:8080/"});
        row("the same address on two interfaces is listed once", "0.0.0.0",
            {kEth, iface(QStringLiteral("bond0"), QNetworkInterface::Ethernet, {QStringLiteral("192.168.1.20")})},
            {"http://192.168.1.20:8080/"});
    }
    void selection()
    {
        QFETCH(QString, listen);
        QFETCH(QList<Iface>, interfaces);
        QFETCH(QStringList, expected);
        const QHostAddress address = listen == QLatin1String("any") ? QHostAddress(QHostAddress::Any) : QHostAddress(listen);
        QCOMPARE(WebAddresses::urls(address, 8080, interfaces), expected);
    }

    void virtualBridges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("bridge");
        for (const char *n : {"docker0", "br-0123abcd", "veth9f8e", "virbr0", "vnet3", "lxcbr0", "lxdbr0", "vboxnet0",
                              "vmnet8", "podman0", "cni0", "flannel.1"})
            QTest::newRow(n) << QString::fromLatin1(n) << true;
        for (const char *n : {"eth0", "enp3s0", "wlan0", "wlp2s0", "eno1", "bond0", "ppp0", "usb0"})
            QTest::newRow(n) << QString::fromLatin1(n) << false;
    }
    void virtualBridges()
    {
        QFETCH(QString, name);
        QFETCH(bool, bridge);
        QCOMPARE(WebAddresses::isVirtualBridge(name), bridge);
    }

    // The real machine: whatever it has, never 0.0.0.0, never a loopback next to LAN addresses.
    void systemInterfacesGiveOpenableUrls()
    {
        const QStringList urls = WebAddresses::urls(QHostAddress(QHostAddress::AnyIPv4), 8080, WebAddresses::systemInterfaces());
        QVERIFY(!urls.isEmpty());
        for (const QString &u : urls) {
            QVERIFY2(!u.contains(QLatin1String("0.0.0.0")), qPrintable(u));
            QVERIFY2(QUrl(u).isValid(), qPrintable(u));
        }
        if (urls.size() > 1)
            QVERIFY(!urls.contains(QStringLiteral("http://127.0.0.1:8080/")));
    }
};

QTEST_GUILESS_MAIN(TestWebAddresses)
#include "tst_webaddresses.moc"
