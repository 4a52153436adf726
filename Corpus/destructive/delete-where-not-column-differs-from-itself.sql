-- rules: always-true-where
-- x <> x is never true, so NOT (x <> x) holds for every non-null row.
DELETE FROM victims WHERE NOT (id <> id);
