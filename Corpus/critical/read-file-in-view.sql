-- rules: schema-change, server-function
-- A view that calls pg_read_file is as bad as calling it.
CREATE VIEW host_info AS SELECT pg_read_file('/etc/hostname') AS hostname;
