-- rules: explain-analyze, write-statement
EXPLAIN (ANALYZE, BUFFERS) INSERT INTO t (a) VALUES (1);
