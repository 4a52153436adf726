-- rules: none
-- Unquoted names fold to lower case, so EXECUTE by_email runs BY_EMAIL.
PREPARE BY_EMAIL(text) AS SELECT id FROM users WHERE email = $1;
EXECUTE by_email('a@example.com');
