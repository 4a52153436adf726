-- rules: always-true-where
-- LIKE '%' matches every non-null value.
DELETE FROM victims WHERE name LIKE '%';
