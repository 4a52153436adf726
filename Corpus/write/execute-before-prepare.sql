-- rules: write-statement
-- This EXECUTE runs before the PREPARE below, so it runs some other, unknown statement.
EXECUTE lookup(1);
PREPARE lookup(int) AS SELECT * FROM users WHERE id = $1;
