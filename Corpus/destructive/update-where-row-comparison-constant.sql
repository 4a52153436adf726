-- rules: always-true-where
-- A row comparison of constants.
UPDATE accounts SET balance = 0 WHERE (1, 'a') = (1, 'a');
