-- rules: parse-error
SELECT TOP 10 * FROM users;
