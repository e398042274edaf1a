#pragma once

#include "domain/RangeClass.h"

#include <QList>
#include <QString>

class QJsonObject;

namespace portolan {

class Catalog;
struct EphemeralRange;

// What the atlas knows of any port number, assigned or not: "what range is 50000 in, and who
// uses it?" is an exam question whose answer needs no registry entry. For one port or a range
// of them: the range class (both names), the operating systems that draw client ports from
// it, the entries on it, the nearest assigned ports below and above, the nearest study-set
// entries, and how often nmap finds it open.
struct PortCard
{
    int first = 0;
    int last = 0;
    QList<RangeClass> classes;               // the classes the ports fall in, in order
    QList<const EphemeralRange *> ephemeral; // OS ranges that hold every port of it
    QList<int> rows;                         // catalog rows on these ports
    int assignedBelow = -1;                  // the nearest assigned port below, -1: none
    int assignedAbove = -1;                  // the nearest assigned port above, -1: none
    QList<int> studyBelow;                   // study-set rows of the nearest port below
    QList<int> studyAbove;                   // study-set rows of the nearest port above
    double howCommon = -1.0;                 // nmap's open frequency (TCP or UDP), -1: unknown

    static PortCard make(const Catalog &catalog, int first, int last);
    bool assigned() const { return !rows.isEmpty(); }

    // "System (well-known)" and the like, joined.
    QString rangeText() const;
    // A few lines for the terminal and the details pane, in plain text.
    QStringList lines(const Catalog &catalog) const;
    QJsonObject toJson(const Catalog &catalog) const;
};

} // namespace portolan
