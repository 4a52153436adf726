-- rules: always-true-where
DELETE FROM events WHERE 2 BETWEEN 1 AND 3;
