-- rules: server-function
SELECT f.pg_read_file FROM (SELECT '/etc/hostname'::text) AS f(path);
