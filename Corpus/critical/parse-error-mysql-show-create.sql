-- rules: parse-error
SHOW CREATE TABLE users;
