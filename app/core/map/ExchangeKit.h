#pragma once

#include "map/PortExchange.h"

namespace portolan {

// What the hand-written scenarios (TransferScenarios, ServiceScenarios) share: the ports
// they draw and the words for where a port came from. Server-side ports that are negotiated
// (FTP passive data, TFTP's transfer port, the callee's media port) come from the IANA
// dynamic range, since the server's OS is not chosen.
class ExchangeKit
{
    Q_DECLARE_TR_FUNCTIONS(PortExchange)

public:
    ExchangeKit(const PortExchange &builder, const EphemeralRange &os);

    const EphemeralRange &os() const { return m_os; }
    int clientPort() const;               // from the chosen OS
    int otherClientPort(int avoid) const; // a second one, different from the first
    int serverDynamicPort(bool even = false) const;
    QString origin(int port) const; // "ephemeral port 51234 (Linux range 32768–60999)"

private:
    const PortExchange &m_builder;
    const EphemeralRange &m_os;
};

ExchangeStep makeStep(ExchangeStep::Direction direction, int clientPort, int serverPort,
                      Transport transport, QString message, QString explanation,
                      ExchangeStep::Kind kind = ExchangeStep::Kind::Control,
                      ExchangeStep::Delivery delivery = ExchangeStep::Delivery::Unicast);
ExchangeScenario singleScenario(const Exchange &exchange);

// The shorthands both scenario files write their steps with.
namespace scenario {
using Direction = ExchangeStep::Direction;
using Delivery = ExchangeStep::Delivery;
using Kind = ExchangeStep::Kind;
inline constexpr Direction kUp = Direction::ToServer;
inline constexpr Direction kDown = Direction::ToClient;
} // namespace scenario

} // namespace portolan
