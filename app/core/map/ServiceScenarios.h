#pragma once

#include "map/ExchangeKit.h"

namespace portolan {

// The infrastructure exchanges that break "ephemeral → fixed and back": DHCP (fixed ports,
// broadcast), DNS over UDP and over TCP, SIP with RTP media on negotiated ports, SNMP polls
// and traps, and the multicast hellos of gateway redundancy protocols.
class ServiceScenarios
{
    Q_DECLARE_TR_FUNCTIONS(PortExchange)

public:
    explicit ServiceScenarios(const ExchangeKit &kit);
    // Empty for any other protocol.
    QList<ExchangeScenario> forProtocol(const Protocol &p) const;

private:
    QList<ExchangeScenario> dhcp(bool v6) const;
    QList<ExchangeScenario> dns() const;
    QList<ExchangeScenario> sip(bool secure) const;
    QList<ExchangeScenario> snmp() const;
    QList<ExchangeScenario> hello(const Protocol &p, int port, const QString &group) const;

    const ExchangeKit &m_kit;
};

} // namespace portolan
