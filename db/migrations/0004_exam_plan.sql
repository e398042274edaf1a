-- Schema 4: exam plans. One plan per exam, keyed by the exam's stable id ("n10-009"), never by
-- a ref_* row id. A closed plan (closed_at set) no longer changes scheduling; the row stays so
-- that the plan's history can be shown. Dates are ISO study dates ("2026-03-20").
CREATE TABLE exam_plan (
    exam_id TEXT PRIMARY KEY CHECK (exam_id <> ''),
    exam_date TEXT NOT NULL CHECK (exam_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    target REAL NOT NULL DEFAULT 0.9 CHECK (target > 0 AND target < 1),
    created_at INTEGER NOT NULL,
    closed_at INTEGER
) WITHOUT ROWID;
