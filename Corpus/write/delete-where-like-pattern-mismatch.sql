-- rules: write-statement
-- A literal LIKE that cannot match: the condition is false, not unbounded.
DELETE FROM victims WHERE id = 3 OR 'abc' LIKE 'a_d';
