#include "DetailsHtml.h"

#include "Theme.h"
#include "catalog/Catalog.h"
#include "custom/CustomCatalog.h"
#include "domain/Category.h"
#include "domain/Percent.h"
#include "domain/SafeText.h"
#include "importing/OpenFrequencies.h"
#include "models/PortTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUrl>
namespace portolan {

namespace {

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
            links << link(*p) +
                         (ports.isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(esc(ports.join(QStringLiteral(", ")))));
        }
    }
    return links.isEmpty() ? QString()
                           : QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" · ")));
}

// "48.4% of nmap's scans find it open", or empty when nmap does not list the port.
QString howCommonText(double frequency)
{
    return frequency < 0
               ? QString()
               : QCoreApplication::translate("DetailsPane", "%1 of nmap's scans find it open")
                     .arg(formatHowCommon(frequency));
}

QString registryFields(const RegistryRecord &r, double howCommon)
{
    QString rows;
    const auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(label), esc(value));
    };
    row(QCoreApplication::translate("DetailsPane", "Service"),
        r.service.isEmpty() ? QCoreApplication::translate("DetailsPane", "(reserved)") : r.service);
    row(QCoreApplication::translate("DetailsPane", "Port"),
        r.portText() + QLatin1Char('/') + transportName(r.transport));
    row(QCoreApplication::translate("DetailsPane", "Description"), r.description);
    row(QCoreApplication::translate("DetailsPane", "Assignee"), r.assignee);
    row(QCoreApplication::translate("DetailsPane", "Contact"), r.contact);
    row(QCoreApplication::translate("DetailsPane", "Registered"), r.registered);
    row(QCoreApplication::translate("DetailsPane", "Modified"), r.modified);
    row(QCoreApplication::translate("DetailsPane", "Reference"), r.reference);
    row(QCoreApplication::translate("DetailsPane", "Service code"), r.serviceCode);
    row(QCoreApplication::translate("DetailsPane", "Unauthorized use reported"), r.unauthorizedUse);
    row(QCoreApplication::translate("DetailsPane", "Assignment notes"), r.assignmentNotes);
    row(QCoreApplication::translate("DetailsPane", "How common"), howCommonText(howCommon));
    return QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows);
}

QString curatedHtml(const Catalog &catalog, const Protocol &p, const QPalette &palette)
{
    const bool custom = catalog.isCustomProtocol(catalog.protocolIndex(p.key));
    QString html =
        QStringLiteral("<h2>%1</h2><p><i>%2</i> · %3</p>")
            .arg(esc(p.abbreviation), esc(p.name),
                 esc(custom ? QCoreApplication::translate("DetailsPane", "Your own entry")
                            : QCoreApplication::translate("DetailsPane", "Study set")));
    if (custom) {
        // Shown, never refused: the user may know better what runs on their network.
        QStringList conflicts;
        for (const RegistryRecord *r : registryConflicts(catalog, p))
            conflicts << esc(r->service + QLatin1Char(' ') + r->portText() + QLatin1Char('/') +
                             transportName(r->transport) + QStringLiteral(" — ") + r->description);
        if (!conflicts.isEmpty())
            html += section(QCoreApplication::translate(
                                "DetailsPane", "IANA assigns these ports to something else"),
                            QStringLiteral("<ul><li>%1</li></ul>")
                                .arg(conflicts.mid(0, 20).join(QStringLiteral("</li><li>"))));
    }
    html += paragraph(p.summary);
    // The category links to its search: every entry of the kind, a click away.
    if (!p.category.isEmpty())
        html += QStringLiteral("<p>%1 <a href=\"portolan:search/category:%2\">%3</a></p>")
                    .arg(esc(QCoreApplication::translate("DetailsPane", "Category:")), p.category,
                         esc(categoryTitle(p.category)));

    QString ports;
    if (p.kind == Protocol::Kind::IpProtocol)
        ports = QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate(
                                 "DetailsPane",
                                 "IP protocol number %1 (carried directly in IP, no port)")
                                 .arg(p.ipProtocol)));
    for (const PortAssignment &a : p.ports) {
        QStringList about;
        // The user's own ports carry no IANA name; what IANA assigns there is listed above.
        if (!custom)
            about << (a.isIanaAssigned()
                          ? QCoreApplication::translate("DetailsPane", "IANA: %1").arg(a.ianaName)
                          : QCoreApplication::translate("DetailsPane",
                                                        "Not assigned by IANA — common use: %1")
                                .arg(a.commonUse));
        const double howCommon = catalog.frequencies().maxIn(a.first, a.last, a.transport);
        if (howCommon >= 0)
            about << QCoreApplication::translate("DetailsPane", "how common: %1")
                         .arg(howCommonText(howCommon));
        const QString iana = about.join(QStringLiteral("; "));
        ports += QStringLiteral("<li><b>%1</b>%2%3</li>")
                     .arg(esc(a.label()),
                          a.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(a.role)),
                          iana.isEmpty() ? QString() : QStringLiteral(" — ") + esc(iana));
    }
    if (!p.ports.isEmpty())
        ports = QStringLiteral("<ul>%1</ul>").arg(ports);
    html += section(QCoreApplication::translate("DetailsPane", "Ports"), ports);

    const QColor color = theme::securityColor(p.security, palette);
    html += section(QCoreApplication::translate("DetailsPane", "Security"),
                    QStringLiteral("<p><span style=\"color:%1\"><b>%2 %3</b></span>%4</p>")
                        .arg(color.name(), theme::securitySymbol(p.security),
                             esc(PortTableModel::securityLabel(int(p.security))),
                             p.securityReason.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" — ") + esc(p.securityReason)));
    html += section(QCoreApplication::translate("DetailsPane", "Secure counterpart"),
                    protocolLinks(catalog, p.counterparts));
    html += section(QCoreApplication::translate("DetailsPane", "Official vs common use"),
                    paragraph(p.officialVsCommon));

    // Each tag cites the objective that names the entry ("N10-009 1.4"); the marks of entries
    // useful beyond the objectives are listed apart, so no one takes them for exam content.
    QStringList exams;
    QStringList beyond;
    for (const ExamTag &t : p.exams) {
        const ExamInfo *info = findExam(t.exam);
        const QString title = info ? info->title : t.exam;
        if (t.beyond) {
            beyond << QStringLiteral("<li>%1</li>").arg(esc(title));
            continue;
        }
        QString text =
            t.objective == QLatin1String("acronyms")
                ? QCoreApplication::translate("DetailsPane", "%1 acronym list").arg(title)
                : title + QLatin1Char(' ') + t.objective;
        if (!t.label.isEmpty())
            text += QStringLiteral(" — \"%1\"").arg(t.label);
        exams << QStringLiteral("<li>%1</li>").arg(esc(text));
    }
    if (!exams.isEmpty())
        html += section(QCoreApplication::translate("DetailsPane", "Exams"),
                        QStringLiteral("<ul>%1</ul>").arg(exams.join(QString())));
    if (!beyond.isEmpty())
        html += section(
            QCoreApplication::translate("DetailsPane", "Beyond the objectives"),
            QStringLiteral("<p>%1</p><ul>%2</ul>")
                .arg(esc(QCoreApplication::translate(
                         "DetailsPane", "Useful for these exams, but their objectives do not name "
                                        "it; their decks leave it out.")),
                     beyond.join(QString())));
    html += section(QCoreApplication::translate("DetailsPane", "Notes"), paragraph(p.notes));
    html += section(QCoreApplication::translate("DetailsPane", "Related"),
                    protocolLinks(catalog, p.related));
    html += section(QCoreApplication::translate("DetailsPane", "Sources"),
                    paragraph(p.sources.join(QStringLiteral("; "))));
    return html;
}

QString registryHtml(const Catalog &catalog, const CatalogRow &row)
{
    const RegistryRecord &r = catalog.registry().at(row.index);
    QString html =
        QStringLiteral("<h2>%1</h2><p><i>%2</i> · %3</p>")
            .arg(esc(r.service.isEmpty() ? QCoreApplication::translate("DetailsPane", "Reserved")
                                         : r.service),
                 esc(r.portText() + QLatin1Char('/') + transportName(r.transport)),
                 esc(QCoreApplication::translate("DetailsPane", "IANA registry")));
    if (row.explainedBy >= 0) {
        const Protocol &p = catalog.protocols().at(row.explainedBy);
        html +=
            QStringLiteral("<p>%1 %2</p>")
                .arg(esc(QCoreApplication::translate("DetailsPane", "Explained in the study set:")),
                     link(p));
    }
    html += registryFields(r, row.howCommon);
    QStringList others;
    for (const RegistryRecord *o : catalog.registryAt(r.first, r.transport)) {
        if (o != &r)
            others << esc(o->service.isEmpty()
                              ? QCoreApplication::translate("DetailsPane", "(reserved)")
                              : o->service) +
                          QStringLiteral(" — ") + esc(o->description);
    }
    if (!others.isEmpty())
        html += section(
            QCoreApplication::translate("DetailsPane", "Also registered on this port"),
            QStringLiteral("<ul><li>%1</li></ul>").arg(others.join(QStringLiteral("</li><li>"))));
    return html;
}

} // namespace

QString detailsHtml(const Catalog &catalog, int rowNumber, const QPalette &palette)
{
    if (rowNumber < 0 || rowNumber >= catalog.rows().size())
        return QStringLiteral("<p>%1</p>")
            .arg(esc(
                QCoreApplication::translate("DetailsPane", "Select a row to see its details.")));
    const CatalogRow &row = catalog.rows().at(rowNumber);
    return row.isCurated() ? curatedHtml(catalog, catalog.protocols().at(row.index), palette)
                           : registryHtml(catalog, row);
}

QString protocolKeyFromLink(const QString &url)
{
    static const QString prefix = QStringLiteral("portolan:protocol/");
    return url.startsWith(prefix) ? url.mid(prefix.size()) : QString();
}

namespace {

QString ratingLabel(Rating rating)
{
    switch (rating) {
    case Rating::Again:
        return QCoreApplication::translate("DetailsHtml", "Again");
    case Rating::Hard:
        return QCoreApplication::translate("DetailsHtml", "Hard");
    case Rating::Good:
        return QCoreApplication::translate("DetailsHtml", "Good");
    case Rating::Easy:
        return QCoreApplication::translate("DetailsHtml", "Easy");
    }
    return {};
}

} // namespace

QString studyHtml(const QString &key, const QList<CardStudy> &cards, qint64 nowMs,
                  const QString &error)
{
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("DetailsHtml", "Your study"));
    if (!error.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped());
    if (cards.isEmpty())
        return {};
    const QLocale locale;
    int studied = 0;
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><th align='left'>%1</th>"
                           "<th align='right'>%2</th><th align='left'>%3</th>"
                           "<th align='right'>%4</th><th align='left'>%5</th></tr>")
                .arg(QCoreApplication::translate("DetailsHtml", "Card"),
                     QCoreApplication::translate("DetailsHtml", "Recall now"),
                     QCoreApplication::translate("DetailsHtml", "Next due"),
                     QCoreApplication::translate("DetailsHtml", "Lapses"),
                     QCoreApplication::translate("DetailsHtml", "Last answer"));
    for (const CardStudy &c : cards) {
        studied += c.studied ? 1 : 0;
        const QString recall = c.studied ? percentText(c.recall, 0, locale) : QStringLiteral("–");
        QString due = QStringLiteral("–");
        if (c.studied) {
            const qint64 days = (c.dueMs - nowMs) / 86'400'000;
            due = c.dueMs <= nowMs ? QCoreApplication::translate("DetailsHtml", "now")
                  : days == 0      ? QCoreApplication::translate("DetailsHtml", "today")
                                   : locale.toString(QDateTime::fromMSecsSinceEpoch(c.dueMs).date(),
                                                     QLocale::ShortFormat);
        }
        const QString last =
            c.lastRating
                ? ratingLabel(*c.lastRating) + QStringLiteral(", ") +
                      locale.toString(QDateTime::fromMSecsSinceEpoch(c.lastAnsweredMs).date(),
                                      QLocale::ShortFormat)
                : QCoreApplication::translate("DetailsHtml", "never");
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td>"
                               "<td align='right'>%4</td><td>%5</td></tr>")
                    .arg(cardKindLabel(c.card.kind).toHtmlEscaped(), recall, due.toHtmlEscaped(),
                         c.studied ? QString::number(c.lapses) : QStringLiteral("–"),
                         last.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1 <a href=\"portolan:drill/%2\">%3</a></p>")
                .arg(QCoreApplication::translate("DetailsHtml", "%1 of %2 cards studied.")
                         .arg(studied)
                         .arg(cards.size()),
                     QString::fromUtf8(QUrl::toPercentEncoding(key)),
                     QCoreApplication::translate("DetailsHtml", "Drill these"));
    return html;
}

} // namespace portolan
