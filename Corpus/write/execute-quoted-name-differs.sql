-- rules: write-statement
-- "Lookup" and lookup are different names: the EXECUTE refers to an unknown statement.
PREPARE "Lookup"(int) AS SELECT * FROM users WHERE id = $1;
EXECUTE lookup(1);
