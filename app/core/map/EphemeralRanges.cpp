#include "map/EphemeralRanges.h"

#include <QCoreApplication>

namespace portolan {

QString EphemeralRange::rangeText() const
{
    return QStringLiteral("%1\u2013%2").arg(first).arg(last);
}

const QList<EphemeralRange> &ephemeralRanges()
{
    // Built on first use so that the names are translated once a translator is installed.
    static const QList<EphemeralRange> ranges = {
        // IANA's Dynamic/Private range; not a recommendation: RFC 6056 recommends choosing
        // from the whole of 1024–65535.
        {QStringLiteral("iana"),
         QCoreApplication::translate("EphemeralRanges", "IANA Dynamic range"),
         QCoreApplication::translate("EphemeralRanges", "IANA"), 49152, 65535,
         QStringLiteral("RFC 6335 \u00a76")},
        {QStringLiteral("linux"), QCoreApplication::translate("EphemeralRanges", "Linux"),
         QCoreApplication::translate("EphemeralRanges", "Linux"), 32768, 60999,
         QStringLiteral("net.ipv4.ip_local_port_range")},
        {QStringLiteral("windows"),
         QCoreApplication::translate("EphemeralRanges", "Windows Vista / Server 2008 and later"),
         QCoreApplication::translate("EphemeralRanges", "Windows"), 49152, 65535,
         QStringLiteral("netsh int ipv4 show dynamicport tcp")},
        {QStringLiteral("windows-xp"),
         QCoreApplication::translate("EphemeralRanges", "Windows XP / Server 2003 and earlier"),
         QCoreApplication::translate("EphemeralRanges", "Windows XP"), 1025, 5000,
         QStringLiteral("MaxUserPort (registry)")},
        {QStringLiteral("macos"), QCoreApplication::translate("EphemeralRanges", "macOS"),
         QCoreApplication::translate("EphemeralRanges", "macOS"), 49152, 65535,
         QStringLiteral("net.inet.ip.portrange.first/last")},
        {QStringLiteral("freebsd"), QCoreApplication::translate("EphemeralRanges", "FreeBSD"),
         QCoreApplication::translate("EphemeralRanges", "FreeBSD"), 10000, 65535,
         QStringLiteral("net.inet.ip.portrange.first/last")},
    };
    return ranges;
}

const EphemeralRange *findEphemeralRange(QStringView id)
{
    for (const EphemeralRange &r : ephemeralRanges()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace portolan
