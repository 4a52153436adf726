-- rules: explain-analyze, write-statement
EXPLAIN ANALYZE EXECUTE some_stmt(1);
