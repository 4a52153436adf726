-- rules: always-true-where
UPDATE users SET role = 'admin' WHERE 1 IN (1, 2);
