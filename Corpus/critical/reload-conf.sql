-- rules: server-function
SELECT pg_reload_conf();
