#pragma once

// A catalog for the fuzz targets that need one: the embedded study set (every curated entry)
// and a sample of the embedded registry, small enough that one input runs in well under a
// millisecond. Built once per process.

#include "FuzzSupport.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"

namespace portolan::fuzz {

inline const Catalog &fuzzCatalog()
{
    static const Catalog catalog = [] {
        EmbeddedReference reference;
        require(reference.load(), "the embedded reference loads");
        // Every 150th registry record: ranges, reserved slots and all four transports.
        QList<RegistryRecord> sample;
        for (qsizetype i = 0; i < reference.registry().size(); i += 150)
            sample.append(reference.registry().at(i));
        Catalog c;
        c.setData(reference.protocols(), sample);
        return c;
    }();
    return catalog;
}

} // namespace portolan::fuzz
