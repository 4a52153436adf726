-- rules: server-function
PREPARE peek(text) AS SELECT pg_read_file($1);
