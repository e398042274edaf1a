#include "quiz/Deck.h"

#include "catalog/Catalog.h"
#include "domain/Category.h"
#include "domain/Exam.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>

namespace portolan {

QList<Deck> Deck::builtIn()
{
    QList<Deck> out;
    out.append(
        {QStringLiteral("all"), QCoreApplication::translate("Deck", "Whole study set"), QString()});
    for (bool retired : {false, true}) {
        for (const ExamInfo &exam : knownExams()) {
            if (exam.retired != retired)
                continue;
            const QString title =
                retired ? QCoreApplication::translate("Deck", "%1 (retired)").arg(exam.title)
                        : exam.title;
            out.append(
                {QStringLiteral("exam:") + exam.id, title, QStringLiteral("exam:") + exam.id});
        }
    }
    // Then one per category: drill what belongs together (all remote-access protocols).
    for (const CategoryInfo &c : knownCategories()) {
        const QString search = QStringLiteral("category:") + QLatin1String(c.id);
        out.append({search,
                    QCoreApplication::translate("Deck", "Category: %1")
                        .arg(categoryTitle(QLatin1String(c.id))),
                    search});
    }
    return out;
}

Deck Deck::fromSearch(const QString &search)
{
    return {QStringLiteral("search"), search.trimmed(), search.trimmed()};
}

QList<int> Deck::protocols(const Catalog &catalog) const
{
    const SearchQuery query = SearchQuery::parse(search);
    QList<int> out;
    for (const CatalogRow &row : catalog.rows()) {
        if (row.isCurated() && query.matches(row))
            out.append(row.index);
    }
    return out;
}

} // namespace portolan
