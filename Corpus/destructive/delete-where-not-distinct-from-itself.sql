-- rules: always-true-where
-- x IS NOT DISTINCT FROM x holds for every row.
DELETE FROM victims WHERE id IS NOT DISTINCT FROM id;
