#pragma once

#include "domain/RangeClass.h"
#include "domain/Security.h"
#include "domain/Transport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// A port span of a row, flattened for matching.
struct PortSpan
{
    int first = 0;
    int last = 0;
    Transport transport = Transport::Tcp;
    // The entry is the one IANA registers here (its key is the IANA service name): HTTPS owns
    // 443, DNS over HTTPS merely uses it. Owners rank first for a port search.
    bool ianaOwner = false;
};

// One line of the browser's table, prepared once at load so that filtering per keystroke only
// compares: a curated protocol, a registry record or the user's own entry, with its folded text
// and ports.
struct CatalogRow
{
    // Custom rows are the user's own entries; like curated ones they are backed by a Protocol.
    enum class Origin : quint8
    {
        Curated,
        Registry,
        Custom
    };

    Origin origin = Origin::Registry;
    int index = -1;     // into Catalog::protocols() or Catalog::registry()
    int firstPort = -1; // lowest port; -1 for an IP protocol number
    TransportMask transports = 0;
    Security security = Security::Unclassified;
    RangeClass rangeClass = RangeClass::System;
    QList<PortSpan> spans;
    QStringList exams;       // ids of the exams whose objectives name it
    QStringList beyondExams; // ids of the exams it is marked useful for beyond the objectives
    QString folded;          // all searchable text, folded (TextFold)
    QStringList exactNames;  // folded names that count as an exact hit (abbreviation, key...)
    int explainedBy = -1;    // registry rows: index of the curated protocol that covers it
    double howCommon = -1;   // nmap's open frequency 0..1 (most common port of the row); -1 unknown
    QStringList labels;      // the user's labels on this entry, folded
    QString key;             // curated and own rows: the protocol's key; registry rows: empty
    // A knownCategories() id: the entry's own; a registry row takes the one of the study-set
    // entry that claims it under its IANA name (explainedBy); empty otherwise.
    QString category;

    // Backed by a Protocol (index into Catalog::protocols()): curated or the user's own.
    bool isCurated() const { return origin != Origin::Registry; }
    bool isCustom() const { return origin == Origin::Custom; }
};

} // namespace portolan
