-- rules: always-true-where
-- EXISTS over a FROM-less constant query finds its row.
DELETE FROM victims WHERE EXISTS (SELECT 1 WHERE 1 = 1);
