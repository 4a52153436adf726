-- rules: server-function
-- (f.path).pg_read_file really calls pg_read_file(f.path).
SELECT (f.path).pg_read_file FROM (SELECT '/etc/hostname'::text) AS f(path);
