-- rules: always-true-where
-- id IS NOT NULL OR id IS NULL holds for every row: as unbounded as no WHERE.
DELETE FROM tmp_rows WHERE id IS NOT NULL OR id IS NULL;
