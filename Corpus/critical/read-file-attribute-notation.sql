-- rules: server-function
-- (x).pg_read_file is attribute notation for pg_read_file(x).
SELECT ('/etc/passwd'::text).pg_read_file;
