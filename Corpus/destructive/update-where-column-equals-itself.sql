-- rules: always-true-where
-- x = x holds for every row where x is not null.
UPDATE accounts SET balance = 0 WHERE id = id;
