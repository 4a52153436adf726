-- rules: always-true-where
UPDATE users SET locked = false WHERE 1 <> 2;
