#pragma once

#include "settings/Preferences.h"
#include "srs/FsrsParameters.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace portolan {

// Weights the learner applied after optimizing (docs/fsrs.md §9), with what they were fitted on.
struct StoredFsrsWeights
{
    FsrsParameters::Weights weights = FsrsParameters::kDefaultWeights;
    qint64 fittedAt = 0; // 0: the defaults
    int reviewCount = 0;
    int cardCount = 0;

    bool isDefault() const { return fittedAt == 0; }
    friend bool operator==(const StoredFsrsWeights &, const StoredFsrsWeights &) = default;
};

// The FSRS weights in use, kept in the database so that they travel with the study data: the
// current ones and the ones before them, for a one-step undo. Without a stored row the
// scheduler uses the defaults.
class FsrsParametersRepository
{
public:
    explicit FsrsParametersRepository(QSqlDatabase db);

    // The weights in use (the defaults when none were applied), or nullopt on a read error.
    std::optional<StoredFsrsWeights> current();
    // What undo() would go back to, if anything.
    std::optional<StoredFsrsWeights> previous();
    // Makes `weights` current; the current ones become the previous. Atomic.
    bool apply(const StoredFsrsWeights &weights);
    // Goes back to the previous weights and forgets them; false (no error) if there are none.
    bool undo();

    // What every scheduler in the app is built with: the learner's preferences (retention,
    // steps) and the weights in use. A read error falls back to the defaults: studying must go
    // on, and the statistics show the error elsewhere.
    static FsrsParameters inUse(const Preferences &preferences, const QSqlDatabase &db);

    QString errorText() const { return m_error; }

private:
    std::optional<StoredFsrsWeights> read(const QString &slot, bool *found);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace portolan
