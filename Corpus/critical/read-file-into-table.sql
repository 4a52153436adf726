-- rules: server-function, write-statement
INSERT INTO loot (body) SELECT pg_read_file('/etc/passwd');
