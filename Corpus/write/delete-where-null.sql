-- rules: write-statement
DELETE FROM users WHERE NULL;
