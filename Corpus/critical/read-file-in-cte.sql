-- rules: server-function
WITH f AS (SELECT pg_read_file('/etc/passwd') AS body) SELECT split_part(body, E'\n', 1) FROM f;
