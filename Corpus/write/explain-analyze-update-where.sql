-- rules: explain-analyze, write-statement
EXPLAIN ANALYZE UPDATE users SET name = 'x' WHERE id = 1;
