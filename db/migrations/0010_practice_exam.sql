-- Practice exams taken: one row per test, and one per question with its objective, the entry it
-- was about and whether it was answered right, so that per-objective scores and trends can be
-- computed later. Keyed by the exam's stable id and entry keys, never by ref_* row ids.
-- Practice answers are not reviews: nothing here touches a card unless the learner asked for it
-- (counted_as_reviews records that choice).
CREATE TABLE practice_exam (
    id INTEGER PRIMARY KEY,
    exam_id TEXT NOT NULL CHECK (exam_id <> ''),
    taken_at INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    question_count INTEGER NOT NULL CHECK (question_count > 0),
    right_count INTEGER NOT NULL CHECK (right_count >= 0 AND right_count <= question_count),
    counted_as_reviews INTEGER NOT NULL DEFAULT 0 CHECK (counted_as_reviews IN (0, 1))
);
CREATE INDEX practice_exam_by_exam ON practice_exam (exam_id, taken_at);
CREATE TABLE practice_answer (
    exam_row INTEGER NOT NULL REFERENCES practice_exam (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    objective TEXT NOT NULL,
    kind TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    PRIMARY KEY (exam_row, position)
) WITHOUT ROWID;
