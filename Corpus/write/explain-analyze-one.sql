-- rules: explain-analyze, write-statement
-- A boolean option written as 1 is true.
EXPLAIN (ANALYZE 1, COSTS 0) DELETE FROM sessions WHERE id = 4;
