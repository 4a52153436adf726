-- rules: parse-error
SELECT 1; /* DROP TABLE users;
