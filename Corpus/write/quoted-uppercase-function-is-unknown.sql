-- rules: unknown-function
-- "PG_READ_FILE" keeps its upper case: a different function from pg_read_file.
SELECT "PG_READ_FILE"('/etc/passwd');
