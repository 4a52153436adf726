-- rules: always-true-where, explain-analyze
EXPLAIN (ANALYZE true, VERBOSE) DELETE FROM users WHERE true;
