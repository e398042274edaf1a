#pragma once

#include "importing/ImportData.h"
#include "importing/OpenFrequencies.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// What the database holds now, as far as an import can change it.
struct ImportState
{
    QList<RegistryRecord> registry; // the effective registry, in registry order
    OpenFrequencies frequencies;    // installed nmap-services with imported ones laid over
    qint64 generation = 0;          // changes with every applied import (see ImportRepository)
};

// What importing one file would change, worked out before anything is written: counts and a
// few examples of added, changed and removed entries, notes on what the file holds that is not
// imported, and the data that applying writes. The rules per format:
//   IANA CSV       replaces the registry (entries absent from the file are removed);
//   services(5)    adds services and fills empty descriptions, never removes;
//   nmap-services  sets "how common" per port/transport, nothing else.
// The curated study set and user tables are outside every plan.
class ImportPlan
{
public:
    static constexpr int kExamples = 5;

    static ImportPlan make(const ImportState &current, ImportData data);

    ImportFormat format() const { return m_data.format; }
    QString fileName() const { return m_data.fileName; }
    const ImportData &data() const { return m_data; }

    int added() const { return m_added; }
    int changed() const { return m_changed; }
    int removed() const { return m_removed; }
    int unchanged() const { return m_unchanged; }
    bool hasChanges() const { return m_added + m_changed + m_removed > 0; }
    // One line each, untrusted text included as is (views escape or make it visible).
    const QStringList &addedExamples() const { return m_addedExamples; }
    const QStringList &changedExamples() const { return m_changedExamples; }
    const QStringList &removedExamples() const { return m_removedExamples; }
    // What the format does, and what the file held that is not imported.
    const QStringList &notes() const { return m_notes; }
    // "3 added, 1 changed, 0 removed"
    QString summary() const;

    // For applying: the registry after the import (IANA CSV, services), the services entries
    // to keep as a layer (services), the frequencies to keep (nmap), and the state's generation
    // the plan was made against.
    const QList<RegistryRecord> &registry() const { return m_registry; }
    const QList<RegistryRecord> &services() const { return m_services; }
    const QList<PortFrequency> &frequencies() const { return m_frequencies; }
    qint64 generation() const { return m_generation; }

private:
    void planRegistry(const QList<RegistryRecord> &before);
    void planFrequencies(const OpenFrequencies &before);
    void addNotes();

    ImportData m_data;
    int m_added = 0;
    int m_changed = 0;
    int m_removed = 0;
    int m_unchanged = 0;
    QStringList m_addedExamples;
    QStringList m_changedExamples;
    QStringList m_removedExamples;
    QStringList m_notes;
    QList<RegistryRecord> m_registry;
    QList<RegistryRecord> m_services;
    QList<PortFrequency> m_frequencies;
    qint64 m_generation = 0;
};

} // namespace portolan
