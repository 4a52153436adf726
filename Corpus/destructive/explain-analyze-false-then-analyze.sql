-- rules: delete-without-where, explain-analyze
-- Repeated EXPLAIN option: PostgreSQL obeys the last, so this runs the DELETE.
EXPLAIN (ANALYZE false, ANALYZE) DELETE FROM victims;
