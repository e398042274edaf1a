#include "quiz/CardGenerator.h"

#include "catalog/Catalog.h"
#include "quiz/NameIndex.h"
#include "quiz/PortText.h"

#include <QStringList>

namespace portolan {

namespace {

// A protocol's claims as sorted labels ("20/tcp", "21/tcp"), comparable as a whole.
QStringList claimSet(const Protocol &p)
{
    QStringList out;
    for (const PortAssignment &a : p.ports)
        out << a.label();
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

CardGenerator::CardGenerator(const Catalog &catalog) : m_catalog(catalog)
{
    for (const Protocol &p : catalog.protocols())
        m_claims.append(claimSet(p));
}

bool CardGenerator::sharesClaimsWithEarlier(int protocolIndex) const
{
    const QStringList &own = m_claims.at(protocolIndex);
    for (int i = 0; i < protocolIndex; ++i) {
        if (m_claims.at(i) == own)
            return true;
    }
    return false;
}

QList<Card> CardGenerator::cardsFor(int protocolIndex) const
{
    const auto &protocols = m_catalog.protocols();
    if (protocolIndex < 0 || protocolIndex >= protocols.size())
        return {};
    const Protocol &p = protocols.at(protocolIndex);
    QList<Card> out;
    const auto add = [&](CardKind kind) { out.append(Card{p.key, kind}); };

    const bool hasPorts = !p.ports.isEmpty();
    TransportMask transports = 0;
    for (const PortAssignment &a : p.ports)
        transports |= maskOf(a.transport);
    const TransportMask tcpUdp = maskOf(Transport::Tcp) | maskOf(Transport::Udp);

    if (hasPorts && !sharesClaimsWithEarlier(protocolIndex))
        add(CardKind::PortToProtocol);
    if (hasPorts && portNumbers(p.ports).size() <= kMaxPortsAsked)
        add(CardKind::ProtocolToPort);
    if (hasPorts && (transports & ~tcpUdp) == 0)
        add(CardKind::Transport);
    if (p.security != Security::Unclassified)
        add(CardKind::Security);
    for (const QString &key : p.counterparts) {
        if (m_catalog.protocol(key)) {
            add(CardKind::Counterpart);
            break;
        }
    }
    if (NameIndex::normalize(p.name) != NameIndex::normalize(p.abbreviation))
        add(CardKind::FullName);
    if (hasPorts)
        add(CardKind::RangeClass);
    return out;
}

QList<Card> CardGenerator::cardsFor(const QList<int> &protocolIndices) const
{
    QList<Card> out;
    for (int i : protocolIndices)
        out += cardsFor(i);
    return out;
}

bool CardGenerator::exists(const Card &card) const
{
    return cardsFor(m_catalog.protocolIndex(card.protocolKey)).contains(card);
}

} // namespace portolan
