-- rules: parse-error
SELECT "unterminated FROM users;
