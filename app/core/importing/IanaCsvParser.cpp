#include "importing/IanaCsvParser.h"

#include "importing/CsvReader.h"
#include "importing/ImportText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portolan {

namespace {

// Fields are stored as the generator stores them: CR dropped, trimmed.
QString clean(const QString &field)
{
    QString s = field;
    s.remove(QLatin1Char('\r'));
    return s.trimmed();
}

enum Column
{
    ServiceName,
    PortNumber,
    TransportProtocol,
    Description,
    Assignee,
    Contact,
    RegistrationDate,
    ModificationDate,
    Reference,
    ServiceCode,
    UnauthorizedUse,
    AssignmentNotes,
    kColumns
};

} // namespace

const QStringList &IanaCsvParser::columns()
{
    static const QStringList names = {QStringLiteral("Service Name"),
                                      QStringLiteral("Port Number"),
                                      QStringLiteral("Transport Protocol"),
                                      QStringLiteral("Description"),
                                      QStringLiteral("Assignee"),
                                      QStringLiteral("Contact"),
                                      QStringLiteral("Registration Date"),
                                      QStringLiteral("Modification Date"),
                                      QStringLiteral("Reference"),
                                      QStringLiteral("Service Code"),
                                      QStringLiteral("Unauthorized Use Reported"),
                                      QStringLiteral("Assignment Notes")};
    return names;
}

bool IanaCsvParser::parse(const QByteArray &bytes, const QString &fileName)
{
    ImportText text;
    if (!begin(ImportFormat::IanaCsv, bytes, fileName, &text))
        return false;
    CsvReader reader(text.text());
    QStringList fields;
    CsvReader::Status status = reader.next(&fields);
    if (status == CsvReader::Status::Error)
        return fail(reader.recordLine(), reader.errorText());
    QStringList header;
    for (const QString &f : fields)
        header << clean(f);
    if (header.size() != kColumns ||
        header.join(QLatin1Char(','))
            .compare(columns().join(QLatin1Char(',')), Qt::CaseInsensitive)) {
        return fail(reader.recordLine(),
                    QCoreApplication::translate(
                        "IanaCsvParser",
                        "not an IANA registry CSV: the first line must be the header \"%1\"")
                        .arg(columns().join(QLatin1Char(','))));
    }

    static const QRegularExpression portRe(QStringLiteral("^(\\d{1,9})(?:-(\\d{1,9}))?$"));
    static const QRegularExpression notAssigned(
        QStringLiteral("unassigned|de-?registered|^removed$|^deprecated$|decom+issioned"),
        QRegularExpression::CaseInsensitiveOption);
    while ((status = reader.next(&fields)) == CsvReader::Status::Record) {
        const int line = reader.recordLine();
        if (fields.size() != kColumns)
            return fail(line,
                        QCoreApplication::translate("IanaCsvParser", "expected %1 fields, found %2")
                            .arg(kColumns)
                            .arg(fields.size()));
        ++m_data.entries;
        for (QString &f : fields)
            f = clean(f);
        const QString &port = fields.at(PortNumber);
        if (port.isEmpty()) {
            ++m_data.withoutPort;
            continue;
        }
        const auto m = portRe.match(port);
        if (!m.hasMatch())
            return fail(
                line,
                QCoreApplication::translate("IanaCsvParser", "bad port number \"%1\"").arg(port));
        RegistryRecord r;
        r.first = m.captured(1).toInt();
        r.last = m.hasCaptured(2) ? m.captured(2).toInt() : r.first;
        if (r.first > 65535 || r.last > 65535)
            return fail(line, QCoreApplication::translate(
                                  "IanaCsvParser", "port number \"%1\" is out of range (0-65535)")
                                  .arg(port));
        if (r.last < r.first)
            return fail(line,
                        QCoreApplication::translate("IanaCsvParser", "reversed port range \"%1\"")
                            .arg(port));
        r.service = fields.at(ServiceName);
        if (r.service.isEmpty() && notAssigned.match(fields.at(Description)).hasMatch()) {
            ++m_data.unassigned;
            continue;
        }
        const QString &transport = fields.at(TransportProtocol);
        if (transport.isEmpty()) {
            ++m_data.withoutTransport;
            continue;
        }
        if (!parseTransport(transport, &r.transport))
            return fail(line, QCoreApplication::translate("IanaCsvParser",
                                                          "unknown transport protocol \"%1\"")
                                  .arg(transport));
        r.description = fields.at(Description);
        r.assignee = fields.at(Assignee);
        r.contact = fields.at(Contact);
        r.registered = fields.at(RegistrationDate);
        r.modified = fields.at(ModificationDate);
        r.reference = fields.at(Reference);
        r.serviceCode = fields.at(ServiceCode);
        r.unauthorizedUse = fields.at(UnauthorizedUse);
        r.assignmentNotes = fields.at(AssignmentNotes);
        m_data.records.append(std::move(r));
    }
    if (status == CsvReader::Status::Error)
        return fail(reader.recordLine(), reader.errorText());
    if (m_data.records.isEmpty())
        return fail(reader.recordLine(),
                    QCoreApplication::translate(
                        "IanaCsvParser",
                        "no port assignments in the file (importing it would empty the registry)"));
    return finish();
}

} // namespace portolan
