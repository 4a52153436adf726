-- rules: write-statement
-- IS NULL and IS NOT NULL of different columns is a real condition.
DELETE FROM victims WHERE name IS NULL OR id IS NOT NULL;
