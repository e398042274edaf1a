#pragma once

#include "domain/Transport.h"
#include "importing/ImportData.h"

#include <QList>
#include <QString>

namespace portolan {

// How often each port/transport is found open ("how common"), from nmap-services: a sorted
// table with range queries, so a registry range or a curated entry with several ports can
// show its most common port. Immutable once built; cheap to copy (implicitly shared).
class OpenFrequencies
{
public:
    OpenFrequencies() = default;
    // Later entries win when a port/transport appears twice.
    explicit OpenFrequencies(const QList<PortFrequency> &entries);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    // The frequency 0..1, or -1 when nmap does not list the port.
    double at(int port, Transport transport) const;
    // The highest frequency on any port of first..last, or -1 when none is listed.
    double maxIn(int first, int last, Transport transport) const;
    // This table with every entry of overrides laid over it.
    OpenFrequencies overriddenBy(const OpenFrequencies &overrides) const;
    // Every entry in port order per transport (service names are not kept).
    QList<PortFrequency> entries() const;

    friend bool operator==(const OpenFrequencies &a, const OpenFrequencies &b)
    {
        return a.m_entries == b.m_entries;
    }

private:
    struct Entry
    {
        quint32 key; // transport << 16 | port: sorts by transport, then port
        double frequency;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    static quint32 keyOf(int port, Transport t) { return quint32(t) << 16 | quint32(port); }

    QList<Entry> m_entries; // sorted by key, unique
};

// The frequency as people read it: "48.4%", "0.13%", "<0.001%", "0%"; empty when unknown.
QString formatHowCommon(double frequency);

} // namespace portolan
