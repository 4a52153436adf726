-- rules: explain-analyze, write-statement
EXPLAIN (ANALYZE on) DELETE FROM sessions WHERE id = 4;
