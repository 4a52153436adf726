-- rules: write-statement
INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada');
