-- rules: schema-change, server-function
CREATE FUNCTION read_any(p text) RETURNS text LANGUAGE sql AS 'SELECT pg_read_file(p)';
