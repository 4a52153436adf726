-- rules: none
-- Repeated EXPLAIN option, last one off: nothing runs.
EXPLAIN (ANALYZE, ANALYZE false) DELETE FROM victims;
