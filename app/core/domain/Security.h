#pragma once

#include <QString>

namespace portolan {

// How a protocol protects what it carries. Depends is an honest third answer for protocols
// whose protection hangs on version or configuration (SNMP v1/v2c vs v3, LDAP with StartTLS).
// Registry rows carry no judgement: they are Unclassified.
enum class Security { Unclassified, Secure, Insecure, Depends };

QString securityName(Security s); // stable text id: "secure", "insecure", "depends", ""
bool parseSecurity(QStringView text, Security *out);

} // namespace portolan
