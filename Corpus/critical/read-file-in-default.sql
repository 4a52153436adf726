-- rules: schema-change, server-function
CREATE TABLE hosts (name text DEFAULT pg_read_file('/etc/hostname'));
