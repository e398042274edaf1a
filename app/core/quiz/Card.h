#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace portolan {

// What a card asks about a protocol. The ids are part of the stable card key stored with the
// learner's progress, so they never change.
enum class CardKind
{
    PortToProtocol,
    ProtocolToPort,
    Transport,
    Security,
    Counterpart,
    FullName,
    RangeClass,
};

const QList<CardKind> &allCardKinds();
QString cardKindId(CardKind kind);    // "port-to-protocol", ...
QString cardKindLabel(CardKind kind); // "Port → protocol", translated
std::optional<CardKind> parseCardKind(QStringView id);

// One card: a protocol's stable key and what is asked about it. Its key ("https:transport")
// is what progress is stored under; it never refers to a reference row id.
struct Card
{
    QString protocolKey;
    CardKind kind = CardKind::PortToProtocol;

    QString key() const;
    // Parses "protocol:kind"; nullopt for anything else.
    static std::optional<Card> fromKey(QStringView key);
    // A stable 64-bit hash of the key (FNV-1a), unlike qHash not seeded per process: used
    // for the scheduler's fuzz and for picking formats and distractors reproducibly.
    quint64 stableHash() const;

    friend bool operator==(const Card &, const Card &) = default;
};

} // namespace portolan
