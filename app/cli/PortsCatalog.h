#pragma once

#include "catalog/Catalog.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QString>

namespace portolan {

// The catalog `local` and `explain` match ports against: for a few hundred ports at most the
// study set and only the registry records on those ports (LookupLoader, a few milliseconds),
// else, or when the database needs a proper open, the whole workspace. What the atlas says of
// a listed port is the same either way: only registry records on other ports are left out.
class PortsCatalog
{
public:
    static constexpr int kMaxNarrowedPorts = 300;

    // False with error() when the database cannot be opened.
    bool load(const QString &databasePath, QList<int> ports);
    const Catalog &catalog() const { return m_narrowedLoaded ? m_narrowed : m_workspace.catalog(); }
    QString error() const { return m_error; }
    // A note for the user (read-only database and the like), never fatal.
    QString warning() const { return m_warning; }

private:
    Catalog m_narrowed;
    Workspace m_workspace;
    bool m_narrowedLoaded = false;
    QString m_error;
    QString m_warning;
};

} // namespace portolan
