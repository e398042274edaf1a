#include "LookupPrinter.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogJson.h"
#include "custom/CustomCatalog.h"
#include "domain/Category.h"
#include "domain/SafeText.h"
#include "models/PortTableModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace portolan {

namespace {

// Word-wraps text to width, indenting continuation lines.
QString wrap(const QString &text, int width, int indent)
{
    const QStringList words = visibleText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    int column = indent;
    for (const QString &w : words) {
        if (column > indent && column + 1 + w.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += w;
        column += int(w.size());
    }
    return out;
}

QString elide(const QString &text, int width)
{
    if (width <= 1 || text.size() <= width)
        return text;
    return text.left(width - 1) + QChar(0x2026);
}

// QJsonDocument escapes C0 control characters only; DEL, C1 controls (U+009B is a terminal's
// CSI) and bidirectional overrides would reach the terminal raw. Written as \u escapes they
// decode to the same strings. Outside strings JSON is ASCII, so only strings are touched.
QString terminalSafeJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x7F && visibleText(QStringView(&c, 1)) != c)
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

constexpr int kColumns[] = {PortTableModel::Port, PortTableModel::Transport, PortTableModel::Name,
                            PortTableModel::Security, PortTableModel::Description};

} // namespace

LookupPrinter::LookupPrinter(const Catalog &catalog, QTextStream &out)
    : m_catalog(catalog), m_out(out)
{}

void LookupPrinter::printTable(const QList<int> &rows, int limit, int width)
{
    PortTableModel model;
    model.setCatalog(&m_catalog);
    const int shown = limit > 0 ? qMin(limit, int(rows.size())) : int(rows.size());
    QList<QStringList> lines;
    QStringList header;
    for (int c : kColumns)
        header << model.headerData(c, Qt::Horizontal).toString().toUpper();
    lines << header;
    for (int i = 0; i < shown; ++i) {
        QStringList line;
        for (int c : kColumns)
            line << visibleText(model.data(model.index(rows.at(i), c)).toString());
        if (rows.at(i) >= 0 && m_catalog.rows().at(rows.at(i)).isCustom())
            line[2] += QStringLiteral(" +");
        else if (rows.at(i) >= 0 && m_catalog.rows().at(rows.at(i)).isCurated())
            line[2] += QStringLiteral(" *");
        lines << line;
    }
    const int n = int(std::size(kColumns));
    QList<int> widths(n, 0);
    for (const QStringList &l : lines) {
        for (int c = 0; c < n - 1; ++c)
            widths[c] = qMax(widths[c], int(l.at(c).size()));
    }
    int used = 0;
    for (int c = 0; c < n - 1; ++c)
        used += widths[c] + 2;
    const int last = qMax(20, width - used);
    for (const QStringList &l : lines) {
        QString text;
        for (int c = 0; c < n - 1; ++c)
            text += l.at(c).leftJustified(widths[c] + 2);
        text += elide(l.at(n - 1), last);
        m_out << text.trimmed() << '\n';
    }
    if (shown < rows.size())
        m_out << QCoreApplication::translate(
                     "LookupPrinter", "... and %1 more (use --all, or --json for everything)")
                     .arg(rows.size() - shown)
              << '\n';
    bool anyCurated = false;
    bool anyCustom = false;
    for (int i = 0; i < shown; ++i) {
        const CatalogRow &r = m_catalog.rows().at(rows.at(i));
        anyCustom = anyCustom || r.isCustom();
        anyCurated = anyCurated || (r.isCurated() && !r.isCustom());
    }
    if (anyCurated)
        m_out << QCoreApplication::translate("LookupPrinter", "* from the study set") << '\n';
    if (anyCustom)
        m_out << QCoreApplication::translate("LookupPrinter", "+ your own entry") << '\n';
}

void LookupPrinter::printDetails(int row, int width)
{
    const CatalogRow &r = m_catalog.rows().at(row);
    if (!r.isCurated())
        return;
    const Protocol &p = m_catalog.protocols().at(r.index);
    const int indent = 26;
    const auto field = [&](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        m_out << "  " << label.leftJustified(indent - 2) << wrap(value, width, indent) << '\n';
    };
    m_out << '\n' << visibleText(p.abbreviation) << " - " << visibleText(p.name) << '\n';
    field(QCoreApplication::translate("LookupPrinter", "About:"), p.summary);
    // The id beside the title is what category: searches take.
    if (!p.category.isEmpty())
        field(QCoreApplication::translate("LookupPrinter", "Category:"),
              QStringLiteral("%1 (category:%2)").arg(categoryTitle(p.category), p.category));
    QStringList ports;
    for (const PortAssignment &a : p.ports) {
        QString s = a.label();
        QStringList extra;
        if (!a.role.isEmpty())
            extra << a.role;
        if (a.isIanaAssigned())
            extra << QCoreApplication::translate("LookupPrinter", "IANA: %1").arg(a.ianaName);
        else if (!a.commonUse.isEmpty())
            extra
                << QCoreApplication::translate("LookupPrinter", "not IANA's: %1").arg(a.commonUse);
        ports << s + QStringLiteral(" (") + extra.join(QStringLiteral("; ")) + QLatin1Char(')');
    }
    if (p.kind == Protocol::Kind::IpProtocol)
        ports << QCoreApplication::translate("LookupPrinter", "IP protocol number %1")
                     .arg(p.ipProtocol);
    field(QCoreApplication::translate("LookupPrinter", "Ports:"), ports.join(QStringLiteral(", ")));
    if (r.isCustom()) {
        // Shown, never refused: the user's entry may well use a port IANA gives to another.
        QStringList assigned;
        for (const RegistryRecord *rec : registryConflicts(m_catalog, p))
            assigned << QStringLiteral("%1/%2 %3")
                            .arg(rec->portText(), transportName(rec->transport),
                                 visibleText(rec->service));
        field(QCoreApplication::translate("LookupPrinter", "IANA assigns:"),
              assigned.join(QStringLiteral(", ")));
    }
    field(QCoreApplication::translate("LookupPrinter", "Security:"),
          PortTableModel::securityLabel(int(p.security)) +
              (p.securityReason.isEmpty() ? QString() : QStringLiteral(" - ") + p.securityReason));
    QStringList counterparts;
    for (const QString &key : p.counterparts) {
        const Protocol *c = m_catalog.protocol(key);
        if (!c)
            continue;
        QStringList cports;
        for (const PortAssignment &a : c->ports)
            cports << a.label();
        counterparts << c->abbreviation +
                            (cports.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + cports.join(QStringLiteral(", ")) +
                                       QLatin1Char(')'));
    }
    field(QCoreApplication::translate("LookupPrinter", "Secure counterpart:"),
          counterparts.join(QStringLiteral("; ")));
    QStringList exams;
    QStringList beyond;
    for (const ExamTag &t : p.exams) {
        if (t.beyond) {
            beyond << ExamTag{t.exam, {}, {}, false}.citation();
            continue;
        }
        // "N10-009 1.4": the exam and the objective that names the entry.
        const QString cited = t.citation();
        exams << (t.label.isEmpty() ? cited
                                    : QCoreApplication::translate("LookupPrinter", "%1 (as \"%2\")")
                                          .arg(cited, t.label));
    }
    field(QCoreApplication::translate("LookupPrinter", "Exams:"), exams.join(QStringLiteral(", ")));
    field(QCoreApplication::translate("LookupPrinter", "Beyond the objectives:"),
          beyond.join(QStringLiteral(", ")));
    field(QCoreApplication::translate("LookupPrinter", "Official vs common use:"),
          p.officialVsCommon);
    field(QCoreApplication::translate("LookupPrinter", "Notes:"), p.notes);
    field(QCoreApplication::translate("LookupPrinter", "Sources:"),
          p.sources.join(QStringLiteral("; ")));
}

void LookupPrinter::printJson(const QString &query, const QList<int> &rows,
                              const QJsonArray &portCards, const QStringList &suggestions)
{
    QJsonArray results;
    for (int row : rows)
        results.append(catalogRowToJson(m_catalog, row));
    QJsonObject doc{{QStringLiteral("query"), query},
                    {QStringLiteral("count"), int(rows.size())},
                    {QStringLiteral("results"), results}};
    if (!portCards.isEmpty())
        doc.insert(QStringLiteral("portCards"), portCards);
    if (!suggestions.isEmpty())
        doc.insert(QStringLiteral("didYouMean"), QJsonArray::fromStringList(suggestions));
    m_out << terminalSafeJson(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

} // namespace portolan
