-- rules: server-function
-- t.pg_read_file is flagged by name even where PostgreSQL would reject it at run time.
SELECT f.pg_read_file FROM (SELECT '/etc/hostname'::text) AS f(path);
