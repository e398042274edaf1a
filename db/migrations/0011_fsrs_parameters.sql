-- FSRS weights fitted to the learner's own reviews (docs/fsrs.md §9). 'current' is what the
-- scheduler uses instead of the defaults; 'previous' is what it used before the last change,
-- kept for a one-step undo. No row: the defaults. Weights are a JSON array of 21 numbers.
CREATE TABLE fsrs_parameters (
    slot TEXT PRIMARY KEY CHECK (slot IN ('current', 'previous')),
    weights TEXT NOT NULL,
    fitted_at INTEGER NOT NULL,     -- ms since the Unix epoch, UTC; 0 for the defaults
    review_count INTEGER NOT NULL CHECK (review_count >= 0),
    card_count INTEGER NOT NULL CHECK (card_count >= 0)
) WITHOUT ROWID;
