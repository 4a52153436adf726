-- rules: write-statement
UPDATE flags SET enabled = $1 WHERE $2;
