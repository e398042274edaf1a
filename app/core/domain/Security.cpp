#include "domain/Security.h"

namespace portolan {

QString securityName(Security s)
{
    switch (s) {
    case Security::Secure:
        return QStringLiteral("secure");
    case Security::Insecure:
        return QStringLiteral("insecure");
    case Security::Depends:
        return QStringLiteral("depends");
    case Security::Unclassified:
        break;
    }
    return {};
}

bool parseSecurity(QStringView text, Security *out)
{
    for (Security s : {Security::Secure, Security::Insecure, Security::Depends}) {
        if (text.compare(securityName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace portolan
