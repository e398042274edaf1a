#pragma once

#include "quiz/Card.h"

#include <QList>
#include <QStringList>

namespace portolan {

class Catalog;

// Decides which cards the curated study set yields: every kind that makes sense for a
// protocol (no port cards for IP protocols, no full-name card for "Telnet", ...).
class CardGenerator
{
public:
    // catalog must outlive the generator, unchanged.
    explicit CardGenerator(const Catalog &catalog);

    // The cards of one protocol, in the order new cards are introduced.
    QList<Card> cardsFor(int protocolIndex) const;
    // The cards of several protocols, protocol by protocol.
    QList<Card> cardsFor(const QList<int> &protocolIndices) const;
    // Whether the card exists for the current catalog (a stored key may be stale).
    bool exists(const Card &card) const;

    // Port → protocol is left out when an earlier protocol claims exactly the same ports
    // (SFTP after SSH, DoH after HTTPS): the prompt could not tell them apart.
    static constexpr int kMaxPortsAsked = 8;

private:
    bool sharesClaimsWithEarlier(int protocolIndex) const;

    const Catalog &m_catalog;
    QList<QStringList> m_claims; // per protocol, computed once
};

} // namespace portolan
