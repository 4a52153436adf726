-- rules: explain-analyze, server-function
EXPLAIN ANALYZE SELECT pg_read_file('/etc/passwd');
