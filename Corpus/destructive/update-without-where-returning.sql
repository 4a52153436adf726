-- rules: update-without-where
UPDATE accounts SET balance = 0 RETURNING id, balance;
