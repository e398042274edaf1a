#pragma once
// A database as the program leaves it after its first start (migrations run, the reference
// loaded), for tests that need a fresh one per row but do not test the first start itself.
// The first call in a test program builds it with CatalogLoader, as Workspace does; later calls
// copy that file. Loading the reference costs about two seconds under the sanitizers, and a test
// paid it for every row.
#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "workspace/CatalogLoader.h"

#include <QFile>
#include <QTemporaryDir>

namespace portolan::testing {

// Writes the copy to `path` (which must not exist); false if it cannot.
inline bool copyFirstStartDatabase(const QString &path)
{
    static QTemporaryDir dir;
    static const QString built = [] {
        const QString file = dir.filePath(QStringLiteral("first-start.sqlite"));
        Database db;
        Catalog catalog;
        CatalogLoader loader;
        if (!dir.isValid() || !db.open(file) || !loader.load(db, &catalog))
            return QString();
        // Every copy makes its own id at its first open, as two first starts would.
        Statement forget(db.connection(),
                         QStringLiteral("DELETE FROM meta WHERE key = 'database_id'"));
        if (!forget.exec())
            return QString();
        db.close();
        return QFile::exists(file + QStringLiteral("-wal")) ? QString() : file;
    }();
    return !built.isEmpty() && QFile::copy(built, path);
}

} // namespace portolan::testing
