-- rules: none
-- Plain EXPLAIN does not execute the function.
EXPLAIN SELECT pg_read_file('/etc/passwd');
