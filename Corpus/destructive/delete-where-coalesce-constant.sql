-- rules: always-true-where
-- coalesce of constants folds to true.
DELETE FROM victims WHERE coalesce(NULL, true);
