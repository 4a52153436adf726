-- rules: parse-error
SELECT $body$ never closed; DROP TABLE users;
