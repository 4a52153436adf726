-- rules: server-function
SELECT pg_read_file('/etc/postgresql/15/main/pg_hba.conf')::text AS conf;
