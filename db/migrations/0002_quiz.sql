-- Schema 2: the quiz. Progress is keyed by stable card keys ("https:port-to-protocol" =
-- protocol key + card kind), never by ref_* row ids, so a reference refresh cannot orphan it.

-- The current FSRS memory of every card that has been answered at least once; a card without
-- a row is new. Times are milliseconds since the Unix epoch (UTC).
CREATE TABLE card_state (
    card_key TEXT PRIMARY KEY CHECK (card_key GLOB '?*:?*'),
    due INTEGER NOT NULL,
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    elapsed_days INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    learning_steps INTEGER NOT NULL CHECK (learning_steps >= 0),
    reps INTEGER NOT NULL CHECK (reps >= 0),
    lapses INTEGER NOT NULL CHECK (lapses >= 0),
    state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
    last_review INTEGER
) WITHOUT ROWID;

-- Every answer, appended in the same transaction as the card_state write. The columns after
-- state_after are the card's memory after the answer; the before_* columns hold its memory
-- before (all NULL when the card was new), so that undo can put card_state back exactly and
-- card_state can always be rebuilt from this table alone.
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY,
    card_key TEXT NOT NULL CHECK (card_key GLOB '?*:?*'),
    reviewed_at INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    answer_format TEXT NOT NULL CHECK (answer_format IN ('flashcard', 'typed', 'choice', 'classify')),
    duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
    elapsed_days INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    state_before INTEGER NOT NULL CHECK (state_before BETWEEN 0 AND 3),
    state_after INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
    due INTEGER NOT NULL,
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    learning_steps INTEGER NOT NULL,
    reps INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    before_due INTEGER,
    before_stability REAL,
    before_difficulty REAL,
    before_elapsed_days INTEGER,
    before_scheduled_days INTEGER,
    before_learning_steps INTEGER,
    before_reps INTEGER,
    before_lapses INTEGER,
    before_last_review INTEGER
);

CREATE INDEX review_log_by_card ON review_log (card_key, id);
CREATE INDEX review_log_by_time ON review_log (reviewed_at);

-- The log is append-only: an undone answer is not deleted but listed here, and statistics
-- read review_effective. (Each trigger body stays on one line: migrations are split at
-- semicolons that end a line.)
CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;

CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;

CREATE TABLE review_undo (
    review_id INTEGER PRIMARY KEY REFERENCES review_log (id),
    undone_at INTEGER NOT NULL
);

CREATE VIEW review_effective AS
    SELECT * FROM review_log WHERE id NOT IN (SELECT review_id FROM review_undo);
