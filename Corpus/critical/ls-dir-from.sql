-- rules: server-function
SELECT * FROM pg_ls_dir('/var/lib/postgresql/15/main') AS f(name);
