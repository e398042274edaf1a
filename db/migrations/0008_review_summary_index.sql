-- Schema 8. The statistics aggregate the review log in SQL (per 15-minute slot: answers, time
-- and retention counts) instead of reading every row; this index holds every column those
-- sums read, so they never touch the table itself. It starts with reviewed_at and so also
-- serves everything review_log_by_time did.
CREATE INDEX review_log_summary ON review_log
    (reviewed_at, duration_ms, state_before, before_scheduled_days, rating);
DROP INDEX review_log_by_time;
