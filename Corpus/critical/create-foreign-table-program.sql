-- rules: armed-definition, schema-change
-- file_fdw runs the program every time the table is read.
CREATE FOREIGN TABLE passwd (line text) SERVER files OPTIONS (program 'cat /etc/passwd');
