-- rules: server-function
-- COPY TO STDOUT is safe, but the copied query is not.
COPY (SELECT pg_read_file('/etc/passwd')) TO STDOUT;
