#pragma once
// Shared by the map tests: the real reference (study set + IANA registry) loaded once, and a
// random source whose draws a test decides.
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "map/RandomSource.h"

#include <QList>

namespace maptest {

inline const portolan::Catalog &referenceCatalog()
{
    static const portolan::Catalog catalog = [] {
        portolan::EmbeddedReference ref;
        const bool ok = ref.load();
        Q_ASSERT_X(ok, "referenceCatalog", qPrintable(ref.errorText()));
        portolan::Catalog c;
        c.setData(ref.protocols(), ref.registry());
        return c;
    }();
    return catalog;
}

inline int rowOf(const portolan::Catalog &catalog, const QString &key)
{
    return catalog.rowOfProtocol(catalog.protocolIndex(key));
}

// Returns the queued fractions of the bound in turn (0.0 → 0, 1.0 → bound − 1), cycling.
class ScriptedRandom : public portolan::RandomSource
{
public:
    explicit ScriptedRandom(QList<double> fractions = {0.0}) : m_fractions(std::move(fractions)) {}
    quint32 bounded(quint32 bound) override
    {
        const double f = m_fractions.at(m_next++ % m_fractions.size());
        ++m_draws;
        return quint32(qBound(0.0, f * (bound - 1), double(bound - 1)) + 0.5);
    }
    int draws() const { return m_draws; }

private:
    QList<double> m_fractions;
    int m_next = 0;
    int m_draws = 0;
};

} // namespace maptest
