-- rules: write-statement
-- Looks like it covers everything, but it has a column in it: not folded.
DELETE FROM tmp_rows WHERE id IS NOT NULL OR id IS NULL;
