#include "map/ExchangeKit.h"

namespace portolan {

ExchangeKit::ExchangeKit(const PortExchange &builder, const EphemeralRange &os)
    : m_builder(builder), m_os(os)
{}

int ExchangeKit::clientPort() const
{
    return m_builder.drawPort(m_os);
}

int ExchangeKit::otherClientPort(int avoid) const
{
    // An OS never hands out a port that is in use; a few draws make a repeat vanishingly rare
    // and the fallback keeps the result different even with a rigged random source.
    for (int i = 0; i < 8; ++i) {
        const int p = m_builder.drawPort(m_os);
        if (p != avoid)
            return p;
    }
    return avoid < m_os.last ? avoid + 1 : avoid - 1;
}

int ExchangeKit::serverDynamicPort(bool even) const
{
    int p = m_builder.drawPort(*findEphemeralRange(u"iana"));
    if (even && p % 2 != 0)
        --p; // RTP takes the even port and leaves the odd one above it to RTCP
    return p;
}

QString ExchangeKit::origin(int port) const
{
    return tr("ephemeral port %1 (%2 range %3)").arg(port).arg(m_os.shortName, m_os.rangeText());
}

ExchangeStep makeStep(ExchangeStep::Direction direction, int clientPort, int serverPort,
                      Transport transport, QString message, QString explanation,
                      ExchangeStep::Kind kind, ExchangeStep::Delivery delivery)
{
    ExchangeStep s;
    s.direction = direction;
    s.clientPort = clientPort;
    s.serverPort = serverPort;
    s.transport = transport;
    s.kind = kind;
    s.delivery = delivery;
    s.message = std::move(message);
    s.explanation = std::move(explanation);
    return s;
}

ExchangeScenario singleScenario(const Exchange &exchange)
{
    return ExchangeScenario{exchange.title, {exchange}};
}

} // namespace portolan
