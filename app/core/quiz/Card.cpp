#include "quiz/Card.h"

#include <QCoreApplication>

namespace portolan {

namespace {

struct KindInfo
{
    CardKind kind;
    const char *id;
    const char *label;
};

constexpr KindInfo kKinds[] = {
    {CardKind::PortToProtocol, "port-to-protocol", QT_TRANSLATE_NOOP("Card", "Port → protocol")},
    {CardKind::ProtocolToPort, "protocol-to-port", QT_TRANSLATE_NOOP("Card", "Protocol → port")},
    {CardKind::Transport, "transport", QT_TRANSLATE_NOOP("Card", "Transport")},
    {CardKind::Security, "security", QT_TRANSLATE_NOOP("Card", "Secure or not")},
    {CardKind::Counterpart, "counterpart", QT_TRANSLATE_NOOP("Card", "Secure counterpart")},
    {CardKind::FullName, "full-name", QT_TRANSLATE_NOOP("Card", "Abbreviation → name")},
    {CardKind::RangeClass, "range-class", QT_TRANSLATE_NOOP("Card", "Port range")},
};

const KindInfo &infoOf(CardKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}

} // namespace

const QList<CardKind> &allCardKinds()
{
    static const QList<CardKind> kinds = [] {
        QList<CardKind> out;
        for (const KindInfo &k : kKinds)
            out << k.kind;
        return out;
    }();
    return kinds;
}

QString cardKindId(CardKind kind)
{
    return QLatin1String(infoOf(kind).id);
}

QString cardKindLabel(CardKind kind)
{
    return QCoreApplication::translate("Card", infoOf(kind).label);
}

std::optional<CardKind> parseCardKind(QStringView id)
{
    for (const KindInfo &k : kKinds) {
        if (id == QLatin1String(k.id))
            return k.kind;
    }
    return std::nullopt;
}

QString Card::key() const
{
    return protocolKey + QLatin1Char(':') + cardKindId(kind);
}

std::optional<Card> Card::fromKey(QStringView key)
{
    const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto kind = parseCardKind(key.mid(colon + 1));
    if (!kind)
        return std::nullopt;
    return Card{key.left(colon).toString(), *kind};
}

quint64 Card::stableHash() const
{
    quint64 h = 0xcbf29ce484222325ULL;
    const QByteArray bytes = key().toUtf8();
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace portolan
