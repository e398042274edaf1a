#pragma once

#include <QList>
#include <QString>

namespace portolan {

class Catalog;

// A set of protocols to study, written as a search of the browser ("exam:n10-009",
// "is:insecure range:system"), so any search can become a deck. Only the curated study set
// has cards; registry rows a search matches are ignored.
struct Deck
{
    QString id;     // stable: "all", "exam:n10-009", "category:web", or "search" for a typed one
    QString title;  // shown to the learner
    QString search; // browser search text; empty means the whole study set

    // The whole study set, then one deck per known exam (current exams first), then one per
    // category.
    static QList<Deck> builtIn();
    static Deck fromSearch(const QString &search);

    // Indices into catalog.protocols() the search matches, in the browser's port order.
    QList<int> protocols(const Catalog &catalog) const;

    friend bool operator==(const Deck &, const Deck &) = default;
};

} // namespace portolan
