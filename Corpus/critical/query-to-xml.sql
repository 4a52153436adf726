-- rules: dynamic-sql
-- The SQL text inside is run by the function.
SELECT query_to_xml('DELETE FROM users RETURNING id', true, false, '');
