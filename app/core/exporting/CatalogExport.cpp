#include "exporting/CatalogExport.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogJson.h"
#include "exporting/CheatSheet.h"
#include "models/Roles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace portolan {

namespace {

// RFC 4180: quote a field holding a comma, a quote or a line end, doubling inner quotes.
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString portLabel(int first, int last, Transport t)
{
    return (first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last)) +
           QLatin1Char('/') + transportName(t);
}

QString howCommon(const CatalogRow &row)
{
    return row.howCommon >= 0 ? QString::number(row.howCommon, 'g', 6) : QString();
}

QStringList curatedFields(const Catalog &catalog, const CatalogRow &row)
{
    const Protocol &p = catalog.protocols().at(row.index);
    QStringList ports;
    for (const PortAssignment &a : p.ports)
        ports << portLabel(a.first, a.last, a.transport);
    QStringList exams;
    for (const ExamTag &t : p.exams) {
        if (!t.beyond)
            exams << t.exam;
    }
    const QString sep = QStringLiteral("; ");
    return {row.isCustom() ? QStringLiteral("custom") : QStringLiteral("curated"),
            p.key,
            p.abbreviation,
            p.name,
            ports.join(sep),
            p.kind == Protocol::Kind::IpProtocol ? QString::number(p.ipProtocol) : QString(),
            row.firstPort >= 0 ? rangeClassId(row.rangeClass) : QString(),
            howCommon(row),
            securityName(p.security),
            p.securityReason,
            p.counterparts.join(sep),
            exams.join(sep),
            p.summary,
            p.officialVsCommon,
            p.notes,
            p.sources.join(sep),
            {},
            {},
            {},
            {},
            {},
            {},
            {},
            {},
            {}};
}

QStringList registryFields(const Catalog &catalog, const CatalogRow &row)
{
    const RegistryRecord &r = catalog.registry().at(row.index);
    return {QStringLiteral("registry"),
            {},
            r.service,
            r.description,
            portLabel(r.first, r.last, r.transport),
            {},
            rangeClassId(row.rangeClass),
            howCommon(row),
            {},
            {},
            {},
            {},
            {},
            {},
            {},
            {},
            r.assignee,
            r.contact,
            r.registered,
            r.modified,
            r.reference,
            r.serviceCode,
            r.unauthorizedUse,
            r.assignmentNotes,
            row.explainedBy >= 0 ? catalog.protocols().at(row.explainedBy).key : QString()};
}

} // namespace

QByteArray CatalogExport::toAnki(const Catalog &catalog, const QList<int> &rows)
{
    // Anki's text import: header lines name the separator and the tags column; fields are HTML
    // (escaped here), one note per line, front / back / tags.
    QString out = QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n");
    const auto field = [](const QString &text) {
        QString t = text.toHtmlEscaped();
        for (QChar &c : t)
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
                c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QLatin1Char(' ');
        return t;
    };
    for (int r : rows) {
        if (r < 0 || r >= catalog.rows().size() || !catalog.rows().at(r).isCurated())
            continue;
        const Protocol &p = catalog.protocols().at(catalog.rows().at(r).index);
        if (p.ports.isEmpty())
            continue;
        QStringList ports;
        for (const PortAssignment &a : p.ports)
            ports << portLabel(a.first, a.last, a.transport);
        QStringList tags{QStringLiteral("portolan")};
        for (const ExamTag &t : p.exams) {
            if (!t.beyond)
                tags << t.exam;
        }
        const QString name = p.abbreviation.isEmpty() ? p.name
                                                      : p.abbreviation + QStringLiteral(" (") +
                                                            p.name + QLatin1Char(')');
        const QString security = CheatSheet::securityMark(p.security);
        out += field(QCoreApplication::translate("CatalogExport", "Which port does %1 use?")
                         .arg(p.abbreviation.isEmpty() ? p.name : p.abbreviation)) +
               QLatin1Char('\t') + field(ports.join(QStringLiteral(", "))) + QLatin1Char('\t') +
               tags.join(QLatin1Char(' ')) + QLatin1Char('\n');
        out += field(QCoreApplication::translate("CatalogExport", "What runs on %1?")
                         .arg(ports.join(QStringLiteral(", ")))) +
               QLatin1Char('\t') +
               field(security.isEmpty() ? name : name + QStringLiteral(" — ") + security) +
               QLatin1Char('\t') + tags.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

std::optional<CatalogExport::Format> CatalogExport::formatFromId(QStringView id)
{
    if (id.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (id.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (id.compare(QLatin1String("md"), Qt::CaseInsensitive) == 0 ||
        id.compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0)
        return Format::Markdown;
    if (id.compare(QLatin1String("anki"), Qt::CaseInsensitive) == 0)
        return Format::Anki;
    if (id.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    return std::nullopt;
}

std::optional<CatalogExport::Format> CatalogExport::formatFromFileName(const QString &path)
{
    return formatFromId(QFileInfo(path).suffix());
}

const QStringList &CatalogExport::csvColumns()
{
    // Shared columns first, then the study set's, then the registry's (empty where they do
    // not apply), so one file holds both kinds of row.
    static const QStringList columns = {QStringLiteral("origin"),
                                        QStringLiteral("key"),
                                        QStringLiteral("name"),
                                        QStringLiteral("description"),
                                        QStringLiteral("ports"),
                                        QStringLiteral("ip_protocol"),
                                        QStringLiteral("range_class"),
                                        QStringLiteral("how_common"),
                                        QStringLiteral("security"),
                                        QStringLiteral("security_reason"),
                                        QStringLiteral("counterparts"),
                                        QStringLiteral("exams"),
                                        QStringLiteral("summary"),
                                        QStringLiteral("official_vs_common"),
                                        QStringLiteral("notes"),
                                        QStringLiteral("sources"),
                                        QStringLiteral("assignee"),
                                        QStringLiteral("contact"),
                                        QStringLiteral("registration_date"),
                                        QStringLiteral("modification_date"),
                                        QStringLiteral("reference"),
                                        QStringLiteral("service_code"),
                                        QStringLiteral("unauthorized_use_reported"),
                                        QStringLiteral("assignment_notes"),
                                        QStringLiteral("explained_by")};
    return columns;
}

QByteArray CatalogExport::toCsv(const Catalog &catalog, const QList<int> &rows)
{
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString out = line(csvColumns());
    for (int r : rows) {
        const CatalogRow &row = catalog.rows().at(r);
        const QStringList fields =
            row.isCurated() ? curatedFields(catalog, row) : registryFields(catalog, row);
        Q_ASSERT(fields.size() == csvColumns().size());
        out += line(fields);
    }
    return out.toUtf8();
}

QByteArray CatalogExport::toJson(const Catalog &catalog, const QList<int> &rows,
                                 const QString &query)
{
    QJsonArray results;
    for (int r : rows)
        results.append(catalogRowToJson(catalog, r));
    const QJsonObject doc{{QStringLiteral("query"), query},
                          {QStringLiteral("count"), int(rows.size())},
                          {QStringLiteral("results"), results}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray CatalogExport::encode(Format format, const Catalog &catalog, const QList<int> &rows,
                                 const QString &query)
{
    switch (format) {
    case Format::Csv:
        return toCsv(catalog, rows);
    case Format::Json:
        return toJson(catalog, rows, query);
    case Format::Markdown:
        return CheatSheet::toMarkdown(catalog, rows, query);
    case Format::Anki:
        return toAnki(catalog, rows);
    case Format::Pdf:
        break; // needs a paint device: CheatSheetPdf in the print library
    }
    return {};
}

QList<int> CatalogExport::rowsInView(const QAbstractItemModel &view)
{
    QList<int> rows;
    const int n = view.rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows.append(view.index(i, 0).data(CatalogRowRole).toInt());
    return rows;
}

} // namespace portolan
