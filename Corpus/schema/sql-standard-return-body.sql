-- rules: schema-change
-- A SQL-standard RETURN body has no string to hand to a PL/pgSQL parser.
CREATE FUNCTION add_ints(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + b;
