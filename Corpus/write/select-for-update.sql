-- rules: write-statement
SELECT * FROM accounts WHERE id = 1 FOR UPDATE;
