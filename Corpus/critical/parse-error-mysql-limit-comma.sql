-- rules: parse-error
SELECT * FROM users LIMIT 10, 20;
