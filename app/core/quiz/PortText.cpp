#include "quiz/PortText.h"

#include <QMap>
#include <QStringList>
#include <algorithm>

namespace portolan {

QList<int> portNumbers(const QList<PortAssignment> &claims)
{
    QList<int> out;
    for (const PortAssignment &a : claims) {
        for (int p = a.first; p <= a.last; ++p) {
            if (!out.contains(p))
                out.append(p);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString portClaimsText(const QList<PortAssignment> &claims)
{
    // Keyed by (first, last) so that a range stays one entry; QMap keeps them in port order.
    QMap<QPair<int, int>, TransportMask> byPort;
    for (const PortAssignment &a : claims)
        byPort[{a.first, a.last}] |= maskOf(a.transport);
    QStringList parts;
    for (auto it = byPort.cbegin(); it != byPort.cend(); ++it) {
        const auto [first, last] = it.key();
        const QString number =
            first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
        parts << number + QLatin1Char(' ') + transportMaskLabel(it.value());
    }
    return parts.join(QStringLiteral(" · "));
}

QString portSetText(const QList<int> &ports)
{
    QStringList parts;
    for (int p : ports)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}

} // namespace portolan
