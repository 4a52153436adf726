-- rules: always-true-where
-- IN over a constant subquery.
DELETE FROM victims WHERE 1 IN (SELECT 1);
