-- rules: server-function
SELECT pg_read_file('/etc/passwd');
