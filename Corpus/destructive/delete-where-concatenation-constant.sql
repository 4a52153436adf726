-- rules: always-true-where
-- A concatenation of literals folds.
DELETE FROM victims WHERE 'a' || 'b' = 'ab';
