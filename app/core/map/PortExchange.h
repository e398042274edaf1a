#pragma once

#include "domain/Security.h"
#include "domain/Transport.h"
#include "map/EphemeralRanges.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portolan {

class Catalog;
struct Protocol;
class RandomSource;

// One message of an exchange: who sends it, between which ports, over what, and why.
struct ExchangeStep
{
    enum class Direction
    {
        ToServer,
        ToClient
    };
    enum class Delivery
    {
        Unicast,
        Broadcast,
        Multicast
    };
    enum class Kind
    {
        Control,
        Data,
        Media
    };

    Direction direction = Direction::ToServer;
    int clientPort = 0; // the port at the client's end of this message
    int serverPort = 0; // the port at the server's end
    Transport transport = Transport::Tcp;
    Delivery delivery = Delivery::Unicast;
    Kind kind = Kind::Control;
    bool encrypted = false;
    QString message;     // "SYN", "DHCPDISCOVER", "227 Entering Passive Mode"
    QString explanation; // one line

    int fromPort() const { return direction == Direction::ToServer ? clientPort : serverPort; }
    int toPort() const { return direction == Direction::ToServer ? serverPort : clientPort; }
};

// A client and a server talking: the "ports in action" of one protocol in one situation.
struct Exchange
{
    QString protocolKey; // empty for a registry entry
    QString title;       // "HTTPS over TCP"
    QString client;      // "Browser"
    QString server;      // "Web server"
    QString summary;     // one sentence about the ports
    bool secure = false;
    // Ports the client drew from the OS range, in order; empty when both ends use fixed
    // ports (DHCP), so re-rolling has nothing to change.
    QList<int> ephemeralPorts;
    QList<ExchangeStep> steps;
};

// One choice in the view: an exchange, or two side by side (a protocol and its secure
// counterpart).
struct ExchangeScenario
{
    QString title;
    QList<Exchange> columns;
};

// Builds the exchanges of "ports in action" for a catalog row and a client OS. Client ports
// come from the OS's ephemeral range through the injected RandomSource, so every call draws
// again (that is the view's re-roll) and tests can fix the draws. Special scenarios cover the
// protocols that do not fit one arrow (FTP, DHCP, DNS, TFTP, SIP/RTP, SNMP traps, hellos);
// everything else gets a generic connection or datagram exchange. The catalog and the
// random source must outlive the builder.
class PortExchange
{
    Q_DECLARE_TR_FUNCTIONS(PortExchange)

public:
    PortExchange(const Catalog &catalog, RandomSource &random);

    // Never empty: a row without ports (an IP protocol) gets one scenario with no steps
    // whose summary says why.
    QList<ExchangeScenario> scenariosForRow(int catalogRow, const EphemeralRange &os) const;
    QList<ExchangeScenario> scenariosForProtocol(const QString &key,
                                                 const EphemeralRange &os) const;

    // A port drawn uniformly from the range.
    int drawPort(const EphemeralRange &range) const;

private:
    QList<ExchangeScenario> ownScenarios(const Protocol &p, const EphemeralRange &os) const;
    QList<ExchangeScenario> comparisons(const Protocol &p, const EphemeralRange &os) const;
    // The first exchange a protocol is shown with, for comparisons.
    Exchange primaryExchange(const Protocol &p, const EphemeralRange &os) const;
    Exchange generic(const QString &key, const QString &name, int serverPort, Transport transport,
                     Security security, const EphemeralRange &os) const;

    const Catalog &m_catalog;
    RandomSource &m_random;
};

} // namespace portolan
