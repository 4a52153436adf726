-- rules: always-true-where
-- = ANY over an array of constants.
DELETE FROM victims WHERE 1 = ANY (ARRAY[1, 2, 3]);
