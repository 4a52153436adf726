-- rules: always-true-where
-- A scalar subquery of a constant.
DELETE FROM victims WHERE (SELECT true);
