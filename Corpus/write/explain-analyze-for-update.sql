-- rules: explain-analyze, write-statement
EXPLAIN ANALYZE SELECT * FROM accounts WHERE id = 2 FOR UPDATE;
