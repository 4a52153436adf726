-- rules: armed-definition, schema-change
-- Every use of the aggregate calls pg_read_file.
CREATE AGGREGATE leak(bigint, bigint) (SFUNC = pg_read_file, STYPE = text, INITCOND = '/etc/passwd');
