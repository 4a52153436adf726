-- rules: write-statement
DELETE FROM sessions WHERE id = $1;
