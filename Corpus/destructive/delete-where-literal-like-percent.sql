-- rules: always-true-where
-- LIKE '%' on a literal is always true.
DELETE FROM victims WHERE 'x' LIKE '%';
