-- rules: parse-error
INSERT INTO users SET name = 'x', email = 'y';
