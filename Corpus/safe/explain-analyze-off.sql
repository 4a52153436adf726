-- rules: none
-- ANALYZE off means the statement is only planned.
EXPLAIN (ANALYZE off) DELETE FROM sessions;
