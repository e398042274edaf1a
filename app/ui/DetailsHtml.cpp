#include "DetailsHtml.h"

#include "Theme.h"
#include "catalog/Catalog.h"
#include "custom/CustomCatalog.h"
#include "domain/SafeText.h"
#include "importing/OpenFrequencies.h"
#include "models/PortTableModel.h"

#include <QCoreApplication>

namespace portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DetailsPane", text);
}

// Data is untrusted: markup is escaped, and control characters and bidirectional overrides
// (invisible, or reordering what follows) become visible escapes; line breaks stay for
// paragraph() to turn into <br>.
QString esc(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = visibleText(line);
    return lines.join(QLatin1Char('\n')).toHtmlEscaped();
}

QString link(const Protocol &p)
{
    return QStringLiteral("<a href=\"portolan:protocol/%1\">%2</a>")
        .arg(esc(p.key), esc(p.abbreviation));
}

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4>%2").arg(esc(title), body);
}

QString paragraph(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString html = esc(text);
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString protocolLinks(const Catalog &catalog, const QStringList &keys)
{
    QStringList links;
    for (const QString &key : keys) {
        if (const Protocol *p = catalog.protocol(key)) {
            QStringList ports;
            for (const PortAssignment &a : p->ports)
                ports << a.label();
            links << link(*p) + (ports.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(
                                                       esc(ports.join(QStringLiteral(", ")))));
        }
    }
    return links.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" · ")));
}

// "48.4% of nmap's scans find it open", or empty when nmap does not list the port.
QString howCommonText(double frequency)
{
    return frequency < 0 ? QString()
                         : tr("%1 of nmap's scans find it open").arg(formatHowCommon(frequency));
}

QString registryFields(const RegistryRecord &r, double howCommon)
{
    QString rows;
    const auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Service"), r.service.isEmpty() ? tr("(reserved)") : r.service);
    row(tr("Port"), r.portText() + QLatin1Char('/') + transportName(r.transport));
    row(tr("Description"), r.description);
    row(tr("Assignee"), r.assignee);
    row(tr("Contact"), r.contact);
    row(tr("Registered"), r.registered);
    row(tr("Modified"), r.modified);
    row(tr("Reference"), r.reference);
    row(tr("Service code"), r.serviceCode);
    row(tr("Unauthorized use reported"), r.unauthorizedUse);
    row(tr("Assignment notes"), r.assignmentNotes);
    row(tr("How common"), howCommonText(howCommon));
    return QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows);
}

QString curatedHtml(const Catalog &catalog, const Protocol &p, const QPalette &palette)
{
    const bool custom = catalog.isCustomProtocol(catalog.protocolIndex(p.key));
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i> · %3</p>")
                       .arg(esc(p.abbreviation), esc(p.name),
                            esc(custom ? tr("Your own entry") : tr("Study set")));
    if (custom) {
        // Shown, never refused: the user may know better what runs on their network.
        QStringList conflicts;
        for (const RegistryRecord *r : registryConflicts(catalog, p))
            conflicts << esc(r->service + QLatin1Char(' ') + r->portText() + QLatin1Char('/') +
                             transportName(r->transport) + QStringLiteral(" — ") + r->description);
        if (!conflicts.isEmpty())
            html += section(tr("IANA assigns these ports to something else"),
                            QStringLiteral("<ul><li>%1</li></ul>")
                                .arg(conflicts.mid(0, 20).join(QStringLiteral("</li><li>"))));
    }
    html += paragraph(p.summary);

    QString ports;
    if (p.kind == Protocol::Kind::IpProtocol)
        ports = QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("IP protocol number %1 (carried directly in IP, no port)")
                                 .arg(p.ipProtocol)));
    for (const PortAssignment &a : p.ports) {
        QString iana = a.isIanaAssigned()
                           ? tr("IANA: %1").arg(a.ianaName)
                           : tr("Not assigned by IANA — common use: %1").arg(a.commonUse);
        const double howCommon = catalog.frequencies().maxIn(a.first, a.last, a.transport);
        if (howCommon >= 0)
            iana += QStringLiteral("; ") + tr("how common: %1").arg(howCommonText(howCommon));
        ports += QStringLiteral("<li><b>%1</b>%2 — %3</li>")
                     .arg(esc(a.label()),
                          a.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(a.role)),
                          esc(iana));
    }
    if (!p.ports.isEmpty())
        ports = QStringLiteral("<ul>%1</ul>").arg(ports);
    html += section(tr("Ports"), ports);

    const QColor color = theme::securityColor(p.security, palette);
    html += section(tr("Security"),
                    QStringLiteral("<p><span style=\"color:%1\"><b>%2 %3</b></span> — %4</p>")
                        .arg(color.name(), theme::securitySymbol(p.security),
                             esc(PortTableModel::securityLabel(int(p.security))),
                             esc(p.securityReason)));
    html += section(tr("Secure counterpart"), protocolLinks(catalog, p.counterparts));
    html += section(tr("Official vs common use"), paragraph(p.officialVsCommon));

    QStringList exams;
    for (const ExamTag &t : p.exams) {
        const ExamInfo *info = findExam(t.exam);
        QString text = info ? info->title : t.exam;
        if (!t.label.isEmpty())
            text += QStringLiteral(" — \"%1\"").arg(t.label);
        exams << QStringLiteral("<li>%1</li>").arg(esc(text));
    }
    if (!exams.isEmpty())
        html += section(tr("Exams"), QStringLiteral("<ul>%1</ul>").arg(exams.join(QString())));
    html += section(tr("Notes"), paragraph(p.notes));
    html += section(tr("Related"), protocolLinks(catalog, p.related));
    html += section(tr("Sources"), paragraph(p.sources.join(QStringLiteral("; "))));
    return html;
}

QString registryHtml(const Catalog &catalog, const CatalogRow &row)
{
    const RegistryRecord &r = catalog.registry().at(row.index);
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i> · %3</p>")
                       .arg(esc(r.service.isEmpty() ? tr("Reserved") : r.service),
                            esc(r.portText() + QLatin1Char('/') + transportName(r.transport)),
                            esc(tr("IANA registry")));
    if (row.explainedBy >= 0) {
        const Protocol &p = catalog.protocols().at(row.explainedBy);
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Explained in the study set:")), link(p));
    }
    html += registryFields(r, row.howCommon);
    QStringList others;
    for (const RegistryRecord *o : catalog.registryAt(r.first, r.transport)) {
        if (o != &r)
            others << esc(o->service.isEmpty() ? tr("(reserved)") : o->service) +
                          QStringLiteral(" — ") + esc(o->description);
    }
    if (!others.isEmpty())
        html += section(tr("Also registered on this port"),
                        QStringLiteral("<ul><li>%1</li></ul>").arg(others.join(QStringLiteral("</li><li>"))));
    return html;
}

} // namespace

QString detailsHtml(const Catalog &catalog, int rowNumber, const QPalette &palette)
{
    if (rowNumber < 0 || rowNumber >= catalog.rows().size())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("Select a row to see its details.")));
    const CatalogRow &row = catalog.rows().at(rowNumber);
    return row.isCurated() ? curatedHtml(catalog, catalog.protocols().at(row.index), palette)
                           : registryHtml(catalog, row);
}

QString protocolKeyFromLink(const QString &url)
{
    static const QString prefix = QStringLiteral("portolan:protocol/");
    return url.startsWith(prefix) ? url.mid(prefix.size()) : QString();
}

} // namespace portolan
