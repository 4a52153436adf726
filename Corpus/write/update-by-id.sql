-- rules: write-statement
UPDATE users SET name = 'Grace', updated_at = now() WHERE id = 42;
