#include "domain/RangeClass.h"

namespace portolan {

QString rangeClassId(RangeClass c)
{
    switch (c) {
    case RangeClass::System:
        return QStringLiteral("system");
    case RangeClass::User:
        return QStringLiteral("user");
    case RangeClass::Dynamic:
        return QStringLiteral("dynamic");
    }
    return {};
}

QString rangeClassLegacyId(RangeClass c)
{
    switch (c) {
    case RangeClass::System:
        return QStringLiteral("well-known");
    case RangeClass::User:
        return QStringLiteral("registered");
    case RangeClass::Dynamic:
        return QStringLiteral("private");
    }
    return {};
}

int rangeClassFirstPort(RangeClass c)
{
    switch (c) {
    case RangeClass::System:
        return 0;
    case RangeClass::User:
        return kLastSystemPort + 1;
    case RangeClass::Dynamic:
        return kLastUserPort + 1;
    }
    return 0;
}

int rangeClassLastPort(RangeClass c)
{
    switch (c) {
    case RangeClass::System:
        return kLastSystemPort;
    case RangeClass::User:
        return kLastUserPort;
    case RangeClass::Dynamic:
        return kLastPort;
    }
    return kLastPort;
}

bool parseRangeClass(QStringView text, RangeClass *out)
{
    for (RangeClass c : {RangeClass::System, RangeClass::User, RangeClass::Dynamic}) {
        if (text.compare(rangeClassId(c), Qt::CaseInsensitive) == 0 ||
            text.compare(rangeClassLegacyId(c), Qt::CaseInsensitive) == 0) {
            *out = c;
            return true;
        }
    }
    const auto is = [&](const char *s) {
        return text.compare(QLatin1String(s), Qt::CaseInsensitive) == 0;
    };
    if (is("wellknown") || is("well_known")) {
        *out = RangeClass::System;
        return true;
    }
    if (is("ephemeral")) {
        *out = RangeClass::Dynamic;
        return true;
    }
    return false;
}

} // namespace portolan
