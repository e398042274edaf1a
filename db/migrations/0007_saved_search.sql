-- Schema 7: the learner's own saved searches, one click away in the Searches menu and usable
-- as quiz decks. Built-in searches live in the code and are not stored.
CREATE TABLE saved_search (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 80),
    query TEXT NOT NULL CHECK (length(query) BETWEEN 1 AND 1000),
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
