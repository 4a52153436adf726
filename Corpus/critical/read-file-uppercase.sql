-- rules: server-function
-- Unquoted names fold to lower case.
SELECT PG_READ_FILE('/etc/passwd');
