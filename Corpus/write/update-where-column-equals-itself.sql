-- rules: write-statement
-- id = id involves a column: not folded (and it is false for NULL ids).
UPDATE users SET verified = true WHERE id = id;
