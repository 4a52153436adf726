-- rules: server-function
DECLARE leak CURSOR FOR SELECT pg_read_file('/etc/shadow');
