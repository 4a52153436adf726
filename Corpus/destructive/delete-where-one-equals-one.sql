-- rules: always-true-where
DELETE FROM users WHERE 1=1;
