-- rules: none
EXPLAIN (ANALYZE false, COSTS true) DELETE FROM audit_log;
