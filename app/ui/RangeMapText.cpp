#include "RangeMapText.h"

#include "Theme.h"
#include "catalog/Catalog.h"
#include "domain/SafeText.h"
#include "map/EphemeralRanges.h"
#include "map/PortDensity.h"
#include "models/PortTableModel.h"

namespace portolan {

namespace {

constexpr int kTooltipRows = 10;

} // namespace

RangeMapText::RangeMapText(const Catalog &catalog, const PortLookup &lookup,
                           const PortDensity &density)
    : m_catalog(catalog), m_lookup(lookup), m_density(density)
{}

QString RangeMapText::bandNames(const RangeMapGeometry::PortRange &r)
{
    QStringList out;
    for (RangeClass c : {RangeClass::System, RangeClass::User, RangeClass::Dynamic}) {
        if (r.first <= rangeClassLastPort(c) && r.last >= rangeClassFirstPort(c))
            out << PortTableModel::rangeClassLabel(int(c));
    }
    return out.join(QStringLiteral(", "));
}

QString RangeMapText::describePorts(const RangeMapGeometry::PortRange &ports, bool html) const
{
    const auto esc = [html](const QString &t) {
        return html ? visibleText(t).toHtmlEscaped() : visibleText(t);
    };
    QStringList lines;
    const QString head = ports.count() == 1 ? tr("Port %1").arg(ports.first)
                                            : tr("Ports %1–%2").arg(ports.first).arg(ports.last);
    QString first = (html ? QStringLiteral("<b>%1</b>").arg(head) : head) + QStringLiteral(" · ") +
                    bandNames(ports);
    for (const EphemeralRange &r : ephemeralRanges()) {
        if (r.id != QLatin1String("iana") && r.first <= ports.first && r.last >= ports.last)
            first += QStringLiteral(" · ") + tr("%1 ephemeral").arg(r.shortName);
    }
    lines << first;
    const QList<int> rows = m_lookup.rowsIn(ports.first, ports.last);
    int shown = 0;
    for (int r : rows) {
        if (shown == kTooltipRows)
            break;
        const CatalogRow &row = m_catalog.rows().at(r);
        if (row.isCurated()) {
            const Protocol &p = m_catalog.protocols().at(row.index);
            QStringList labels;
            for (const PortAssignment &a : p.ports)
                labels << a.label();
            const QString symbol = theme::securitySymbol(p.security);
            lines << QStringLiteral("%1 %2 %3 — %4")
                         .arg(symbol,
                              html ? QStringLiteral("<b>%1</b>").arg(esc(p.abbreviation))
                                   : esc(p.abbreviation),
                              labels.join(QStringLiteral(", ")), esc(p.name));
        } else {
            const RegistryRecord &rec = m_catalog.registry().at(row.index);
            const QString service = rec.service.isEmpty() ? tr("(reserved)") : rec.service;
            lines << QStringLiteral("%1/%2 %3 — %4")
                         .arg(rec.portText(), transportName(rec.transport), esc(service),
                              esc(rec.description.left(80)));
        }
        ++shown;
    }
    if (rows.size() > shown)
        lines << tr("… and %L1 more").arg(rows.size() - shown);
    else if (rows.isEmpty())
        lines << tr("No registry assignment");
    const int assigned = m_density.assignmentsIn(ports.first, ports.last);
    if (ports.count() > 1)
        lines << tr("%L1 registry assignments on %L2 ports").arg(assigned).arg(ports.count());
    return lines.join(html ? QStringLiteral("<br>") : QStringLiteral("\n"));
}

QString RangeMapText::summary(const RangeMapGeometry &geometry, const QStringList &overlayIds,
                              const PortLookup::Marker *focused) const
{
    const RangeMapGeometry::PortRange v = geometry.visiblePorts();
    QString text = tr("Ports %1 to %2 shown: %3.").arg(v.first).arg(v.last).arg(bandNames(v));
    QStringList overlays;
    for (const EphemeralRange &r : ephemeralRanges()) {
        if (overlayIds.contains(r.id))
            overlays << tr("%1 %2").arg(r.shortName, r.rangeText());
    }
    if (!overlays.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Ephemeral ranges: %1.").arg(overlays.join(QStringLiteral(", ")));
    if (focused) {
        const PortLookup::Marker &m = *focused;
        text += QLatin1Char(' ') + tr("Focused: port %1, %2, %3 (%4).")
                                       .arg(m.first)
                                       .arg(m.label, transportMaskLabel(m.transports),
                                            PortTableModel::securityLabel(int(m.security)));
    }
    return text;
}

QString RangeMapText::help()
{
    return tr("Map of ports 0 to 65535 in the System, User and Dynamic ranges. Arrow keys "
              "pan, plus and minus zoom, 0 shows everything, Control with an arrow moves "
              "between study-set ports, Enter selects the focused port in the table.");
}

} // namespace portolan
