-- rules: write-statement
UPDATE accounts SET (balance, updated_at) = (balance - 10, now()) WHERE id = $1 AND balance >= 10;
