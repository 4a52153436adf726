-- rules: always-true-where
-- x IS NULL OR x IS NOT NULL holds for every row.
DELETE FROM victims WHERE name IS NULL OR name IS NOT NULL;
