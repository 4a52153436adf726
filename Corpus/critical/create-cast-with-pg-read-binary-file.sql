-- rules: armed-definition, schema-change
-- A cast that reads server files.
CREATE CAST (text AS bytea) WITH FUNCTION pg_read_binary_file(text);
