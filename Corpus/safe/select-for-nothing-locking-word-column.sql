-- rules: none
-- A column called "lock" and a table called "updates" change nothing.
SELECT "lock", share FROM updates WHERE "for" = 'update';
