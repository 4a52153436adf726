-- rules: delete-without-where, explain-analyze
PREPARE purge AS DELETE FROM sessions;
EXPLAIN ANALYZE EXECUTE purge;
