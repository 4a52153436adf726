-- rules: always-true-where
-- CASE over constants.
DELETE FROM victims WHERE CASE WHEN 2 > 1 THEN true ELSE false END;
