#pragma once

#include "importing/ImportData.h"
#include "importing/ImportPlan.h"

#include <QString>
#include <optional>

namespace portolan {

class Database;

// The import as both front ends run it: read and check a file, plan it against the database
// (nothing written), then apply the plan in one transaction. Errors about the file's content
// read "FILE:LINE: what". The database must stay open while the importer lives.
class Importer
{
public:
    // Larger files are refused before they are read: IANA's own CSV is about 4 MB.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    explicit Importer(Database &db);

    // Parses bytes in the given format; fileName is used in error messages only.
    static bool parse(const QByteArray &bytes, const QString &fileName, ImportFormat format,
                      ImportData *out, QString *error);
    // Reads and parses a file, detecting the format when none is given.
    static bool readFile(const QString &path, std::optional<ImportFormat> format, ImportData *out,
                         QString *error);

    // Reads the file and plans it; false with errorText() when the file or the database
    // cannot be used. Nothing is written.
    bool preview(const QString &path, std::optional<ImportFormat> format = std::nullopt);
    bool hasPlan() const { return m_plan.has_value(); }
    const ImportPlan &plan() const { return *m_plan; }
    // Writes the previewed plan, all or nothing. appliedAtMs is recorded in the history.
    bool apply(qint64 appliedAtMs);

    // What the database holds now (the effective registry and frequencies), for planning.
    ImportState currentState() const;
    QString errorText() const { return m_error; }

private:
    Database &m_db;
    std::optional<ImportPlan> m_plan;
    QString m_error;
};

} // namespace portolan
