-- rules: schema-change
-- A read-only SECURITY DEFINER body stays schema.
CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS 'SELECT count(*) FROM users';
