-- rules: always-true-where
-- greatest and nullif of constants.
DELETE FROM victims WHERE greatest(1, nullif(5, 4)) = 5;
