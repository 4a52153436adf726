-- rules: write-statement
SELECT 1 FROM parents WHERE id = 3 FOR KEY SHARE;
