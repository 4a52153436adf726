-- rules: always-true-where
-- x IN (x, ...) holds for every non-null row.
DELETE FROM victims WHERE id IN (id, 3);
