#include "domain/PortAssignment.h"

namespace portolan {

QString PortAssignment::portText() const
{
    return first == last ? QString::number(first)
                         : QString::number(first) + QLatin1Char('-') + QString::number(last);
}

QString PortAssignment::label() const
{
    return portText() + QLatin1Char('/') + transportName(transport);
}

} // namespace portolan
