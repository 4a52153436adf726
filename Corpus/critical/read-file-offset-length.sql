-- rules: server-function
SELECT pg_read_file('postgresql.auto.conf', 0, 4096);
