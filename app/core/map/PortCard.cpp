#include "map/PortCard.h"

#include "catalog/Catalog.h"
#include "domain/Percent.h"
#include "map/EphemeralRanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace portolan {

namespace {

QString className(RangeClass c)
{
    switch (c) {
    case RangeClass::System:
        return QCoreApplication::translate("PortCard", "System (well-known) range, 0–1023");
    case RangeClass::User:
        return QCoreApplication::translate("PortCard", "User (registered) range, 1024–49151");
    case RangeClass::Dynamic:
        return QCoreApplication::translate("PortCard", "Dynamic (private) range, 49152–65535");
    }
    return {};
}

QString rowName(const Catalog &catalog, int row)
{
    const CatalogRow &r = catalog.rows().at(row);
    if (r.isCurated())
        return catalog.protocols().at(r.index).abbreviation;
    const RegistryRecord &rec = catalog.registry().at(r.index);
    return rec.service.isEmpty() ? QCoreApplication::translate("PortCard", "(reserved)")
                                 : rec.service;
}

} // namespace

PortCard PortCard::make(const Catalog &catalog, int first, int last)
{
    PortCard card;
    card.first = std::clamp(std::min(first, last), 0, kLastPort);
    card.last = std::clamp(std::max(first, last), 0, kLastPort);
    for (RangeClass c : {RangeClass::System, RangeClass::User, RangeClass::Dynamic})
        if (card.first <= rangeClassLastPort(c) && card.last >= rangeClassFirstPort(c))
            card.classes.append(c);
    for (const EphemeralRange &r : ephemeralRanges())
        if (r.id != QLatin1String("iana") && r.first <= card.first && r.last >= card.last)
            card.ephemeral.append(&r);

    // One pass over the rows: those on the ports, and the nearest assigned spans around them.
    int studyBelowPort = -1;
    int studyAbovePort = kLastPort + 1;
    const QList<CatalogRow> &rows = catalog.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const CatalogRow &row = rows.at(i);
        bool on = false;
        for (const PortSpan &s : row.spans) {
            if (s.first <= card.last && s.last >= card.first) {
                on = true;
                continue;
            }
            if (s.last < card.first) {
                card.assignedBelow = std::max(card.assignedBelow, s.last);
                if (row.isCurated() && s.last >= studyBelowPort) {
                    if (s.last > studyBelowPort)
                        card.studyBelow.clear();
                    studyBelowPort = s.last;
                    if (!card.studyBelow.contains(i))
                        card.studyBelow.append(i);
                }
            } else if (s.first > card.last) {
                card.assignedAbove =
                    card.assignedAbove < 0 ? s.first : std::min(card.assignedAbove, s.first);
                if (row.isCurated() && s.first <= studyAbovePort) {
                    if (s.first < studyAbovePort)
                        card.studyAbove.clear();
                    studyAbovePort = s.first;
                    if (!card.studyAbove.contains(i))
                        card.studyAbove.append(i);
                }
            }
        }
        if (on)
            card.rows.append(i);
    }
    for (Transport t : {Transport::Tcp, Transport::Udp})
        card.howCommon =
            std::max(card.howCommon, catalog.frequencies().maxIn(card.first, card.last, t));
    return card;
}

QString PortCard::rangeText() const
{
    QStringList names;
    for (RangeClass c : classes)
        names << className(c);
    return names.join(QStringLiteral("; "));
}

QStringList PortCard::lines(const Catalog &catalog) const
{
    const QLocale locale;
    QStringList out;
    const QString ports =
        first == last ? QCoreApplication::translate("PortCard", "Port %1").arg(first)
                      : QCoreApplication::translate("PortCard", "Ports %1–%2").arg(first).arg(last);
    out << QStringLiteral("%1 · %2").arg(ports, rangeText());
    if (!assigned())
        out << QCoreApplication::translate("PortCard",
                                           "No IANA assignment: any program may use it, and "
                                           "none is registered for it.");
    if (!ephemeral.isEmpty()) {
        QStringList systems;
        for (const EphemeralRange *r : ephemeral)
            systems << QStringLiteral("%1 (%2)").arg(r->shortName, r->rangeText());
        out << QCoreApplication::translate("PortCard", "Client (ephemeral) port on: %1.")
                   .arg(systems.join(QStringLiteral(", ")));
    } else if (classes.contains(RangeClass::Dynamic) || classes.contains(RangeClass::User)) {
        out << QCoreApplication::translate("PortCard",
                                           "Not in the default ephemeral range of Linux, "
                                           "Windows, macOS or FreeBSD.");
    }
    const auto names = [&](const QList<int> &list) {
        QStringList n;
        for (int r : list)
            n << rowName(catalog, r);
        n.removeDuplicates();
        return n.join(QStringLiteral(", "));
    };
    if (assignedBelow >= 0 || assignedAbove >= 0) {
        QStringList near;
        if (assignedBelow >= 0)
            near << QCoreApplication::translate("PortCard", "below: %1").arg(assignedBelow);
        if (assignedAbove >= 0)
            near << QCoreApplication::translate("PortCard", "above: %1").arg(assignedAbove);
        out << QCoreApplication::translate("PortCard", "Nearest assigned ports: %1.")
                   .arg(near.join(QStringLiteral(", ")));
    }
    if (!studyBelow.isEmpty() || !studyAbove.isEmpty()) {
        QStringList near;
        const auto portOf = [&](const QList<int> &list, bool below) {
            int p = below ? -1 : kLastPort + 1;
            for (int r : list)
                for (const PortSpan &s : catalog.rows().at(r).spans)
                    p = below ? (s.last < first ? std::max(p, s.last) : p)
                              : (s.first > last ? std::min(p, s.first) : p);
            return p;
        };
        if (!studyBelow.isEmpty())
            near << QStringLiteral("%1 %2").arg(names(studyBelow)).arg(portOf(studyBelow, true));
        if (!studyAbove.isEmpty())
            near << QStringLiteral("%1 %2").arg(names(studyAbove)).arg(portOf(studyAbove, false));
        out << QCoreApplication::translate("PortCard", "Study-set entries nearby: %1.")
                   .arg(near.join(QStringLiteral(" · ")));
    }
    // Without nmap's table (not installed, nothing imported) there is nothing to say.
    if (howCommon > 0)
        out << QCoreApplication::translate("PortCard", "nmap finds it open in %1 of its scans.")
                   .arg(locale.toString(howCommon * 100.0, 'g', 3) + percentSign(locale));
    else if (first == last && !catalog.frequencies().isEmpty())
        out << QCoreApplication::translate("PortCard", "nmap has not seen it open in its scans.");
    return out;
}

QJsonObject PortCard::toJson(const Catalog &catalog) const
{
    QJsonArray classIds;
    for (RangeClass c : classes)
        classIds.append(rangeClassId(c));
    QJsonArray legacy;
    for (RangeClass c : classes)
        legacy.append(rangeClassLegacyId(c));
    QJsonArray systems;
    for (const EphemeralRange *r : ephemeral)
        systems.append(QJsonObject{{QStringLiteral("id"), r->id},
                                   {QStringLiteral("first"), r->first},
                                   {QStringLiteral("last"), r->last}});
    const auto keys = [&](const QList<int> &list) {
        QJsonArray a;
        for (int r : list)
            a.append(rowName(catalog, r));
        return a;
    };
    QJsonObject o{
        {QStringLiteral("first"), first},
        {QStringLiteral("last"), last},
        {QStringLiteral("rangeClasses"), classIds},
        {QStringLiteral("rangeClassesLegacy"), legacy},
        {QStringLiteral("ephemeralOn"), systems},
        {QStringLiteral("assigned"), assigned()},
        {QStringLiteral("nearestAssignedBelow"),
         assignedBelow >= 0 ? QJsonValue(assignedBelow) : QJsonValue()},
        {QStringLiteral("nearestAssignedAbove"),
         assignedAbove >= 0 ? QJsonValue(assignedAbove) : QJsonValue()},
        {QStringLiteral("studySetBelow"), keys(studyBelow)},
        {QStringLiteral("studySetAbove"), keys(studyAbove)},
        {QStringLiteral("howCommon"), howCommon >= 0 ? QJsonValue(howCommon) : QJsonValue()}};
    return o;
}

} // namespace portolan
