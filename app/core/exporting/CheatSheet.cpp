#include "exporting/CheatSheet.h"

#include "catalog/Catalog.h"
#include "domain/RangeClass.h"

#include <QCoreApplication>
#include <algorithm>

namespace portolan {

namespace {

QString spanText(int first, int last)
{
    return first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
}

// Table cells hold one line: control characters and line ends become spaces.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    return text.simplified();
}

// Markdown table cell: pipes, backslashes, markup and emphasis characters lose their meaning.
QString mdCell(const QString &text)
{
    QString out;
    for (const QChar c : oneLine(text)) {
        if (QStringLiteral("\\|*_`[]<>#~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString CheatSheet::securityMark(Security s)
{
    switch (s) {
    case Security::Secure:
        return QStringLiteral("✔ ") + QCoreApplication::translate("CheatSheet", "secure");
    case Security::Insecure:
        return QStringLiteral("✖ ") + QCoreApplication::translate("CheatSheet", "insecure");
    case Security::Depends:
        return QStringLiteral("◐ ") + QCoreApplication::translate("CheatSheet", "depends");
    case Security::Unclassified:
        break;
    }
    return {};
}

QList<CheatSheetGroup> CheatSheet::build(const Catalog &catalog, const QList<int> &rows)
{
    QList<CheatSheetGroup> groups{
        {QCoreApplication::translate("CheatSheet", "System ports (0–1023)"), {}},
        {QCoreApplication::translate("CheatSheet", "User ports (1024–49151)"), {}},
        {QCoreApplication::translate("CheatSheet", "Dynamic ports (49152–65535)"), {}},
        {QCoreApplication::translate("CheatSheet", "IP protocol numbers"), {}},
    };
    for (int r : rows) {
        if (r < 0 || r >= catalog.rows().size())
            continue;
        const CatalogRow &row = catalog.rows().at(r);
        CheatSheetEntry e;
        QStringList ports;
        // In port order, as the window's table shows them (FTP is "20, 21" everywhere).
        QList<PortSpan> spans = row.spans;
        std::stable_sort(spans.begin(), spans.end(),
                         [](const PortSpan &a, const PortSpan &b) { return a.first < b.first; });
        for (const PortSpan &s : std::as_const(spans)) {
            const QString text = spanText(s.first, s.last);
            if (!ports.contains(text))
                ports << text;
        }
        e.ports = oneLine(ports.join(QStringLiteral(", ")));
        e.transports = transportMaskLabel(row.transports);
        e.security = row.security;
        e.exams = row.exams.join(QStringLiteral(", ")).toUpper();
        if (row.isCurated()) {
            const Protocol &p = catalog.protocols().at(row.index);
            e.name = oneLine(p.abbreviation.isEmpty() ? p.name : p.abbreviation);
            e.description = oneLine(p.abbreviation.isEmpty() ? p.summary : p.name);
            if (p.kind == Protocol::Kind::IpProtocol)
                e.ports = QCoreApplication::translate("CheatSheet", "IP %1").arg(p.ipProtocol);
        } else {
            const RegistryRecord &rec = catalog.registry().at(row.index);
            e.name = oneLine(rec.service);
            e.description = oneLine(rec.description);
        }
        const int group = row.firstPort < 0 ? 3 : int(row.rangeClass);
        groups[group].entries.append(e);
    }
    groups.removeIf([](const CheatSheetGroup &g) { return g.entries.isEmpty(); });
    return groups;
}

QByteArray CheatSheet::toMarkdown(const Catalog &catalog, const QList<int> &rows,
                                  const QString &query)
{
    QString md = QStringLiteral("# ") +
                 QCoreApplication::translate("CheatSheet", "Port cheat sheet") +
                 QStringLiteral("\n\n");
    if (!query.trimmed().isEmpty())
        md += QCoreApplication::translate("CheatSheet", "Search: %1").arg(mdCell(query)) +
              QStringLiteral("\n\n");
    const QString header = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---:|---|---|---|---|\n")
                               .arg(QCoreApplication::translate("CheatSheet", "Port"),
                                    QCoreApplication::translate("CheatSheet", "Transport"),
                                    QCoreApplication::translate("CheatSheet", "Name"),
                                    QCoreApplication::translate("CheatSheet", "Security"),
                                    QCoreApplication::translate("CheatSheet", "Description"));
    for (const CheatSheetGroup &g : build(catalog, rows)) {
        md += QStringLiteral("## ") + g.title + QStringLiteral("\n\n") + header;
        for (const CheatSheetEntry &e : g.entries)
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(mdCell(e.ports), mdCell(e.transports), mdCell(e.name),
                           securityMark(e.security), mdCell(e.description));
        md += QLatin1Char('\n');
    }
    return md.toUtf8();
}

} // namespace portolan
