#pragma once

#include <QString>
#include <QtGlobal>

namespace portolan {

// The three IANA port classes of RFC 6335 §6. Exams still use the older names, so both are
// kept: System = "well-known", User = "registered", Dynamic = "private"/"ephemeral".
enum class RangeClass { System, User, Dynamic };

constexpr int kLastSystemPort = 1023;
constexpr int kLastUserPort = 49151;
constexpr int kLastPort = 65535;

constexpr RangeClass rangeClassOf(int port)
{
    return port <= kLastSystemPort ? RangeClass::System
           : port <= kLastUserPort ? RangeClass::User
                                   : RangeClass::Dynamic;
}

QString rangeClassId(RangeClass c);        // "system", "user", "dynamic"
QString rangeClassLegacyId(RangeClass c);  // "well-known", "registered", "private"
int rangeClassFirstPort(RangeClass c);
int rangeClassLastPort(RangeClass c);
// Accepts the current and the older names (and "ephemeral" for Dynamic).
bool parseRangeClass(QStringView text, RangeClass *out);

} // namespace portolan
