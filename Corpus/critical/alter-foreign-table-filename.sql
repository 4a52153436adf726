-- rules: armed-definition, schema-change
-- file_fdw reads the server file every time the table is read.
ALTER FOREIGN TABLE passwd OPTIONS (SET filename '/etc/passwd');
