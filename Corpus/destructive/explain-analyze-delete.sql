-- rules: delete-without-where, explain-analyze
-- EXPLAIN ANALYZE executes the statement it explains.
EXPLAIN ANALYZE DELETE FROM sessions;
