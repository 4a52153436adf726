-- rules: write-statement
-- coalesce over a column is a real condition.
DELETE FROM victims WHERE coalesce(archived, true);
