-- rules: always-true-where
DELETE FROM users WHERE id = 5 OR true;
