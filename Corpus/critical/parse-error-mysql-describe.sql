-- rules: parse-error
DESCRIBE users;
