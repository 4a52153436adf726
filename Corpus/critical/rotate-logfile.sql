-- rules: server-function
SELECT pg_rotate_logfile();
