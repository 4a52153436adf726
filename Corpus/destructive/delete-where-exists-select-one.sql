-- rules: always-true-where
DELETE FROM sessions WHERE EXISTS (SELECT 1);
