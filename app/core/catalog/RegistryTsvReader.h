#pragma once

#include "domain/RegistryRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace portolan {

// Reads the embedded registry table (db/registry/iana-registry.tsv): '#' comment lines, one
// header line, then 13 tab-separated, backslash-escaped fields per row. Errors give file:line.
class RegistryTsvReader
{
public:
    bool parse(const QByteArray &tsv, const QString &fileName);

    const QList<RegistryRecord> &records() const { return m_records; }
    QString errorText() const { return m_error; }

    static QString unescape(QStringView field);
    // The same format written back (header included), for the database's registry snapshot.
    static QString write(const QList<RegistryRecord> &records);

private:
    QList<RegistryRecord> m_records;
    QString m_error;
};

} // namespace portolan
