#include "domain/RegistryRecord.h"

namespace portolan {

QString RegistryRecord::portText() const
{
    return first == last ? QString::number(first)
                         : QString::number(first) + QLatin1Char('-') + QString::number(last);
}

} // namespace portolan
