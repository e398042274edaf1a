#include "storage/FsrsParametersRepository.h"

#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <vector>

namespace portolan {

namespace {

QString weightsText(const FsrsParameters::Weights &w)
{
    QJsonArray a;
    for (double x : w)
        a.append(x);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// A row's weights; a stored array that is not 21 finite numbers within the bounds (a damaged
// or hand-edited database) is refused rather than scheduled with.
std::optional<FsrsParameters::Weights> parseWeights(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray() || doc.array().size() != FsrsParameters::kWeightCount)
        return std::nullopt;
    std::vector<double> v;
    for (const auto &x : doc.array()) {
        if (!x.isDouble())
            return std::nullopt;
        v.push_back(x.toDouble());
    }
    const auto p = FsrsParameters::withWeights(FsrsParameters{}, v);
    if (!p.parameters)
        return std::nullopt;
    return p.parameters->w;
}

} // namespace

FsrsParametersRepository::FsrsParametersRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<StoredFsrsWeights> FsrsParametersRepository::read(const QString &slot, bool *found)
{
    *found = false;
    Statement q(m_db, QStringLiteral("SELECT weights, fitted_at, review_count, card_count "
                                     "FROM fsrs_parameters WHERE slot = ?"));
    if (!q.exec({slot})) {
        m_error = q.error();
        return std::nullopt;
    }
    if (!q.next())
        return StoredFsrsWeights{};
    const auto weights = parseWeights(q.value(0).toString());
    if (!weights) {
        m_error =
            QStringLiteral("fsrs_parameters (%1): the weights are not 21 valid numbers").arg(slot);
        return std::nullopt;
    }
    *found = true;
    return StoredFsrsWeights{*weights, q.value(1).toLongLong(), q.value(2).toInt(),
                             q.value(3).toInt()};
}

std::optional<StoredFsrsWeights> FsrsParametersRepository::current()
{
    m_error.clear();
    bool found = false;
    return read(QStringLiteral("current"), &found);
}

std::optional<StoredFsrsWeights> FsrsParametersRepository::previous()
{
    m_error.clear();
    bool found = false;
    const auto p = read(QStringLiteral("previous"), &found);
    return found ? p : std::nullopt;
}

bool FsrsParametersRepository::apply(const StoredFsrsWeights &weights)
{
    m_error.clear();
    const auto now = current();
    if (!now)
        return false;
    ScopedTransaction transaction(m_db);
    Statement q(m_db, QStringLiteral("INSERT OR REPLACE INTO fsrs_parameters "
                                     "(slot, weights, fitted_at, review_count, card_count) "
                                     "VALUES (?, ?, ?, ?, ?)"));
    const bool ok = transaction.isActive() &&
                    q.exec({QStringLiteral("previous"), weightsText(now->weights), now->fittedAt,
                            now->reviewCount, now->cardCount}) &&
                    q.exec({QStringLiteral("current"), weightsText(weights.weights),
                            weights.fittedAt, weights.reviewCount, weights.cardCount}) &&
                    transaction.commit();
    if (!ok)
        m_error = !q.error().isEmpty() ? q.error() : transaction.errorText();
    return ok;
}

bool FsrsParametersRepository::undo()
{
    m_error.clear();
    bool found = false;
    const auto before = read(QStringLiteral("previous"), &found);
    if (!before || !found)
        return false;
    ScopedTransaction transaction(m_db);
    Statement q(m_db);
    // Back to the defaults is no row at all, so the defaults of a later version apply.
    const bool ok = transaction.isActive() &&
                    (before->isDefault()
                         ? q.run(QStringLiteral("DELETE FROM fsrs_parameters"))
                         : q.prepare(QStringLiteral("UPDATE fsrs_parameters SET slot = 'current' "
                                                    "WHERE slot = 'previous'")) &&
                               Statement(m_db).run(QStringLiteral(
                                   "DELETE FROM fsrs_parameters WHERE slot = 'current'")) &&
                               q.exec()) &&
                    transaction.commit();
    if (!ok)
        m_error = !q.error().isEmpty() ? q.error() : transaction.errorText();
    return ok;
}

FsrsParameters FsrsParametersRepository::inUse(const Preferences &preferences,
                                               const QSqlDatabase &db)
{
    FsrsParameters p = preferences.fsrsParameters();
    if (!db.isOpen())
        return p;
    FsrsParametersRepository repository(db);
    if (const auto stored = repository.current(); stored && !stored->isDefault()) {
        p.w = stored->weights;
        p.clampWeights();
    }
    return p;
}

} // namespace portolan
