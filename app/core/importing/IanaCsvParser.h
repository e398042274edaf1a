#pragma once

#include "importing/ImportParser.h"

#include <QByteArray>
#include <QString>

namespace portolan {

// Parses IANA's service-names-port-numbers.csv (the twelve columns from "Service Name" to
// "Assignment Notes", RFC 4180 quoting). Rows become registry records; rows that assign no
// port (service names only), rows without a transport protocol and nameless "Unassigned" rows
// are counted, not imported, exactly as the embedded registry's generator treats them.
// Anything malformed refuses the whole file with "FILE:LINE: what", LINE being where the bad
// record starts.
class IanaCsvParser : public ImportParser
{
public:
    static const QStringList &columns();

    bool parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace portolan
