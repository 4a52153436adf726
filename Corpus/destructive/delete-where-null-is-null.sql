-- rules: always-true-where
DELETE FROM payments WHERE NULL IS NULL;
