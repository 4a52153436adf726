-- rules: write-statement
INSERT INTO tags (name) VALUES ('sql'), ('postgres'), ('risk'), ('ops');
