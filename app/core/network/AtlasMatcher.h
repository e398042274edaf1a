#pragma once

#include "domain/Security.h"
#include "domain/Transport.h"
#include "map/PortLookup.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

class Catalog;

// What the atlas says about a port seen on a machine or in a scan: the study-set entry it most
// likely is (with its security class, why, its secure counterparts and exams), else the names
// IANA registers there, else what the port card knows (range class, ephemeral use).
struct AtlasMatch
{
    enum class Kind : quint8
    {
        StudySet,
        Registry,
        PortCard
    };
    Kind kind = Kind::PortCard;
    int row = -1;  // catalog row to open; -1 for a port card
    QString key;   // study-set key ("telnet"); empty otherwise
    QString label; // "Telnet", "ms-wbt-server", or the range class
    QString name;  // the full name or the registry's description
    Security security = Security::Unclassified;
    QString securityReason;
    QStringList counterparts; // abbreviations of the secure counterparts
    QStringList exams;        // "N10-009 1.4", objectives only
    QString range;            // the port card's range class ("System (well-known)")
    QStringList ephemeral;    // systems whose client ports include it ("Linux", ...)

    bool cleartextOrDepends() const
    {
        return security == Security::Insecure || security == Security::Depends;
    }
    // One line: "Telnet (insecure: ...) -> use SSH; N10-009 1.5".
    QString summary() const;
    QJsonObject toJson() const;
};

// "kind" ids for JSON: "study-set", "registry", "port-card".
QString matchKindId(AtlasMatch::Kind kind);

// Matches ports to the catalog. Built once per catalog, which must outlive it; cheap per port.
class AtlasMatcher
{
public:
    explicit AtlasMatcher(const Catalog &catalog);

    // serviceHint: a name a scanner gave ("ssh", "microsoft-ds"); among several study-set
    // entries on the port, the one it names wins.
    AtlasMatch match(int port, Transport transport, const QString &serviceHint = {}) const;

private:
    AtlasMatch fromStudySet(int row) const;

    const Catalog &m_catalog;
    PortLookup m_lookup;
};

} // namespace portolan
