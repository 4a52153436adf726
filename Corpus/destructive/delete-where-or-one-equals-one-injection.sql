-- rules: always-true-where
-- The classic injected ' OR 1=1 -- tail.
DELETE FROM users WHERE name = '' OR 1=1 --' AND id = 7
;
