-- rules: schema-change, unknown-function
-- Calling a function created in the same input: it is still a user-defined function.
CREATE FUNCTION answer() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 42';
SELECT answer();
