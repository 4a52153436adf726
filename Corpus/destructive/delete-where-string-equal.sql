-- rules: always-true-where
DELETE FROM orders WHERE 'a' = 'a';
