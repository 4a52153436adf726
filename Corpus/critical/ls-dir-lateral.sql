-- rules: server-function
SELECT d.name, s.* FROM pg_ls_dir('.') AS d(name), LATERAL pg_stat_file(d.name) AS s;
