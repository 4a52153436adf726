-- rules: parse-error
REPLACE INTO users (id, name) VALUES (1, 'x');
