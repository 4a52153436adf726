-- rules: server-function
SELECT id FROM users WHERE name = pg_read_file('/tmp/name.txt');
